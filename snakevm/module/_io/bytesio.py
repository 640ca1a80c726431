"""BytesIO: a binary stream over an in-memory buffer (a host bytearray).

``getbuffer()`` exports the buffer as a guest memoryview over the same host
bytearray, so while a view is alive the host itself refuses to resize the
buffer with CPython's BufferError, and writes through the view are seen by
getvalue()."""

from snakevm.objspace.space import space
from snakevm.objspace.root import W_Root
from snakevm.objspace.typedef import builtin_type, method, getset, new_method
from snakevm.objspace.memoryviewobject import W_MemoryView
from snakevm.objspace.bridge import host_buffer
from snakevm.module._io.iobase import (W_IOBase, w_bufferediobase_type, io_new, size_argument,
                                       closed_file_error)
from snakevm.objspace.tupleobject import W_Tuple
from snakevm.objspace.dictobject import W_Dict
from snakevm.module._io.fileio import writable_view, type_display_name


class W_BytesIO(W_IOBase):
    def __init__(self, w_type=None):
        W_IOBase.__init__(self, w_type)
        self.buf = bytearray()
        self.pos = 0
        self.closed = False


class W_BytesIOBuffer(W_Root):
    """The object behind a getbuffer() view (its ``obj``): exports the BytesIO's
    bytes."""

    def __init__(self, w_source):
        self.w_source = w_source

    def host_buffer(self):
        return self.w_source.buf


w_bytesio_buffer_type = builtin_type("_BytesIOBuffer", instance_class=W_BytesIOBuffer,
                                     module="_io", acceptable_as_base=False)


@new_method(w_bytesio_buffer_type)
def bytesio_buffer_new(w_cls, *args_w, **kwargs_w):
    raise space.type_error("cannot create '_io._BytesIOBuffer' instances")


w_bytesio_type = builtin_type("BytesIO", [w_bufferediobase_type], instance_class=W_BytesIO,
                              module="_io", has_dict=True,
                              doc="Buffered I/O implementation using an in-memory bytes "
                                  "buffer.")
io_new(w_bytesio_type, W_BytesIO)


def _check_closed(w_self):
    if w_self.closed:
        raise closed_file_error()


def _check_exports(w_self):
    """BufferError while getbuffer() views are alive (the host checks the resize)."""
    try:
        w_self.buf.append(0)
        w_self.buf.pop()
    except BufferError as e:
        raise space.error(space.builtin_exception("BufferError"), str(e))


@method(w_bytesio_type, "__init__", keywords=True)
def bytesio_init(w_self, initial_bytes=None):
    _check_exports(w_self)
    if initial_bytes is None:
        data = b""
    else:
        data = host_buffer(initial_bytes)
        if data is None or isinstance(initial_bytes, str):
            raise space.type_error("a bytes-like object is required, not '%s'"
                                   % space.type(initial_bytes).name)
    w_self.buf = bytearray(data)
    w_self.pos = 0
    return None


@method(w_bytesio_type, "getvalue")
def bytesio_getvalue(w_self):
    """Retrieve the entire contents of the BytesIO object."""
    _check_closed(w_self)
    return bytes(w_self.buf)


@method(w_bytesio_type, "getbuffer")
def bytesio_getbuffer(w_self):
    """Get a read-write view over the contents of the BytesIO object."""
    _check_closed(w_self)
    return W_MemoryView(W_BytesIOBuffer(w_self), memoryview(w_self.buf))


def _read(w_self, size):
    _check_closed(w_self)
    end = len(w_self.buf)
    if size < 0 or w_self.pos + size > end:
        size = max(end - w_self.pos, 0)
    data = bytes(w_self.buf[w_self.pos:w_self.pos + size])
    w_self.pos += len(data)
    return data


@method(w_bytesio_type, "read")
def bytesio_read(w_self, w_size=-1):
    """Read at most size bytes, returned as a bytes object."""
    return _read(w_self, size_argument(w_size))


@method(w_bytesio_type, "read1")
def bytesio_read1(w_self, w_size=-1):
    """Read at most size bytes, returned as a bytes object."""
    return _read(w_self, size_argument(w_size))


def _readline(w_self, limit):
    _check_closed(w_self)
    start = w_self.pos
    if start >= len(w_self.buf):
        return b""
    newline = w_self.buf.find(b"\n", start)
    end = len(w_self.buf) if newline < 0 else newline + 1
    if limit >= 0 and end - start > limit:
        end = start + limit
    w_self.pos = end
    return bytes(w_self.buf[start:end])


@method(w_bytesio_type, "readline")
def bytesio_readline(w_self, w_size=-1):
    """Next line from the file, as a bytes object."""
    return _readline(w_self, size_argument(w_size))


@method(w_bytesio_type, "readlines")
def bytesio_readlines(w_self, w_size=None):
    """List of bytes objects, each a line from the file."""
    _check_closed(w_self)
    if w_size is None:
        hint = -1
    elif isinstance(w_size, int):
        hint = w_size
    else:
        raise space.type_error("integer argument expected, got '%s'"
                               % type_display_name(w_size))
    lines = []
    total = 0
    while True:
        line = _readline(w_self, -1)
        if not line:
            break
        lines.append(line)
        total += len(line)
        if 0 < hint <= total:
            break
    return space.newlist(lines)


