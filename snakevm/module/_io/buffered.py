"""Buffered binary streams: BufferedReader, BufferedWriter, BufferedRandom and
BufferedRWPair (CPython's Modules/_io/bufferedio.c).

A buffered object keeps a read buffer (bytes and a position in it) and a
write buffer (a bytearray) in front of its raw stream.  It talks to the raw
stream through ``RawStream``: for snakevm's own FileIO that is a direct host
call, for any other raw object (a guest RawIOBase subclass) it calls the
guest's readinto/write/seek/tell methods, as CPython does."""

from snakevm.objspace.root import OperationError
from snakevm.objspace.space import space
from snakevm.objspace.typedef import builtin_type, method, getset
from snakevm.objspace.bytearrayobject import W_ByteArray
from snakevm.objspace.memoryviewobject import W_MemoryView
from snakevm.objspace.bridge import host_buffer, to_host_arg
from snakevm.module._io.iobase import (W_IOBase, w_bufferediobase_type, io_new, unsupported,
                                       DEFAULT_BUFFER_SIZE, check_readable, check_writable,
                                       check_seekable, size_argument)
from snakevm.module._io import fileio
from snakevm.module._io.fileio import W_FileIO, w_fileio_type, writable_view, type_display_name


class RawStream:
    """The raw stream under a buffered object."""

    def __init__(self, w_raw):
        self.w_raw = w_raw
        self.direct = isinstance(w_raw, W_FileIO) and space.type(w_raw) is w_fileio_type

    def read(self, size):
        """Up to ``size`` bytes (b"" at end of file), or None if none are available now."""
        if self.direct:
            return fileio.fileio_read(self.w_raw, size)
        w_buffer = W_ByteArray(bytearray(size))
        view = memoryview(w_buffer.data)
        try:
            w_n = space.call_method(self.w_raw, "readinto", W_MemoryView(w_buffer, view))
        finally:
            view.release()
        if w_n is None:
            return None
        n = space.index(w_n)
        if not 0 <= n <= size:
            raise space.error(space.builtin_exception("OSError"),
                              "raw readinto() returned invalid length %d (should have been "
                              "between 0 and %d)" % (n, size))
        return bytes(w_buffer.data[:n])

    def readall(self):
        if self.direct:
            return fileio.fileio_readall(self.w_raw)
        w_readall = space.findattr(self.w_raw, "readall")
        if w_readall is not None:
            w_data = space.call(w_readall, [])
            if w_data is None:
                return None
            data = to_host_arg(w_data)
            if not isinstance(data, bytes):
                raise space.type_error("readall() should return bytes")
            return data
        chunks = []
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if data is None:
                return b"".join(chunks) if chunks else None
            if not data:
                return b"".join(chunks)
            chunks.append(data)

    def write(self, data):
        """How many bytes of ``data`` the raw stream took, or None (would block)."""
        if self.direct:
            return fileio.fileio_write(self.w_raw, data)
        w_n = space.call_method(self.w_raw, "write", data)
        if w_n is None:
            return None
        n = space.index(w_n)
        if not 0 <= n <= len(data):
            raise space.error(space.builtin_exception("OSError"),
                              "raw write() returned invalid length %d (should have been "
                              "between 0 and %d)" % (n, len(data)))
        return n

    def seek(self, pos, whence):
        if self.direct:
            return fileio.fileio_seek(self.w_raw, pos, whence)
        return self._position(space.call_method(self.w_raw, "seek", pos, whence))

    def tell(self):
        if self.direct:
            return fileio.fileio_tell(self.w_raw)
        return self._position(space.call_method(self.w_raw, "tell"))

    def _position(self, w_pos):
        pos = space.index(w_pos)
        if pos < 0:
            raise space.error(space.builtin_exception("OSError"),
                              "Raw stream returned invalid position %d" % pos)
        return pos

    def closed(self):
        if self.direct:
            return self.w_raw.fd < 0
        return space.is_true(space.getattr(self.w_raw, "closed"))


class W_Buffered(W_IOBase):
    def __init__(self, w_type=None):
        W_IOBase.__init__(self, w_type)
        self.w_raw = None
        self.raw = None
        self.initialized = False
        self.detached = False
        self.buffer_size = DEFAULT_BUFFER_SIZE
        self.can_read = self.can_write = False
        self.read_buf = b""
        self.read_pos = 0
        self.write_buf = bytearray()

    def readahead(self):
        return len(self.read_buf) - self.read_pos


