"""The abstract bases of the io stack: _IOBase, _RawIOBase, _BufferedIOBase,
_TextIOBase (CPython's Modules/_io/iobase.c, bufferedio.c, textio.c bases).

Their generic methods work through the object's own methods, looked up on
the guest object (``space.call_method``), so a guest subclass that only
defines ``readinto`` or ``read`` gets readline, iteration, readlines... like
in CPython.  Every concrete io object is a W_IOBase (host class) with an
instance __dict__, as CPython's io objects have."""

from snakevm.objspace.root import W_Root, OperationError
from snakevm.objspace.space import space, STOP_ITERATION
from snakevm.objspace.typedef import builtin_type, method, getset, new_method
from snakevm.objspace.bytearrayobject import W_ByteArray
from snakevm.objspace.bridge import to_host_arg, host_buffer
from snakevm.module.moduledef import new_exception_class
from snakevm.module._io import finalize

DEFAULT_BUFFER_SIZE = 8192


class W_IOBase(W_Root):
    """An io object; ``iobase_closed`` is _IOBase's own closed flag (CPython keeps it
    as the __IOBase_closed attribute)."""

    def __init__(self, w_type=None):
        if w_type is not None:
            self.w_type = w_type
        self.w_dict = space.newdict()
        self.iobase_closed = False

    gc_finalized = False

    def guest_finalize(self):
        """CPython's iobase_finalize: close() unless already closed; errors are ignored."""
        try:
            if not is_closed(self):
                space.call_method(self, "close")
        except OperationError:
            pass


class IOState:
    """Per-VM objects of the io module."""
    w_unsupported = None


io_state = IOState()


def unsupported_operation_type():
    """io.UnsupportedOperation: bases (OSError, ValueError), module 'io'."""
    if io_state.w_unsupported is None:
        io_state.w_unsupported = new_exception_class("io", "UnsupportedOperation",
                                                     ("OSError", "ValueError"))
    return io_state.w_unsupported


def unsupported(message):
    return OperationError(space.call(unsupported_operation_type(), [message]))


def value_error(message):
    return space.value_error(message)


def unsupported_method(name):
    """A method that always raises io.UnsupportedOperation(name)."""
    def unsupported_call(w_self, *args_w):
        raise unsupported(name)
    unsupported_call.__name__ = name
    return unsupported_call


def closed_file_error():
    return space.value_error("I/O operation on closed file.")


def is_closed(w_obj):
    return space.is_true(space.getattr(w_obj, "closed"))


def check_closed(w_obj):
    if is_closed(w_obj):
        raise closed_file_error()


def require_true(w_obj, name, message):
    """CPython's _PyIOBase_check_readable & co.: ``w_obj.name()`` must return True
    itself (not just a true value), else io.UnsupportedOperation(message)."""
    if space.call_method(w_obj, name) is not True:
        raise unsupported(message)


_check = require_true


def check_readable(w_obj):
    _check(w_obj, "readable", "File or stream is not readable.")


def check_writable(w_obj):
    _check(w_obj, "writable", "File or stream is not writable.")


def check_seekable(w_obj):
    _check(w_obj, "seekable", "File or stream is not seekable.")


def size_argument(w_size, allow_none=True):
    """A read size: None or an int (via __index__) as a host int, -1 for "all"."""
    if w_size is None and allow_none:
        return -1
    if isinstance(w_size, int):
        return w_size
    if space.type(w_size).lookup("__index__") is None:
        raise space.type_error("argument should be integer or None, not '%s'"
                               % space.type(w_size).name)
    return space.index(w_size)


def bytes_like(w_obj, what="a bytes-like object is required, not '%s'"):
    """The host buffer of a bytes-like guest object, for reading from it."""
    buffer = host_buffer(w_obj)
    if buffer is None or isinstance(w_obj, str):
        raise space.type_error(what % space.type(w_obj).name)
    return buffer


def io_new(w_base, instance_class):
    """__new__ of a concrete io type: an empty, not yet initialised object."""
    @new_method(w_base)
    def new(w_cls, *args_w, **kwargs_w):
        if getattr(w_cls, "is_abstract", False):
            names = sorted(space.unpack_iterable(w_cls.dict_w.get("__abstractmethods__")))
            raise space.type_error(
                "Can't instantiate abstract class %s without an implementation for abstract "
                "method%s %s" % (w_cls.name, "" if len(names) == 1 else "s",
                                 ", ".join("'%s'" % name for name in names)))
        w_obj = instance_class(w_cls)
        if not w_cls.is_builtin:              # a guest io class: closed at exit
            finalize.track(w_obj)
        return w_obj
    return new


# -- _IOBase ----------------------------------------------------------------------------------
w_iobase_type = builtin_type("_IOBase", instance_class=W_IOBase, module="_io", has_dict=True,
                             doc="The abstract base class for all I/O classes.")