@method(w_bytesio_type, "readinto")
def bytesio_readinto(w_self, w_buffer):
    """Read bytes into buffer."""
    _check_closed(w_self)
    target = writable_view(w_buffer)
    data = _read(w_self, len(target))
    target[:len(data)] = data
    return len(data)


@method(w_bytesio_type, "write")
def bytesio_write(w_self, w_data):
    """Write bytes to file."""
    _check_closed(w_self)
    _check_exports(w_self)
    data = host_buffer(w_data)
    if data is None or isinstance(w_data, str):
        raise space.type_error("a bytes-like object is required, not '%s'"
                               % space.type(w_data).name)
    data = bytes(data)
    if not data:
        return 0
    pos = w_self.pos
    end = pos + len(data)
    try:
        if pos > len(w_self.buf):
            w_self.buf.extend(bytes(pos - len(w_self.buf)))
        w_self.buf[pos:end] = data
    except BufferError as e:
        raise space.error(space.builtin_exception("BufferError"), str(e))
    w_self.pos = end
    return len(data)


@method(w_bytesio_type, "writelines")
def bytesio_writelines(w_self, w_lines):
    """Write lines to the file."""
    _check_closed(w_self)
    for w_line in space.unpack_iterable(w_lines):
        bytesio_write(w_self, w_line)
    return None


@method(w_bytesio_type, "seek")
def bytesio_seek(w_self, w_pos, whence=0):
    """Change stream position."""
    _check_closed(w_self)
    pos = space.index(w_pos)
    whence = space.index(whence)
    if whence == 0:
        if pos < 0:
            raise space.value_error("negative seek value %d" % pos)
    elif whence == 1:
        pos = max(0, w_self.pos + pos)
    elif whence == 2:
        pos = max(0, len(w_self.buf) + pos)
    else:
        raise space.value_error("invalid whence (%d, should be 0, 1 or 2)" % whence)
    w_self.pos = pos
    return pos


@method(w_bytesio_type, "tell")
def bytesio_tell(w_self):
    """Current file position, an integer."""
    _check_closed(w_self)
    return w_self.pos


@method(w_bytesio_type, "truncate")
def bytesio_truncate(w_self, w_size=None):
    """Truncate the file to at most size bytes."""
    _check_closed(w_self)
    size = w_self.pos if w_size is None else space.index(w_size)
    if size < 0:
        raise space.value_error("negative size value %d" % size)
    if size < len(w_self.buf):
        _check_exports(w_self)
        del w_self.buf[size:]
    return size


for _name in ("readable", "writable", "seekable"):
    method(w_bytesio_type, _name)(lambda w_self: _check_closed(w_self) or True)


@method(w_bytesio_type, "flush")
def bytesio_flush(w_self):
    """Does nothing."""
    _check_closed(w_self)
    return None


@method(w_bytesio_type, "isatty")
def bytesio_isatty(w_self):
    """Always returns False."""
    _check_closed(w_self)
    return False


@method(w_bytesio_type, "close")
def bytesio_close(w_self):
    """Disable all I/O operations."""
    _check_exports(w_self)
    w_self.closed = w_self.iobase_closed = True
    return None


@getset(w_bytesio_type, "closed")
def bytesio_closed(w_self):
    return w_self.closed


@method(w_bytesio_type, "__iter__")
def bytesio_iter(w_self):
    return w_self


@method(w_bytesio_type, "__next__")
def bytesio_next(w_self):
    line = _readline(w_self, -1)
    if not line:
        raise space.error(space.builtin_exception("StopIteration"))
    return line


@method(w_bytesio_type, "__getstate__")
def bytesio_getstate(w_self):
    _check_closed(w_self)
    # CPython creates an instance dict only when one is needed: an empty one reads as None
    w_dict = space.call_method(w_self.w_dict, "copy") if space.len_w(w_self.w_dict) else None
    return space.newtuple([bytes(w_self.buf), w_self.pos, w_dict])


@method(w_bytesio_type, "__setstate__")
def bytesio_setstate(w_self, w_state):
    if not isinstance(w_state, W_Tuple) or len(w_state.items_w) < 3:
        raise space.type_error("%s.__setstate__ argument should be 3-tuple, got %s"
                               % (type_display_name(w_self), type_display_name(w_state)))
    items = w_state.items_w
    _check_exports(w_self)
    w_self.buf, w_self.pos = bytearray(), 0
    bytesio_write(w_self, items[0])
    if not isinstance(items[1], int):
        raise space.type_error("second item of state must be an integer, not %s"
                               % type_display_name(items[1]))
    if items[1] < 0:
        raise space.value_error("position value cannot be negative")
    w_self.pos = items[1]
    w_dict = items[2]
    if w_dict is not None:
        if not isinstance(w_dict, W_Dict):
            raise space.type_error("third item of state should be a dict, got a %s"
                                   % type_display_name(w_dict))
        space.call_method(w_self.w_dict, "update", w_dict)
    return None


@method(w_bytesio_type, "__sizeof__")
def bytesio_sizeof(w_self):
    return 88 + len(w_self.buf) + 1