def _declare(name, doc):
    w_type = builtin_type(name, [w_bufferediobase_type], instance_class=W_Buffered,
                          module="_io", has_dict=True, doc=doc)
    io_new(w_type, W_Buffered)
    return w_type


w_reader_type = _declare("BufferedReader", "Create a new buffered reader using the given "
                                           "readable raw IO object.")
w_writer_type = _declare("BufferedWriter", "A buffer for a writeable sequential RawIO object."
                                           "\n\nThe constructor creates a BufferedWriter for "
                                           "the given writeable raw\nstream. If the buffer_size "
                                           "is not given, it defaults to\nDEFAULT_BUFFER_SIZE.")
w_random_type = _declare("BufferedRandom", "A buffered interface to random access streams.\n\n"
                                           "The constructor creates a reader and writer for a "
                                           "seekable stream,\nraw, given in the first argument. "
                                           "If the buffer_size is omitted it\ndefaults to "
                                           "DEFAULT_BUFFER_SIZE.")
ALL_BUFFERED = (w_reader_type, w_writer_type, w_random_type)


def _init(w_self, w_raw, w_buffer_size, can_read, can_write):
    w_self.initialized = False
    if can_read and can_write:
        check_seekable(w_raw)
    if can_read:
        check_readable(w_raw)
    if can_write:
        check_writable(w_raw)
    buffer_size = space.index(w_buffer_size)
    if buffer_size <= 0:
        raise space.value_error("buffer size must be strictly positive")
    w_self.w_raw = w_raw
    w_self.raw = RawStream(w_raw)
    w_self.buffer_size = buffer_size
    w_self.can_read, w_self.can_write = can_read, can_write
    w_self.read_buf, w_self.read_pos = b"", 0
    w_self.write_buf = bytearray()
    w_self.detached = False
    w_self.initialized = True
    return None


method(w_reader_type, "__init__", keywords=True)(
    lambda w_self, raw, buffer_size=DEFAULT_BUFFER_SIZE: _init(w_self, raw, buffer_size,
                                                               True, False))
method(w_writer_type, "__init__", keywords=True)(
    lambda w_self, raw, buffer_size=DEFAULT_BUFFER_SIZE: _init(w_self, raw, buffer_size,
                                                               False, True))
method(w_random_type, "__init__", keywords=True)(
    lambda w_self, raw, buffer_size=DEFAULT_BUFFER_SIZE: _init(w_self, raw, buffer_size,
                                                               True, True))


# -- state checks ----------------------------------------------------------------------------
def _check_initialized(w_self):
    if not w_self.initialized:
        if w_self.detached:
            raise space.value_error("raw stream has been detached")
        raise space.value_error("I/O operation on uninitialized object")


def _is_closed(w_self):
    return w_self.raw.closed()


def _check_closed(w_self, message):
    _check_initialized(w_self)
    if _is_closed(w_self):
        raise space.value_error(message)


# -- reading ---------------------------------------------------------------------------------
def _flush_for_read(w_self):
    if w_self.can_write and w_self.write_buf:
        _flush_writes(w_self)


def _fill(w_self):
    """Refill the read buffer with one raw read; False at EOF, None if it would block."""
    data = w_self.raw.read(w_self.buffer_size)
    if data is None:
        return None
    w_self.read_buf, w_self.read_pos = data, 0
    return bool(data)


def _take(w_self, size):
    data = w_self.read_buf[w_self.read_pos:w_self.read_pos + size]
    w_self.read_pos += len(data)
    return data


