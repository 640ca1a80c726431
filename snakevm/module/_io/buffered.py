"""Buffered binary streams: BufferedReader, BufferedWriter and BufferedRandom
(CPython's Modules/_io/bufferedio.c, followed step by step so
that a guest raw stream sees the same readinto/write/seek/tell calls, with the
same sizes, as under CPython).

One fixed-size host bytearray serves reads and writes.  Positions in it:
``pos`` (the logical position), ``raw_pos`` (where the raw stream is),
``read_end`` (end of valid read data, -1: none), ``write_pos``/``write_end``
(the dirty span, write_end -1: none); ``abs_pos`` caches the raw stream's
absolute position (-1: unknown).

The raw stream is called through its guest methods (``raw.readinto`` gets a
memoryview over the buffer, as in CPython); snakevm's own FileIO is called
directly."""

import errno

from snakevm.objspace.root import W_Root, OperationError
from snakevm.objspace.space import space
from snakevm.objspace.typedef import builtin_type, method, getset
from snakevm.objspace.memoryviewobject import W_MemoryView
from snakevm.objspace.bridge import host_buffer
from snakevm.module._io.iobase import (W_IOBase, w_bufferediobase_type, io_new, unsupported,
                                       DEFAULT_BUFFER_SIZE, size_argument, require_true)
from snakevm.memory.finalizers import finalize as run_finalizer
from snakevm.module._io import fileio, finalize
from snakevm.module._io.fileio import W_FileIO, w_fileio_type, writable_view, type_display_name

_SEEK_DATA, _SEEK_HOLE = 3, 4          # the extra whence values Linux accepts


