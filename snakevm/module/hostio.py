"""The host-file bridge: guest file objects (sys.stdout/stderr/stdin and the
results of open()) that wrap a host file object.  This is the one documented
place where guest I/O reaches the host's files (docs/objspace.md, "bridges").

Values crossing the bridge are unboxed (str, bytes, int, bool, None) or guest
lists; host exceptions become the guest exception of the same name (OSError
subclasses keep errno/strerror/filename; io.UnsupportedOperation is a guest
class deriving from OSError and ValueError, like CPython's)."""

import io as host_io

from snakevm.objspace.root import W_Root, OperationError
from snakevm.objspace.typedef import builtin_type, method, getset
from snakevm.objspace.space import space


class W_HostFile(W_Root):
    """A guest file object over a host file object (text or binary)."""

    def __init__(self, host_stream, name=None, mode=None, w_type=None):
        self.host_stream = host_stream
        self.name = name if name is not None else getattr(host_stream, "name", None)
        self.mode = mode if mode is not None else getattr(host_stream, "mode", None)
        if w_type is not None:
            self.w_type = w_type


W_HostTextFile = W_HostFile      # the name sys.py uses for the standard streams

w_iobase_type = builtin_type("_IOBase", instance_class=W_HostFile, module="_io")
w_textio_type = builtin_type("TextIOWrapper", [w_iobase_type], instance_class=W_HostFile,
                             module="_io")
w_buffered_reader_type = builtin_type("BufferedReader", [w_iobase_type], module="_io")
w_buffered_writer_type = builtin_type("BufferedWriter", [w_iobase_type], module="_io")
w_buffered_random_type = builtin_type("BufferedRandom", [w_iobase_type], module="_io")
w_fileio_type = builtin_type("FileIO", [w_iobase_type], module="_io")
W_HostFile.w_type = w_textio_type

_TYPES_BY_HOST_CLASS = {
    host_io.TextIOWrapper: w_textio_type,
    host_io.BufferedReader: w_buffered_reader_type,
    host_io.BufferedWriter: w_buffered_writer_type,
    host_io.BufferedRandom: w_buffered_random_type,
    host_io.FileIO: w_fileio_type,
}


def unsupported_operation_type():
    """io.UnsupportedOperation: a guest class with bases (OSError, ValueError)."""
    global _w_unsupported
    if _w_unsupported is None:
        from snakevm.objspace.typecall import create_class
        from snakevm.objspace.typeobject import w_type_type
        w_namespace = space.newdict()
        w_namespace.setitem_str("__module__", "io")
        _w_unsupported = create_class(w_type_type, "UnsupportedOperation", [
            space.builtin_exception("OSError"), space.builtin_exception("ValueError")],
            w_namespace, {})
    return _w_unsupported


_w_unsupported = None


def guest_io_error(e):
    """A host exception raised by a host file operation, as a guest OperationError."""
    if isinstance(e, host_io.UnsupportedOperation):
        return OperationError(space.call(unsupported_operation_type(), [str(e)]))
    if isinstance(e, OSError):
        args = [a for a in (e.errno, e.strerror) if a is not None] if e.errno is not None \
            else [str(e)]
        if e.errno is not None and e.filename is not None:
            args.append(e.filename)
        return OperationError(space.call(space.builtin_exception("OSError"), args))
    name = type(e).__name__
    try:
        w_exc_type = space.builtin_exception(name)
    except Exception:
        w_exc_type = space.builtin_exception("OSError")
    return space.error(w_exc_type, str(e))


def _io_call(func, *args):
    try:
        return func(*args)
    except (OSError, ValueError, UnicodeError, EOFError) as e:
        raise guest_io_error(e)


def wrap_host_file(host_file, name=None, mode=None):
    return W_HostFile(host_file, name, mode, _TYPES_BY_HOST_CLASS.get(type(host_file),
                                                                      w_textio_type))


def _check_data(w_self, data):
    binary = not isinstance(w_self.host_stream, host_io.TextIOBase)
    if binary:
        if isinstance(data, str):
            raise space.type_error("a bytes-like object is required, not 'str'")
        if not isinstance(data, bytes):
            from snakevm.objspace.bytearrayobject import W_ByteArray
            if isinstance(data, W_ByteArray):
                return bytes(data.data)
            raise space.type_error("a bytes-like object is required, not '%s'"
                                   % space.type(data).name)
        return data
    if not isinstance(data, str):
        raise space.type_error("write() argument must be str, not %s" % space.type(data).name)
    return data


