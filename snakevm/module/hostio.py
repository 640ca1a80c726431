"""The host-stream bridge: guest text-file objects (sys.stdout, sys.stderr,
sys.stdin) that wrap a host text stream.  This is the one documented place where
guest output reaches the host's files."""

from snakevm.objspace.root import W_Root
from snakevm.objspace.typedef import builtin_type, method, getset
from snakevm.objspace.space import space


class W_HostTextFile(W_Root):
    def __init__(self, host_stream, name, mode):
        self.host_stream = host_stream
        self.name = name
        self.mode = mode


w_textio_type = builtin_type("TextIOWrapper", instance_class=W_HostTextFile, module="_io")


@method(w_textio_type, "write")
def textio_write(w_self, text):
    if not isinstance(text, str):
        raise space.type_error("write() argument must be str, not %s" % space.type(text).name)
    try:
        w_self.host_stream.write(text)
    except OSError as e:                     # e.g. a closed pipe: a guest OSError
        raise space.error(space.builtin_exception(type(e).__name__)
                          if type(e).__name__ in _OS_ERRORS else
                          space.builtin_exception("OSError"), str(e))
    return len(text)


_OS_ERRORS = ("BrokenPipeError", "ConnectionResetError", "PermissionError", "OSError")


@method(w_textio_type, "flush")
def textio_flush(w_self):
    w_self.host_stream.flush()


@method(w_textio_type, "readline")
def textio_readline(w_self, size=-1):
    return w_self.host_stream.readline(size)


@method(w_textio_type, "read")
def textio_read(w_self, size=-1):
    return w_self.host_stream.read(size)


@method(w_textio_type, "fileno")
def textio_fileno(w_self):
    return w_self.host_stream.fileno()


@method(w_textio_type, "isatty")
def textio_isatty(w_self):
    return w_self.host_stream.isatty()


@method(w_textio_type, "__repr__")
def textio_repr(w_self):
    return "<_io.TextIOWrapper name='%s' mode='%s' encoding='utf-8'>" % (w_self.name, w_self.mode)


getset(w_textio_type, "name")(lambda w_self: w_self.name)
getset(w_textio_type, "mode")(lambda w_self: w_self.mode)
getset(w_textio_type, "encoding")(lambda w_self: "utf-8")