io_new(w_iobase_type, W_IOBase)


@method(w_iobase_type, "seek")
def iobase_seek(w_self, *args_w):
    """Change the stream position to the given byte offset."""
    raise unsupported("seek")


@method(w_iobase_type, "tell")
def iobase_tell(w_self):
    """Return current stream position."""
    return space.call_method(w_self, "seek", 0, 1)


@method(w_iobase_type, "truncate")
def iobase_truncate(w_self, *args_w):
    """Truncate file to size bytes."""
    raise unsupported("truncate")


@method(w_iobase_type, "flush")
def iobase_flush(w_self):
    """Flush write buffers, if applicable."""
    if w_self.iobase_closed:
        raise closed_file_error()
    return None


@method(w_iobase_type, "close")
def iobase_close(w_self):
    """Flush and close the IO object."""
    if w_self.iobase_closed:
        return None
    try:
        space.call_method(w_self, "flush")
    finally:
        w_self.iobase_closed = True
    return None


@getset(w_iobase_type, "closed")
def iobase_closed(w_self):
    return w_self.iobase_closed


@method(w_iobase_type, "__del__")
def iobase_del(w_self):
    try:
        if not is_closed(w_self):
            space.call_method(w_self, "close")
    except OperationError:
        pass
    return None


@method(w_iobase_type, "seekable")
def iobase_seekable(w_self):
    """Return whether object supports random access."""
    return False


@method(w_iobase_type, "readable")
def iobase_readable(w_self):
    """Return whether object was opened for reading."""
    return False


@method(w_iobase_type, "writable")
def iobase_writable(w_self):
    """Return whether object was opened for writing."""
    return False


for _name, _check_func in (("_checkClosed", check_closed), ("_checkSeekable", check_seekable),
                           ("_checkReadable", check_readable),
                           ("_checkWritable", check_writable)):
    method(w_iobase_type, _name)((lambda f: lambda w_self, *args_w: f(w_self) or True)(
        _check_func))


@method(w_iobase_type, "__enter__")
def iobase_enter(w_self):
    check_closed(w_self)
    return w_self


@method(w_iobase_type, "__exit__")
def iobase_exit(w_self, *args_w):
    return space.call_method(w_self, "close")


@method(w_iobase_type, "fileno")
def iobase_fileno(w_self):
    """Return underlying file descriptor if one exists."""
    raise unsupported("fileno")


@method(w_iobase_type, "isatty")
def iobase_isatty(w_self):
    """Return whether this is an 'interactive' stream."""
    check_closed(w_self)
    return False


@method(w_iobase_type, "readline")
def iobase_readline(w_self, w_size=None):
    """Read and return a line from the stream."""
    limit = size_argument(w_size)
    w_peek = space.findattr(w_self, "peek")
    result = bytearray()
    while limit < 0 or len(result) < limit:
        nreadahead = 1
        if w_peek is not None:
            w_ahead = space.call(w_peek, [1])
            ahead = to_host_arg(w_ahead)
            if not isinstance(ahead, (bytes, bytearray, memoryview)):
                raise space.error(space.builtin_exception("OSError"),
                                  "peek() should have returned a bytes object, not '%s'"
                                  % space.type(w_ahead).name)
            if ahead:
                ahead = bytes(ahead)
                n = ahead.find(b"\n") + 1 or len(ahead)
                nreadahead = n if limit < 0 else min(n, limit - len(result))
        w_chunk = space.call_method(w_self, "read", nreadahead)
        chunk = to_host_arg(w_chunk)
        if w_chunk is None:
            break
        if not isinstance(chunk, (bytes, bytearray, memoryview)):
            raise space.error(space.builtin_exception("OSError"),
                              "read() should have returned a bytes object, not '%s'"
                              % space.type(w_chunk).name)
        if not chunk:
            break
        result += chunk
        if result.endswith(b"\n"):
            break
    return bytes(result)


@method(w_iobase_type, "__iter__")
def iobase_iter(w_self):
    check_closed(w_self)
    return w_self


@method(w_iobase_type, "__next__")
def iobase_next(w_self):
    w_line = space.call_method(w_self, "readline")
    if space.len_w(w_line) == 0:
        raise space.error(space.builtin_exception("StopIteration"))
    return w_line


@method(w_iobase_type, "readlines")
def iobase_readlines(w_self, w_hint=None):
    """Return a list of lines from the stream."""
    hint = size_argument(w_hint)
    lines_w = []
    if hint <= 0:
        w_iter = space.iter(w_self)
        while True:
            w_line = space.next(w_iter)
            if w_line is STOP_ITERATION:
                break
            lines_w.append(w_line)
        return space.newlist(lines_w)
    total = 0
    w_iter = space.iter(w_self)
    while True:
        w_line = space.next(w_iter)
        if w_line is STOP_ITERATION:
            break
        lines_w.append(w_line)
        total += space.len_w(w_line)
        if total >= hint:
            break
    return space.newlist(lines_w)