def buffered_read(w_self, w_size=-1):
    """Read and return up to n bytes."""
    _check_initialized(w_self)
    size = size_argument(w_size)
    if size < -1:
        raise space.value_error("read length must be non-negative or -1")
    _check_readable_buffered(w_self)
    if _is_closed(w_self) and w_self.readahead() == 0:
        raise space.value_error("read of closed file")
    _flush_for_read(w_self)
    if size == -1:
        head = _take(w_self, w_self.readahead())
        rest = w_self.raw.readall()
        if rest is None:
            return head or None
        return head + rest
    if size <= w_self.readahead():
        return _take(w_self, size)
    chunks = [_take(w_self, w_self.readahead())]
    wanted = size - len(chunks[0])
    while wanted > 0:
        if wanted >= w_self.buffer_size:
            data = w_self.raw.read(wanted)        # large reads bypass the buffer
            if data is None:
                if len(chunks) == 1 and not chunks[0]:
                    return None
                break
            if not data:
                break
            chunks.append(data)
            wanted -= len(data)
            continue
        filled = _fill(w_self)
        if filled is None:
            if len(chunks) == 1 and not chunks[0]:
                return None
            break
        if not filled:
            break
        part = _take(w_self, wanted)
        chunks.append(part)
        wanted -= len(part)
    return b"".join(chunks)


def _check_readable_buffered(w_self):
    if not w_self.can_read:
        raise unsupported("read")


def buffered_read1(w_self, w_size=-1):
    """Read and return up to size bytes, with at most one read() call to the underlying
    raw stream."""
    _check_initialized(w_self)
    size = size_argument(w_size)
    _check_readable_buffered(w_self)
    _check_closed(w_self, "read of closed file")
    if size < 0:
        size = w_self.buffer_size
    if size == 0:
        return b""
    _flush_for_read(w_self)
    if w_self.readahead():
        return _take(w_self, size)
    if size > w_self.buffer_size:
        data = w_self.raw.read(size)
        return b"" if data is None else data
    filled = _fill(w_self)
    if not filled:
        return b""
    return _take(w_self, size)


def buffered_peek(w_self, w_size=0):
    """Return buffered bytes without advancing the position."""
    _check_initialized(w_self)
    _check_readable_buffered(w_self)
    _check_closed(w_self, "peek of closed file")
    _flush_for_read(w_self)
    if w_self.readahead() == 0:
        _fill(w_self)
    return w_self.read_buf[w_self.read_pos:]


def _readinto(w_self, w_buffer, one):
    _check_initialized(w_self)
    _check_readable_buffered(w_self)
    target = writable_view(w_buffer)
    _check_closed(w_self, "readinto of closed file")
    if one:
        data = buffered_read1(w_self, len(target))
    else:
        data = buffered_read(w_self, len(target))
        if data is None:
            return None
    target[:len(data)] = data
    return len(data)


def buffered_readinto(w_self, w_buffer):
    return _readinto(w_self, w_buffer, False)


def buffered_readinto1(w_self, w_buffer):
    return _readinto(w_self, w_buffer, True)


def buffered_readline(w_self, w_size=-1):
    """Read and return a line from the stream."""
    _check_initialized(w_self)
    limit = size_argument(w_size)
    _check_readable_buffered(w_self)
    _check_closed(w_self, "readline of closed file")
    _flush_for_read(w_self)
    chunks = []
    total = 0
    while True:
        start = w_self.read_pos
        newline = w_self.read_buf.find(b"\n", start)
        end = len(w_self.read_buf) if newline < 0 else newline + 1
        if limit >= 0 and total + (end - start) > limit:
            end = start + (limit - total)
        chunks.append(w_self.read_buf[start:end])
        total += end - start
        w_self.read_pos = end
        if newline >= 0 and end == newline + 1 or (limit >= 0 and total >= limit):
            break
        if not _fill(w_self):
            break
    return b"".join(chunks)


# -- writing ---------------------------------------------------------------------------------
def _rewind_reads(w_self):
    """Before a write, put the raw position back to the logical one."""
    unread = w_self.readahead()
    if unread:
        w_self.raw.seek(-unread, 1)
    w_self.read_buf, w_self.read_pos = b"", 0


def _flush_writes(w_self):
    while w_self.write_buf:
        n = w_self.raw.write(bytes(w_self.write_buf))
        if n is None:
            raise OperationError(space.call(space.builtin_exception("BlockingIOError"), [
                11, "write could not complete without blocking", 0]))
        del w_self.write_buf[:n]