@method(w_iobase_type, "write")
def file_write(w_self, data):
    return _io_call(w_self.host_stream.write, _check_data(w_self, data))


@method(w_iobase_type, "writelines")
def file_writelines(w_self, w_lines):
    for w_line in space.unpack_iterable(w_lines):
        file_write(w_self, w_line)


@method(w_iobase_type, "flush")
def file_flush(w_self):
    _io_call(w_self.host_stream.flush)


@method(w_iobase_type, "read")
def file_read(w_self, size=-1):
    return _io_call(w_self.host_stream.read, -1 if size is None else space.index(size))


@method(w_iobase_type, "readline")
def file_readline(w_self, size=-1):
    return _io_call(w_self.host_stream.readline, -1 if size is None else space.index(size))


@method(w_iobase_type, "readlines")
def file_readlines(w_self, hint=-1):
    return space.newlist(_io_call(w_self.host_stream.readlines, hint))


@method(w_iobase_type, "seek")
def file_seek(w_self, offset, whence=0):
    return _io_call(w_self.host_stream.seek, space.index(offset), space.index(whence))


@method(w_iobase_type, "tell")
def file_tell(w_self):
    return _io_call(w_self.host_stream.tell)


@method(w_iobase_type, "truncate")
def file_truncate(w_self, size=None):
    return _io_call(w_self.host_stream.truncate, size)


@method(w_iobase_type, "close")
def file_close(w_self):
    _io_call(w_self.host_stream.close)


for _name in ("fileno", "isatty", "readable", "writable", "seekable"):
    method(w_iobase_type, _name)(
        (lambda n: lambda w_self: _io_call(getattr(w_self.host_stream, n)))(_name))


@method(w_iobase_type, "__enter__")
def file_enter(w_self):
    if w_self.host_stream.closed:
        raise space.value_error("I/O operation on closed file.")
    return w_self


@method(w_iobase_type, "__exit__")
def file_exit(w_self, *args_w):
    file_close(w_self)


@method(w_iobase_type, "__iter__")
def file_iter(w_self):
    if w_self.host_stream.closed:
        raise space.value_error("I/O operation on closed file.")
    return w_self


@method(w_iobase_type, "__next__")
def file_next(w_self):
    line = _io_call(w_self.host_stream.readline)
    if not line:
        raise OperationError(space.call(space.builtin_exception("StopIteration"), []))
    return line


@method(w_iobase_type, "__repr__")
def file_repr(w_self):
    w_type = space.type(w_self)
    name = w_self.name
    shown = "" if name is None else " name=%r" % (name,)
    if w_type is w_textio_type:
        return "<_io.TextIOWrapper%s mode='%s' encoding='%s'>" % (
            shown, w_self.mode, getattr(w_self.host_stream, "encoding", "utf-8"))
    return "<_io.%s%s>" % (w_type.name, shown)


getset(w_iobase_type, "name")(lambda w_self: w_self.name)
getset(w_iobase_type, "mode")(lambda w_self: w_self.mode)
getset(w_iobase_type, "closed")(lambda w_self: w_self.host_stream.closed)
getset(w_textio_type, "encoding")(lambda w_self: getattr(w_self.host_stream, "encoding", "utf-8"))
getset(w_textio_type, "errors")(lambda w_self: getattr(w_self.host_stream, "errors", "strict"))
getset(w_textio_type, "newlines")(lambda w_self: getattr(w_self.host_stream, "newlines", None))
getset(w_textio_type, "line_buffering")(
    lambda w_self: getattr(w_self.host_stream, "line_buffering", False))


def open_file(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None,
              closefd=True, opener=None):
    """builtins.open / io.open over the host's open()."""
    if not isinstance(file, (str, bytes, int)):
        w_fspath = space.type(file).lookup("__fspath__")
        if w_fspath is None:
            raise space.type_error("expected str, bytes or os.PathLike object, not %s"
                                   % space.type(file).name)
        file = space.call(space.get(w_fspath, file), [])
    if not isinstance(mode, str):
        raise space.type_error("open() argument 'mode' must be str, not %s"
                               % space.type(mode).name)
    if opener is not None:
        raise space.value_error("snakevm: open(opener=...) is not supported")
    try:
        host_file = open(file, mode, buffering, encoding, errors, newline, closefd)
    except (OSError, ValueError, LookupError) as e:
        if isinstance(e, LookupError):
            raise space.error(space.builtin_exception("LookupError"), str(e))
        raise guest_io_error(e)
    return wrap_host_file(host_file, file)