class W_Buffered(W_IOBase):
    def __del__(self):
        # dropped by the program: close it as CPython would, if that needs no guest code
        if self.ok and self.direct and self.w_type in ALL_BUFFERED:
            finalize.release(lambda: buffered_close(self))
        elif self.ok and not self.detached:
            run_finalizer(self)             # guest code below: close() through the guest

    def __init__(self, w_type=None):
        W_IOBase.__init__(self, w_type)
        self.ok = False
        self.detached = False
        self.readable = self.writable = False
        self.finalizing = False
        self.w_raw = None
        self.direct = False                # the raw stream is snakevm's own FileIO
        self.fast_closed_checks = False
        self.buffer = None                 # bytearray(buffer_size); None once closed
        self.buffer_size = DEFAULT_BUFFER_SIZE
        self.buffer_mask = 0
        self.abs_pos = 0
        self.pos = self.raw_pos = 0
        self.read_end = -1
        self.write_pos = 0
        self.write_end = -1

    # CPython's macros
    def valid_read_buffer(self):
        return self.readable and self.read_end != -1

    def valid_write_buffer(self):
        return self.writable and self.write_end != -1

    def readahead(self):
        if self.readable and self.read_end != -1:
            return self.read_end - self.pos
        return 0

    def raw_offset(self):
        if (self.valid_read_buffer() or self.valid_write_buffer()) and self.raw_pos >= 0:
            return self.raw_pos - self.pos
        return 0

    def adjust_position(self, new_pos):
        self.pos = new_pos
        if self.valid_read_buffer() and self.read_end < self.pos:
            self.read_end = self.pos

    def minus_last_block(self, size):
        if self.buffer_mask:
            return size & ~self.buffer_mask
        return self.buffer_size * (size // self.buffer_size)

    def reset_read_buf(self):
        self.read_end = -1

    def reset_write_buf(self):
        self.write_pos = 0
        self.write_end = -1


def _declare(name, doc):
    w_type = builtin_type(name, [w_bufferediobase_type], instance_class=W_Buffered,
                          module="_io", has_dict=True, doc=doc)
    io_new(w_type, W_Buffered)
    return w_type


w_reader_type = _declare(
    "BufferedReader", "Create a new buffered reader using the given readable raw IO object.")
w_writer_type = _declare(
    "BufferedWriter", "A buffer for a writeable sequential RawIO object.\n\nThe constructor "
    "creates a BufferedWriter for the given writeable raw\nstream. If the buffer_size is not "
    "given, it defaults to\nDEFAULT_BUFFER_SIZE.")
w_random_type = _declare(
    "BufferedRandom", "A buffered interface to random access streams.\n\nThe constructor "
    "creates a reader and writer for a seekable stream,\nraw, given in the first argument. "
    "If the buffer_size is omitted it\ndefaults to DEFAULT_BUFFER_SIZE.")
ALL_BUFFERED = (w_reader_type, w_writer_type, w_random_type)


# -- construction ----------------------------------------------------------------------------
def _init(w_self, w_raw, w_buffer_size, readable, writable, w_own_type):
    w_self.ok = False
    w_self.detached = False
    buffer_size = space.index(w_buffer_size)
    if readable and writable:
        require_true(w_raw, "seekable", "File or stream is not seekable.")
    if readable:
        require_true(w_raw, "readable", "File or stream is not readable.")
    if writable:
        require_true(w_raw, "writable", "File or stream is not writable.")
    w_self.w_raw = w_raw
    w_self.direct = isinstance(w_raw, W_FileIO) and space.type(w_raw) is w_fileio_type
    w_self.buffer_size = buffer_size
    w_self.readable, w_self.writable = readable, writable
    if buffer_size <= 0:
        raise space.value_error("buffer size must be strictly positive")
    w_self.buffer = bytearray(buffer_size)
    w_self.buffer_mask = buffer_size - 1 if buffer_size & (buffer_size - 1) == 0 else 0
    try:
        _raw_tell(w_self)
    except OperationError:
        pass                            # position unknown: abs_pos keeps its value
    if readable:
        w_self.reset_read_buf()
    if writable:
        w_self.reset_write_buf()
        w_self.pos = 0
    w_self.fast_closed_checks = space.type(w_self) is w_own_type and w_self.direct
    w_self.ok = True
    finalize.track(w_self)
    return None


@method(w_reader_type, "__init__", keywords=True)
def reader_init(w_self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
    return _init(w_self, raw, buffer_size, True, False, w_reader_type)


@method(w_writer_type, "__init__", keywords=True)
def writer_init(w_self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
    return _init(w_self, raw, buffer_size, False, True, w_writer_type)


@method(w_random_type, "__init__", keywords=True)
def random_init(w_self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
    return _init(w_self, raw, buffer_size, True, True, w_random_type)


# -- state checks ----------------------------------------------------------------------------
def _check_initialized(w_self):
    if not w_self.ok:
        if w_self.detached:
            raise space.value_error("raw stream has been detached")
        raise space.value_error("I/O operation on uninitialized object")


def _raw_closed(w_self):
    _check_initialized(w_self)
    return space.is_true(space.getattr(w_self.w_raw, "closed"))


def _is_closed(w_self):
    if w_self.buffer is None:
        return True
    if w_self.fast_closed_checks:
        return w_self.w_raw.fd < 0
    return _raw_closed(w_self)


def _check_closed(w_self, message):
    if _is_closed(w_self) and w_self.readahead() == 0:
        raise space.value_error(message)


# -- the raw stream --------------------------------------------------------------------------
def _position(w_pos):
    pos = space.index(w_pos)
    if pos < 0:
        raise space.error(space.builtin_exception("OSError"),
                          "Raw stream returned invalid position %d" % pos)
    return pos


def _raw_tell(w_self):
    if w_self.direct:
        pos = fileio.fileio_tell(w_self.w_raw)
    else:
        pos = _position(space.call_method(w_self.w_raw, "tell"))
    w_self.abs_pos = pos
    return pos


def _raw_tell_cached(w_self):
    return w_self.abs_pos if w_self.abs_pos != -1 else _raw_tell(w_self)


def _raw_seek(w_self, target, whence):
    if w_self.direct:
        pos = fileio.fileio_seek(w_self.w_raw, target, whence)
    else:
        pos = _position(space.call_method(w_self.w_raw, "seek", target, whence))
    w_self.abs_pos = pos
    return pos


def _raw_read(w_self, view):
    """raw.readinto(view): the byte count, or -2 if the raw stream would block."""
    length = len(view)
    if w_self.direct:
        n = fileio.readinto_host(w_self.w_raw, view)
        if n is None:
            return -2
    else:
        w_n = space.call_method(w_self.w_raw, "readinto", W_MemoryView(None, view))
        if w_n is None:
            return -2
        try:
            n = space.index(w_n)
        except OperationError as e:
            error = space.error(space.builtin_exception("OSError"), "raw readinto() failed")
            error.w_value.w_cause = e.w_value
            space.setattr(error.w_value, "__suppress_context__", True)
            raise error
        if not 0 <= n <= length:
            raise space.error(space.builtin_exception("OSError"),
                              "raw readinto() returned invalid length %d (should have been "
                              "between 0 and %d)" % (n, length))
    if n > 0 and w_self.abs_pos != -1:
        w_self.abs_pos += n
    return n


def _raw_write(w_self, view):
    """raw.write(view): the byte count, or -2 if the raw stream would block."""
    length = len(view)
    if w_self.direct:
        n = fileio.write_host(w_self.w_raw, view)
        if n is None:
            return -2
    else:
        w_n = space.call_method(w_self.w_raw, "write", W_MemoryView(None, view.toreadonly()))
        if w_n is None:
            return -2
        try:
            n = space.index(w_n)
        except OperationError:
            n = -1
        if not 0 <= n <= length:
            raise space.error(space.builtin_exception("OSError"),
                              "raw write() returned invalid length %d (should have been "
                              "between 0 and %d)" % (n, length))
    if n > 0 and w_self.abs_pos != -1:
        w_self.abs_pos += n
    return n


def _blocking_error(written, w_self=None):
    code = errno.EAGAIN if w_self is None or w_self.direct else 0
    return OperationError(space.call(space.builtin_exception("BlockingIOError"), [
        code, "write could not complete without blocking", written]))


# -- flushing --------------------------------------------------------------------------------
def _flush_unlocked(w_self):
    """Write the dirty span of the buffer (CPython's _bufferedwriter_flush_unlocked)."""
    if w_self.valid_write_buffer() and w_self.write_pos != w_self.write_end:
        rewind = w_self.raw_offset() + (w_self.pos - w_self.write_pos)
        if rewind != 0:
            _raw_seek(w_self, -rewind, 1)
            w_self.raw_pos -= rewind
        view = memoryview(w_self.buffer)
        while w_self.write_pos < w_self.write_end:
            n = _raw_write(w_self, view[w_self.write_pos:w_self.write_end])
            if n == -2:
                raise _blocking_error(0, w_self)
            w_self.write_pos += n
            w_self.raw_pos = w_self.write_pos
    w_self.reset_write_buf()


def _flush_and_rewind(w_self):
    _flush_unlocked(w_self)
    if w_self.readable:
        # put the raw stream back at the logical position
        try:
            _raw_seek(w_self, -w_self.raw_offset(), 1)
        finally:
            w_self.reset_read_buf()


def buffered_flush(w_self):
    """Flush the write buffer (BufferedWriter, BufferedRandom)."""
    _check_initialized(w_self)
    _check_closed(w_self, "flush of closed file")
    _flush_and_rewind(w_self)
    return None


def _simple_flush(w_self):
    """BufferedReader.flush(): the raw stream's flush()."""
    _check_initialized(w_self)
    return space.call_method(w_self.w_raw, "flush")


def flush_builtin(w_self):
    """flush() of a built-in buffered type: BufferedReader's is the raw stream's."""
    if w_self.writable:
        return buffered_flush(w_self)
    return _simple_flush(w_self)


def _flush_self(w_self):
    if space.type(w_self) in ALL_BUFFERED:
        return flush_builtin(w_self)
    return space.call_method(w_self, "flush")


# -- reading ---------------------------------------------------------------------------------
def _fill_buffer(w_self):
    start = w_self.read_end if w_self.valid_read_buffer() else 0
    n = _raw_read(w_self, memoryview(w_self.buffer)[start:])
    if n <= 0:
        return n
    w_self.read_end = start + n
    w_self.raw_pos = start + n
    return n


def _read_fast(w_self, n):
    """n bytes from the buffer, or None if it does not hold that many."""
    if n <= w_self.readahead():
        pos = w_self.pos
        w_self.pos = pos + n
        return bytes(w_self.buffer[pos:pos + n])
    return None


def _read_all(w_self):
    current_size = w_self.readahead()
    data = None
    if current_size:
        data = bytes(w_self.buffer[w_self.pos:w_self.pos + current_size])
        w_self.pos += current_size
    if w_self.writable:
        _flush_and_rewind(w_self)
    w_self.reset_read_buf()
    if w_self.direct:
        w_readall = True
    else:
        w_readall = space.findattr(w_self.w_raw, "readall")
    if w_readall is not None:
        if w_self.direct:
            w_tmp = fileio.fileio_readall(w_self.w_raw)
        else:
            w_tmp = space.call(w_readall, [])
        if w_tmp is not None and type(w_tmp) is not bytes:
            raise space.type_error("readall() should return bytes")
        if current_size == 0:
            return w_tmp
        return data + w_tmp if w_tmp is not None else data
    chunks = []
    while True:
        if data:
            chunks.append(data)
            data = None
        w_data = space.call_method(w_self.w_raw, "read")
        if w_data is not None and type(w_data) is not bytes:
            raise space.type_error("read() should return bytes")
        if w_data is None or len(w_data) == 0:
            if current_size == 0:
                return w_data
            return b"".join(chunks)
        data = w_data
        current_size += len(w_data)
        if w_self.abs_pos != -1:
            w_self.abs_pos += len(w_data)


def _read_generic(w_self, n):
    current_size = w_self.readahead()
    if n <= current_size:
        return _read_fast(w_self, n)
    out = bytearray(n)
    view = memoryview(out)
    remaining = n
    written = 0
    if current_size > 0:
        out[:current_size] = w_self.buffer[w_self.pos:w_self.pos + current_size]
        remaining -= current_size
        written += current_size
        w_self.pos += current_size
    if w_self.writable:
        _flush_and_rewind(w_self)
    w_self.reset_read_buf()
    while remaining > 0:
        # read whole blocks straight into the result, the tail through the buffer
        r = w_self.minus_last_block(remaining)
        if r == 0:
            break
        r = _raw_read(w_self, view[written:written + r])
        if r == 0 or r == -2:               # end of file, or it would block
            if r == 0 or written > 0:
                return bytes(out[:written])
            return None
        remaining -= r
        written += r
    w_self.pos = 0
    w_self.raw_pos = 0
    w_self.read_end = 0
    while remaining > 0 and w_self.read_end < w_self.buffer_size:
        r = _fill_buffer(w_self)
        if r == 0 or r == -2:
            if r == 0 or written > 0:
                return bytes(out[:written])
            return None
        take = min(r, remaining)
        out[written:written + take] = w_self.buffer[w_self.pos:w_self.pos + take]
        written += take
        w_self.pos += take
        remaining -= take
    return bytes(out)


def _peek_unlocked(w_self):
    have = w_self.readahead()
    if have > 0:
        return bytes(w_self.buffer[w_self.pos:w_self.pos + have])
    w_self.reset_read_buf()
    r = _fill_buffer(w_self)
    if r == -2:
        r = 0
    w_self.pos = 0
    return bytes(w_self.buffer[:r])


def buffered_peek(w_self, w_size=0):
    """Return buffered bytes without advancing the position."""
    space.index(w_size)
    _check_initialized(w_self)
    _check_closed(w_self, "peek of closed file")
    if w_self.writable:
        _flush_and_rewind(w_self)
    return _peek_unlocked(w_self)


def buffered_read(w_self, w_size=-1):
    """Read and return up to n bytes."""
    n = size_argument(w_size)
    _check_initialized(w_self)
    if n < -1:
        raise space.value_error("read length must be non-negative or -1")
    _check_closed(w_self, "read of closed file")
    if n == -1:
        return _read_all(w_self)
    result = _read_fast(w_self, n)
    if result is not None:
        return result
    return _read_generic(w_self, n)


def buffered_read1(w_self, w_size=-1):
    """Read and return up to size bytes, with at most one read() call to the underlying
    raw stream."""
    n = space.index(w_size)
    _check_initialized(w_self)
    if n < 0:
        n = w_self.buffer_size
    _check_closed(w_self, "read of closed file")
    if n == 0:
        return b""
    have = w_self.readahead()
    if have > 0:
        return _read_fast(w_self, min(have, n))
    out = bytearray(n)
    w_self.reset_read_buf()
    r = _raw_read(w_self, memoryview(out))
    if r == -2:
        r = 0
    return bytes(out[:r])


def _readinto_generic(w_self, w_buffer, readinto1):
    target = writable_view(w_buffer)
    _check_initialized(w_self)
    _check_closed(w_self, "readinto of closed file")
    length = len(target)
    written = 0
    n = w_self.readahead()
    if n > 0:
        if n >= length:
            target[:] = w_self.buffer[w_self.pos:w_self.pos + length]
            w_self.pos += length
            return length
        target[:n] = w_self.buffer[w_self.pos:w_self.pos + n]
        w_self.pos += n
        written = n
    if w_self.writable:
        _flush_and_rewind(w_self)
    w_self.reset_read_buf()
    w_self.pos = 0
    remaining = length - written
    while remaining > 0:
        if remaining > w_self.buffer_size:
            # larger than the buffer: straight into the caller's buffer
            n = _raw_read(w_self, target[written:written + remaining])
        elif not (readinto1 and written):
            # in readinto1 mode, fill the buffer only if nothing was read yet
            n = _fill_buffer(w_self)
            if n > 0:
                n = min(n, remaining)
                target[written:written + n] = w_self.buffer[w_self.pos:w_self.pos + n]
                w_self.pos += n
                written += n
                remaining -= n
                continue
        else:
            n = 0
        if n == 0 or (n == -2 and written > 0):
            break
        if n == -2:
            return None
        if readinto1:                       # at most one raw read
            written += n
            break
        written += n
        remaining -= n
    return written


def buffered_readinto(w_self, w_buffer):
    return _readinto_generic(w_self, w_buffer, False)


def buffered_readinto1(w_self, w_buffer):
    return _readinto_generic(w_self, w_buffer, True)


def _readline(w_self, limit):
    """CPython's _buffered_readline."""
    _check_closed(w_self, "readline of closed file")
    buffer = w_self.buffer
    n = w_self.readahead()
    if 0 <= limit < n:
        n = limit
    start = w_self.pos
    found = buffer.find(b"\n", start, start + n)
    if found >= 0:
        w_self.pos = found + 1
        return bytes(buffer[start:found + 1])
    if n == limit:
        w_self.pos += n
        return bytes(buffer[start:start + n])
    chunks = []
    if n > 0:
        chunks.append(bytes(buffer[start:start + n]))
        w_self.pos += n
        if limit >= 0:
            limit -= n
    if w_self.writable:
        _flush_and_rewind(w_self)
    while True:
        w_self.reset_read_buf()
        n = _fill_buffer(w_self)
        if n <= 0:
            break
        if 0 <= limit < n:
            n = limit
        buffer = w_self.buffer
        found = buffer.find(b"\n", 0, n)
        if found >= 0:
            chunks.append(bytes(buffer[:found + 1]))
            w_self.pos = found + 1
            break
        if n == limit:
            chunks.append(bytes(buffer[:n]))
            w_self.pos = n
            break
        chunks.append(bytes(buffer[:n]))
        if limit >= 0:
            limit -= n
    return b"".join(chunks)


def buffered_readline(w_self, w_size=-1):
    """Read and return a line from the stream."""
    limit = size_argument(w_size)
    _check_initialized(w_self)
    return _readline(w_self, limit)


def _next(w_self):
    _check_initialized(w_self)
    if space.type(w_self) in (w_reader_type, w_random_type):
        line = _readline(w_self, -1)
    else:
        line = space.call_method(w_self, "readline")
        if type(line) is not bytes:
            raise space.error(space.builtin_exception("OSError"),
                              "readline() should have returned a bytes object, not '%s'"
                              % type_display_name(line))
    if not line:
        raise space.error(space.builtin_exception("StopIteration"))
    return line


# -- writing ---------------------------------------------------------------------------------
def buffered_write(w_self, w_data):
    """Write the given buffer to the IO stream."""
    if type(w_data) is bytes:
        data = w_data
    else:
        data = host_buffer(w_data)
        if data is None or isinstance(w_data, str):
            raise space.type_error("a bytes-like object is required, not '%s'"
                                   % type_display_name(w_data))
        data = memoryview(data).cast("B") if isinstance(data, memoryview) else data
    _check_initialized(w_self)
    if _is_closed(w_self):
        raise space.value_error("write to closed file")
    length = len(data)
    buffer = w_self.buffer
    if not w_self.valid_read_buffer() and not w_self.valid_write_buffer():
        w_self.pos = 0
        w_self.raw_pos = 0
    avail = w_self.buffer_size - w_self.pos
    if length <= avail:                     # fast path: everything fits in the buffer
        pos = w_self.pos
        buffer[pos:pos + length] = data
        if not w_self.valid_write_buffer() or w_self.write_pos > pos:
            w_self.write_pos = pos
        w_self.adjust_position(pos + length)
        if w_self.pos > w_self.write_end:
            w_self.write_end = w_self.pos
        return length
    try:
        _flush_unlocked(w_self)             # first write the current buffer
    except OperationError as e:
        if not e.match(space.builtin_exception("BlockingIOError")):
            raise
        if w_self.readable:
            w_self.reset_read_buf()
        # make some room by shifting the buffer
        dirty = buffer[w_self.write_pos:w_self.write_end]
        buffer[:len(dirty)] = dirty
        w_self.write_end -= w_self.write_pos
        w_self.raw_pos -= w_self.write_pos
        w_self.pos -= w_self.write_pos
        w_self.write_pos = 0
        avail = w_self.buffer_size - w_self.write_end
        if length <= avail:
            buffer[w_self.write_end:w_self.write_end + length] = data
            w_self.write_end += length
            w_self.pos += length
            return length
        buffer[w_self.write_end:w_self.write_end + avail] = data[:avail]
        w_self.write_end += avail
        w_self.pos += avail
        raise _blocking_error(avail, w_self)
    offset = w_self.raw_offset()
    if offset != 0:
        # the read buffer was filled but not changed: the raw stream is ahead
        _raw_seek(w_self, -offset, 1)
        w_self.raw_pos -= offset
    view = memoryview(data)
    remaining = length
    written = 0
    while remaining > w_self.buffer_size:
        n = _raw_write(w_self, view[written:])
        if n == -2:
            # non-blocking raw stream: buffer as much as possible
            buffer[:] = view[written:written + w_self.buffer_size]
            w_self.raw_pos = 0
            w_self.adjust_position(w_self.buffer_size)
            w_self.write_end = w_self.buffer_size
            written += w_self.buffer_size
            raise _blocking_error(written, w_self)
        written += n
        remaining -= n
    if w_self.readable:
        w_self.reset_read_buf()
    if remaining > 0:
        buffer[:remaining] = view[written:written + remaining]
        written += remaining
    w_self.write_pos = 0
    w_self.write_end = remaining
    w_self.adjust_position(remaining)
    w_self.raw_pos = 0
    return written


# -- positioning -----------------------------------------------------------------------------
def buffered_tell(w_self):
    _check_initialized(w_self)
    return _raw_tell(w_self) - w_self.raw_offset()


def buffered_seek(w_self, w_target, whence=0):
    """Change the stream position to the given byte offset."""
    whence = space.index(whence)
    _check_initialized(w_self)
    if not 0 <= whence <= 2 and whence not in (_SEEK_DATA, _SEEK_HOLE):
        raise space.value_error("whence value %d unsupported" % whence)
    _check_closed(w_self, "seek of closed file")
    require_true(w_self.w_raw, "seekable", "File or stream is not seekable.")
    target = space.index(w_target)
    if whence in (0, 1) and w_self.readable:
        # a seek inside the buffer needs no raw call
        current = _raw_tell_cached(w_self)
        avail = w_self.readahead()
        if avail > 0:
            offset = target - (current - w_self.raw_offset()) if whence == 0 else target
            if -w_self.pos <= offset <= avail:
                w_self.pos += offset
                return current - avail + offset
    if w_self.writable:
        _flush_unlocked(w_self)
    if whence == 1:
        target -= w_self.raw_offset()
    n = _raw_seek(w_self, target, whence)
    w_self.raw_pos = -1
    if w_self.readable:
        w_self.reset_read_buf()
    return n


def buffered_truncate(w_self, w_pos=None):
    """Truncate file to size bytes (default: the current position)."""
    _check_initialized(w_self)
    _check_closed(w_self, "truncate of closed file")
    if not w_self.writable:
        raise unsupported("truncate")
    _flush_and_rewind(w_self)
    w_result = space.call_method(w_self.w_raw, "truncate", w_pos)
    try:
        _raw_tell(w_self)                   # the cached position may have changed
    except OperationError:
        pass
    return w_result


# -- closing and the rest --------------------------------------------------------------------
def buffered_close(w_self):
    _check_initialized(w_self)
    if _raw_closed(w_self):
        return None
    error = None
    try:
        _flush_self(w_self)
    except OperationError as e:
        error = e
    try:
        space.call_method(w_self.w_raw, "close")
    except OperationError as e:
        if error is not None:
            e.w_value.w_context = error.w_value
        raise
    finally:
        w_self.buffer = None
        w_self.read_end = 0
        w_self.pos = 0
    if error is not None:
        raise error
    return None


def buffered_detach(w_self):
    """Disconnect this buffer from its underlying raw stream and return it."""
    _check_initialized(w_self)
    _flush_self(w_self)
    w_raw = w_self.w_raw
    w_self.w_raw = None
    w_self.direct = w_self.fast_closed_checks = False
    w_self.detached = True
    w_self.ok = False
    return w_raw


def _raw_method(name):
    def call(w_self):
        _check_initialized(w_self)
        return space.call_method(w_self.w_raw, name)
    call.__name__ = name
    return call


def _raw_attribute(name):
    def get(w_self):
        _check_initialized(w_self)
        return space.getattr(w_self.w_raw, name)
    get.__name__ = name
    return get


def buffered_repr(w_self):
    type_name = type_display_name(w_self)
    try:
        w_name = space.getattr(w_self, "name")
    except OperationError as e:
        if not (e.match(space.builtin_exception("AttributeError")) or
                e.match(space.builtin_exception("ValueError"))):
            raise
        return "<%s>" % type_name
    return "<%s name=%s>" % (type_name, space.repr(w_name))


def buffered_dealloc_warn(w_self, w_source):
    if w_self.ok and w_self.w_raw is not None:
        try:
            space.call_method(w_self.w_raw, "_dealloc_warn", w_source)
        except OperationError:
            pass
    return None


def refuse_pickling(w_self, *args_w):
    raise space.type_error("cannot pickle '%s' instances" % space.type(w_self).name)


def _set_finalizing(w_self, w_value):
    w_self.finalizing = space.is_true(w_value)


def _install(w_type, names):
    functions = {
        "close": buffered_close, "detach": buffered_detach, "seek": buffered_seek,
        "tell": buffered_tell, "truncate": buffered_truncate, "__repr__": buffered_repr,
        "read": buffered_read, "read1": buffered_read1, "peek": buffered_peek,
        "readinto": buffered_readinto, "readinto1": buffered_readinto1,
        "readline": buffered_readline, "__next__": _next, "write": buffered_write,
        "_dealloc_warn": buffered_dealloc_warn, "__reduce_ex__": refuse_pickling,
        "__reduce__": refuse_pickling,
        "__sizeof__": lambda w_self: 112 + (w_self.buffer_size if w_self.buffer is not None
                                            else 0)}
    for name in ("seekable", "readable", "writable", "fileno", "isatty"):
        functions[name] = _raw_method(name)
    for name in names:
        method(w_type, name)(functions[name])
    getset(w_type, "raw")(lambda w_self: w_self.w_raw)
    getset(w_type, "_finalizing", setter=_set_finalizing)(lambda w_self: w_self.finalizing)
    getset(w_type, "closed")(_raw_attribute("closed"))
    getset(w_type, "name")(_raw_attribute("name"))
    getset(w_type, "mode")(_raw_attribute("mode"))


_COMMON = ("close", "detach", "seekable", "fileno", "isatty", "_dealloc_warn", "seek", "tell",
           "truncate", "__sizeof__", "__repr__", "__reduce_ex__", "__reduce__")
_READING = ("readable", "read", "peek", "read1", "readinto", "readinto1", "readline",
            "__next__")
_install(w_reader_type, _COMMON + _READING)
method(w_reader_type, "flush")(_simple_flush)
_install(w_writer_type, _COMMON + ("writable", "write"))
method(w_writer_type, "flush")(buffered_flush)
_install(w_random_type, _COMMON + _READING + ("writable", "write"))
method(w_random_type, "flush")(buffered_flush)