@method(w_iobase_type, "writelines")
def iobase_writelines(w_self, w_lines):
    """Write a list of lines to stream."""
    check_closed(w_self)
    w_iter = space.iter(w_lines)
    while True:
        w_line = space.next(w_iter)
        if w_line is STOP_ITERATION:
            break
        space.call_method(w_self, "write", w_line)
    return None


# -- _RawIOBase -------------------------------------------------------------------------------
w_rawiobase_type = builtin_type("_RawIOBase", [w_iobase_type], instance_class=W_IOBase,
                                module="_io", doc="Base class for raw binary I/O.")
io_new(w_rawiobase_type, W_IOBase)


@method(w_rawiobase_type, "read")
def rawiobase_read(w_self, w_size=None):
    size = size_argument(w_size)
    if size < 0:
        return space.call_method(w_self, "readall")
    w_buffer = W_ByteArray(bytearray(size))
    w_n = space.call_method(w_self, "readinto", w_buffer)
    if w_n is None:
        return None
    n = space.index(w_n)
    if not 0 <= n <= size:
        raise space.value_error("readinto returned %d outside buffer size %d" % (n, size))
    return bytes(w_buffer.data[:n])


@method(w_rawiobase_type, "readall")
def rawiobase_readall(w_self):
    """Read until EOF, using multiple read() call."""
    result = bytearray()
    while True:
        w_data = space.call_method(w_self, "read", DEFAULT_BUFFER_SIZE)
        if w_data is None:
            if not result:
                return None
            break
        data = to_host_arg(w_data)
        if not isinstance(data, bytes):
            raise space.type_error("read() should return bytes")
        if not data:
            break
        result += data
    return bytes(result)


@method(w_rawiobase_type, "readinto")
def rawiobase_readinto(w_self, w_buffer):
    raise space.error(space.builtin_exception("NotImplementedError"))


@method(w_rawiobase_type, "write")
def rawiobase_write(w_self, w_buffer):
    raise space.error(space.builtin_exception("NotImplementedError"))


# -- _BufferedIOBase --------------------------------------------------------------------------
w_bufferediobase_type = builtin_type("_BufferedIOBase", [w_iobase_type], instance_class=W_IOBase,
                                     module="_io", doc="Base class for buffered IO objects.")
io_new(w_bufferediobase_type, W_IOBase)


@method(w_bufferediobase_type, "detach")
def bufferediobase_detach(w_self):
    """Disconnect this buffer from its underlying raw stream and return it."""
    raise unsupported("detach")


@method(w_bufferediobase_type, "read")
def bufferediobase_read(w_self, *args_w):
    """Read and return up to n bytes."""
    raise unsupported("read")


@method(w_bufferediobase_type, "read1")
def bufferediobase_read1(w_self, *args_w):
    """Read and return up to size bytes, with at most one read() call to the underlying
    raw stream."""
    raise unsupported("read1")


@method(w_bufferediobase_type, "write")
def bufferediobase_write(w_self, *args_w):
    """Write buffer b to the IO stream."""
    raise unsupported("write")


def _readinto_generic(w_self, w_buffer, name):
    view = host_buffer(w_buffer)
    if view is None or isinstance(view, bytes):
        raise space.type_error("readinto() argument must be read-write bytes-like object, "
                               "not %s" % space.type(w_buffer).name)
    target = memoryview(view).cast("B")
    w_data = space.call_method(w_self, name, len(target))
    data = to_host_arg(w_data)
    if not isinstance(data, bytes):
        raise space.type_error("read() should return bytes")
    n = len(data)
    if n > len(target):
        raise space.value_error("read() returned too much data: %d bytes requested, %d "
                                "returned" % (len(target), n))
    target[:n] = data
    return n


@method(w_bufferediobase_type, "readinto")
def bufferediobase_readinto(w_self, w_buffer):
    return _readinto_generic(w_self, w_buffer, "read")


@method(w_bufferediobase_type, "readinto1")
def bufferediobase_readinto1(w_self, w_buffer):
    return _readinto_generic(w_self, w_buffer, "read1")


# -- _TextIOBase ------------------------------------------------------------------------------
w_textiobase_type = builtin_type("_TextIOBase", [w_iobase_type], instance_class=W_IOBase,
                                 module="_io", doc="Base class for text I/O.")
io_new(w_textiobase_type, W_IOBase)


for _name, _doc in (("detach", "Separate the underlying buffer from the TextIOBase and "
                               "return it."),
                    ("read", "Read at most size characters from stream."),
                    ("readline", "Read until newline or EOF."),
                    ("write", "Write string s to stream.")):
    method(w_textiobase_type, _name, doc=_doc)(unsupported_method(_name))

for _name in ("encoding", "newlines", "errors"):
    getset(w_textiobase_type, _name)(lambda w_self: None)