def buffered_write(w_self, w_data):
    """Write the given buffer to the IO stream."""
    _check_initialized(w_self)
    if not w_self.can_write:
        raise unsupported("write")
    data = host_buffer(w_data)
    if data is None or isinstance(w_data, str):
        raise space.type_error("a bytes-like object is required, not '%s'"
                               % space.type(w_data).name)
    if _is_closed(w_self):
        raise space.value_error("write to closed file")
    if w_self.can_read and w_self.readahead():
        _rewind_reads(w_self)
    elif w_self.can_read:
        w_self.read_buf, w_self.read_pos = b"", 0
    if len(w_self.write_buf) + len(data) <= w_self.buffer_size:
        w_self.write_buf += data
        return len(data)
    _flush_writes(w_self)                  # what was buffered goes first
    remaining = memoryview(data)
    while len(remaining) > w_self.buffer_size:   # large writes bypass the buffer
        n = w_self.raw.write(bytes(remaining))
        if n is None:
            w_self.write_buf += remaining[:w_self.buffer_size]
            raise OperationError(space.call(space.builtin_exception("BlockingIOError"), [
                11, "write could not complete without blocking",
                len(data) - len(remaining) + w_self.buffer_size]))
        remaining = remaining[n:]
    w_self.write_buf += remaining
    return len(data)


def buffered_flush(w_self):
    """Flush the write buffer (a no-op for readers)."""
    _check_initialized(w_self)
    _check_closed(w_self, "flush of closed file")
    if w_self.can_write:
        _flush_writes(w_self)
        if w_self.can_read:
            _rewind_reads(w_self)
    return None


# -- positioning -----------------------------------------------------------------------------
def buffered_tell(w_self):
    _check_initialized(w_self)
    pos = w_self.raw.tell() - w_self.readahead() + len(w_self.write_buf)
    return max(pos, 0)


def buffered_seek(w_self, w_pos, whence=0):
    """Change the stream position to the given byte offset."""
    _check_initialized(w_self)
    if isinstance(w_pos, float):
        raise space.type_error("an integer is required")
    pos = space.index(w_pos)
    whence = space.index(whence)
    if whence not in (0, 1, 2):
        raise space.value_error("whence value %d unsupported" % whence)
    _check_closed(w_self, "seek of closed file")
    check_seekable(w_self.w_raw)
    if w_self.can_write and w_self.write_buf:
        _flush_writes(w_self)
    if whence == 1:
        pos -= w_self.readahead()
    w_self.read_buf, w_self.read_pos = b"", 0
    return w_self.raw.seek(pos, whence)


def buffered_truncate(w_self, w_pos=None):
    """Truncate file to size bytes (default: the current position)."""
    _check_initialized(w_self)
    _check_closed(w_self, "truncate of closed file")
    if not w_self.can_write:
        raise unsupported("truncate")
    _flush_writes(w_self)
    if w_pos is None:
        w_pos = buffered_tell(w_self)
    if w_self.can_read:
        _rewind_reads(w_self)
    return space.call_method(w_self.w_raw, "truncate", w_pos)


# -- the rest --------------------------------------------------------------------------------
def buffered_close(w_self):
    _check_initialized(w_self)
    if _is_closed(w_self):
        return None
    error = None
    try:
        if w_self.can_write:
            buffered_flush(w_self)
    except OperationError as e:
        error = e
    try:
        space.call_method(w_self.w_raw, "close")
    except OperationError as e:
        if error is not None:
            e.w_value.w_context = error.w_value
        raise
    w_self.read_buf, w_self.read_pos = b"", 0
    if error is not None:
        raise error
    return None


def buffered_detach(w_self):
    """Disconnect this buffer from its underlying raw stream and return it."""
    _check_initialized(w_self)
    buffered_flush(w_self)
    w_raw = w_self.w_raw
    w_self.w_raw = None
    w_self.initialized = False
    w_self.detached = True
    return w_raw


def refuse_pickling(w_self):
    raise space.type_error("cannot pickle '%s' instances" % space.type(w_self).name)


def _raw_method(name):
    def call(w_self, *args_w):
        _check_initialized(w_self)
        return space.call_method(w_self.w_raw, name, *args_w)
    call.__name__ = name
    return call


def buffered_repr(w_self):
    type_name = type_display_name(w_self)
    if not w_self.initialized:
        return "<%s>" % type_name
    try:
        w_name = space.getattr(w_self, "name")
    except OperationError as e:
        if not (e.match(space.builtin_exception("Exception"))):
            raise
        return "<%s>" % type_name
    return "<%s name=%s>" % (type_name, space.repr(w_name))


def _install_common(w_type):
    for name, func in (("close", buffered_close), ("detach", buffered_detach),
                       ("flush", buffered_flush), ("seek", buffered_seek),
                       ("tell", buffered_tell), ("__repr__", buffered_repr)):
        method(w_type, name)(func)
    for name in ("fileno", "isatty", "readable", "writable", "seekable", "_dealloc_warn"):
        method(w_type, name)(_raw_method(name))
    getset(w_type, "raw")(lambda w_self: w_self.w_raw)
    getset(w_type, "closed")(lambda w_self: _check_initialized(w_self) or space.getattr(
        w_self.w_raw, "closed"))
    getset(w_type, "name")(lambda w_self: _check_initialized(w_self) or space.getattr(
        w_self.w_raw, "name"))
    getset(w_type, "mode")(lambda w_self: _check_initialized(w_self) or space.getattr(
        w_self.w_raw, "mode"))
    method(w_type, "__getstate__")(refuse_pickling)
    method(w_type, "__sizeof__")(lambda w_self: 112 + w_self.buffer_size)


def _install_reading(w_type):
    for name, func in (("read", buffered_read), ("read1", buffered_read1),
                       ("peek", buffered_peek), ("readinto", buffered_readinto),
                       ("readinto1", buffered_readinto1), ("readline", buffered_readline)):
        method(w_type, name)(func)
    method(w_type, "__next__")(_next)
    method(w_type, "truncate")(buffered_truncate)


def _next(w_self):
    line = buffered_readline(w_self)
    if not line:
        raise space.error(space.builtin_exception("StopIteration"))
    return line


def _install_writing(w_type):
    method(w_type, "write")(buffered_write)
    method(w_type, "truncate")(buffered_truncate)


for _w_type in ALL_BUFFERED:
    _install_common(_w_type)
_install_reading(w_reader_type)
_install_writing(w_writer_type)
_install_reading(w_random_type)
_install_writing(w_random_type)


# -- BufferedRWPair --------------------------------------------------------------------------
class W_BufferedRWPair(W_IOBase):
    def __init__(self, w_type=None):
        W_IOBase.__init__(self, w_type)
        self.w_reader = None
        self.w_writer = None


w_rwpair_type = builtin_type("BufferedRWPair", [w_bufferediobase_type],
                             instance_class=W_BufferedRWPair, module="_io", has_dict=True,
                             doc="A buffered reader and writer object together.")
io_new(w_rwpair_type, W_BufferedRWPair)


@method(w_rwpair_type, "__init__")
def rwpair_init(w_self, w_reader, w_writer, buffer_size=DEFAULT_BUFFER_SIZE):
    check_readable(w_reader)
    check_writable(w_writer)
    w_self.w_reader = space.call(w_reader_type, [w_reader, buffer_size])
    w_self.w_writer = space.call(w_writer_type, [w_writer, buffer_size])
    return None


def _pair_method(side, name):
    def call(w_self, *args_w):
        w_target = w_self.w_reader if side == "r" else w_self.w_writer
        if w_target is None:
            raise space.value_error("I/O operation on uninitialized object")
        return space.call_method(w_target, name, *args_w)
    call.__name__ = name
    return call


for _name in ("read", "peek", "read1", "readinto", "readinto1", "readable", "readline"):
    method(w_rwpair_type, _name)(_pair_method("r", _name))
for _name in ("write", "flush", "writable"):
    method(w_rwpair_type, _name)(_pair_method("w", _name))


@method(w_rwpair_type, "close")
def rwpair_close(w_self):
    error = None
    try:
        space.call_method(w_self.w_writer, "close")
    except OperationError as e:
        error = e
    try:
        space.call_method(w_self.w_reader, "close")
    except OperationError as e:
        if error is not None:
            e.w_value.w_context = error.w_value
        raise
    if error is not None:
        raise error
    return None


@method(w_rwpair_type, "isatty")
def rwpair_isatty(w_self):
    if space.is_true(space.call_method(w_self.w_writer, "isatty")):
        return True
    return space.call_method(w_self.w_reader, "isatty")


getset(w_rwpair_type, "closed")(lambda w_self: space.getattr(w_self.w_writer, "closed"))
