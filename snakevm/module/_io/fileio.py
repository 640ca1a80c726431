"""FileIO: raw binary I/O on an operating-system file descriptor.

The one place the io stack reaches the host's files: os.open, os.read,
os.write, os.lseek, os.fstat, os.ftruncate, os.close on an integer file
descriptor, each a blocking host call behind the bridge (host OSErrors become
guest OSErrors; a signal handler may interrupt a blocked read).  Everything
above it -- buffering, decoding, newlines -- is snakevm's own code."""

import errno
import os
import stat

from snakevm import limits, sandbox
from snakevm.objspace.root import OperationError
from snakevm.objspace.space import space
from snakevm.objspace.typedef import builtin_type, method, getset
from snakevm.objspace.bridge import call_host_converted, host_buffer, to_host
from snakevm.module._io import finalize
from snakevm.module._io.iobase import (W_IOBase, w_rawiobase_type, io_new, unsupported,
                                       DEFAULT_BUFFER_SIZE, iobase_close)


def host_call(func, *args):
    """A host os call for the guest: blocking-aware, OSError becomes the guest's."""
    return call_host_converted(func, args, result=_same)


def _same(value):
    return value


class W_FileIO(W_IOBase):
    def __del__(self):
        # dropped by the program: CPython's dealloc closes the descriptor
        if self.fd >= 0 and self.closefd and self.w_type is w_fileio_type:
            finalize.release(lambda: _internal_close(self))

    def __init__(self, w_type=None):
        W_IOBase.__init__(self, w_type)
        self.fd = -1
        self.created = self.readable = self.writable = self.appending = False
        self.seekable = None        # unknown until asked
        self.closefd = True
        self.blksize = DEFAULT_BUFFER_SIZE

    def is_open(self):
        return self.fd >= 0


w_fileio_type = builtin_type("FileIO", [w_rawiobase_type], instance_class=W_FileIO,
                             module="_io", has_dict=True)
w_fileio_type.dict_w["__doc__"] = (
    "Open a file.\n\nThe mode can be 'r' (default), 'w', 'x' or 'a' for reading,\nwriting, "
    "exclusive creation or appending.  The file will be created if it\ndoesn't exist when "
    "opened for writing or appending; it will be truncated\nwhen opened for writing.  A "
    "FileExistsError will be raised if it already\nexists when opened for creating. Opening "
    "a file for creating implies\nwriting so this mode behaves in a similar way to 'w'.Add a "
    "'+' to the mode\nto allow simultaneous reading and writing. A custom opener can be used "
    "by\npassing a callable as *opener*. The underlying file descriptor for the file\nobject "
    "is then obtained by calling opener with (*name*, *flags*).\n*opener* must return an open "
    "file descriptor (passing os.open as *opener*\nresults in functionality similar to "
    "passing None).")
io_new(w_fileio_type, W_FileIO)


def parse_mode(mode):
    """(created, readable, writable, appending, flags) for a FileIO mode string."""
    rwa = plus = False
    created = readable = writable = appending = False
    seen = set()
    for char in mode:
        if char in seen or char not in "xrwab+":
            if char not in "xrwab+":
                raise space.value_error("invalid mode: %.200s" % mode)
            raise _bad_mode()
        seen.add(char)
        if char in "xrwa":
            if rwa:
                raise _bad_mode()
            rwa = True
            created, readable, writable, appending = (
                char == "x", char == "r", char in "wxa", char == "a")
        elif char == "+":
            plus = True
    if not rwa:
        raise _bad_mode()
    flags = 0
    if created:
        flags |= os.O_EXCL | os.O_CREAT
    if readable and not plus:
        flags |= os.O_RDONLY
    if writable and not created:
        flags |= os.O_CREAT | (os.O_APPEND if appending else os.O_TRUNC)
    if plus:
        readable = writable = True
        flags |= os.O_RDWR
    elif writable:
        flags |= os.O_WRONLY
    return created, readable, writable, appending, flags | getattr(os, "O_CLOEXEC", 0)


def _bad_mode():
    return space.value_error("Must have exactly one of create/read/write/append mode and at "
                             "most one plus")


@method(w_fileio_type, "__init__", keywords=True)
def fileio_init(w_self, w_file, mode="r", closefd=True, w_opener=None):
    if w_self.fd >= 0:
        if w_self.closefd:
            _internal_close(w_self)
        else:
            w_self.fd = -1
    if not isinstance(mode, str):
        raise space.type_error("FileIO() argument 'mode' must be str, not %s"
                               % space.type(mode).name)
    fd = -1
    path = None
    if isinstance(w_file, int) or (not isinstance(w_file, (str, bytes)) and
                                   space.type(w_file).lookup("__index__") is not None):
        fd = space.index(w_file)
        if not -2 ** 31 <= fd < 2 ** 31:    # not a C int: CPython tries it as a path
            fd, path = -1, _fspath(w_file)
        elif fd < 0:
            raise space.value_error("negative file descriptor")
    else:
        path = _fspath(w_file)
    created, readable, writable, appending, flags = parse_mode(mode)
    w_self.created, w_self.readable, w_self.writable, w_self.appending = (
        created, readable, writable, appending)
    closefd = space.is_true(closefd)
    refusal = sandbox.open_refusal(path, fd, writable or created or appending, closefd)
    if refusal is not None:
        raise OperationError(space.call(space.builtin_exception("PermissionError"),
                                        sandbox.refusal_args(refusal)))
    if fd >= 0:
        w_self.closefd = closefd
    else:
        w_self.closefd = True
        if not closefd:
            raise space.value_error("Cannot use closefd=False with file name")
        if w_opener is None:
            fd = host_call(os.open, path, flags, 0o666)
        else:
            w_fd = space.call(w_opener, [w_file, flags])
            if not isinstance(w_fd, int):
                raise space.type_error("expected integer from opener")
            fd = w_fd
            if fd < 0:
                raise space.value_error("opener returned %d" % fd)
    w_self.fd = fd
    try:
        st = host_call(os.fstat, fd)
    except OperationError as e:
        if not e.match(space.builtin_exception("OSError")) or \
                space.getattr(e.w_value, "errno") != errno.EBADF:
            raise
        st = None
    if st is not None:
        if stat.S_ISDIR(st.st_mode):
            if path is not None:
                host_call(os.close, fd)
            w_self.fd = -1
            raise OperationError(space.call(space.builtin_exception("OSError"), [
                errno.EISDIR, os.strerror(errno.EISDIR), w_file]))
        if st.st_blksize > 1:
            w_self.blksize = st.st_blksize
    elif path is None:
        w_self.fd = -1
        raise OperationError(space.call(space.builtin_exception("OSError"), [
            errno.EBADF, os.strerror(errno.EBADF)]))
    space.setattr(w_self, "name", w_file)
    finalize.track(w_self)
    if appending:
        try:
            host_call(os.lseek, fd, 0, os.SEEK_END)
        except OperationError:
            pass
    return None


def _fspath(w_file):
    """str/bytes/os.PathLike -> host str or bytes, with CPython's messages."""
    if isinstance(w_file, (str, bytes)):
        value = w_file
    else:
        value = to_host(w_file)
        if not isinstance(value, (str, bytes)):
            w_fspath = space.type(w_file).lookup("__fspath__")
            if w_fspath is None:
                raise space.type_error("expected str, bytes or os.PathLike object, not %s"
                                       % space.type(w_file).name)
            w_value = space.call(space.get(w_fspath, w_file), [])
            value = to_host(w_value)
            if not isinstance(value, (str, bytes)):
                raise space.type_error("expected %s.__fspath__() to return str or bytes, "
                                       "not %s" % (space.type(w_file).name,
                                                   space.type(w_value).name))
    if ("\0" if isinstance(value, str) else b"\0") in value:
        raise space.value_error("embedded null byte")
    return value


def _check_open(w_self):
    if w_self.fd < 0:
        raise space.value_error("I/O operation on closed file")


def _check_readable(w_self):
    _check_open(w_self)
    if not w_self.readable:
        raise unsupported("File not open for reading")


def _check_writable(w_self):
    _check_open(w_self)
    if not w_self.writable:
        raise unsupported("File not open for writing")


def _blocking_none(func, *args):
    """A read/write that returns None instead of raising EAGAIN (non-blocking fds)."""
    try:
        return host_call(func, *args)
    except OperationError as e:
        if e.match(space.builtin_exception("BlockingIOError")):
            return None
        raise


@method(w_fileio_type, "read")
def fileio_read(w_self, w_size=-1):
    """Read at most size bytes, returned as bytes."""
    _check_readable(w_self)
    size = _size(w_size)
    if size < 0:
        return fileio_readall(w_self)
    return _blocking_none(os.read, w_self.fd, size)


def _size(w_size):
    if w_size is None:
        return -1
    if isinstance(w_size, int):
        return w_size
    if space.type(w_size).lookup("__index__") is None:
        raise space.type_error("argument should be integer or None, not '%s'"
                               % space.type(w_size).name)
    return space.index(w_size)


@method(w_fileio_type, "readall")
def fileio_readall(w_self):
    """Read all data from the file, returned as bytes."""
    _check_open(w_self)
    chunks = []
    total = 0
    try:
        end = host_call(os.fstat, w_self.fd).st_size
        pos = host_call(os.lseek, w_self.fd, 0, os.SEEK_CUR)
        bufsize = end - pos + 1 if end >= pos >= 0 else DEFAULT_BUFFER_SIZE
    except OperationError:
        bufsize = DEFAULT_BUFFER_SIZE
    while True:
        data = _blocking_none(os.read, w_self.fd, max(bufsize, DEFAULT_BUFFER_SIZE))
        if data is None:
            if not chunks:
                return None
            break
        if not data:
            break
        chunks.append(data)
        total += len(data)
        bufsize = max(total, DEFAULT_BUFFER_SIZE)
    return b"".join(chunks)


@method(w_fileio_type, "readinto")
def fileio_readinto(w_self, w_buffer):
    """Same as RawIOBase.readinto()."""
    return readinto_host(w_self, writable_view(w_buffer))


def readinto_host(w_self, target):
    """readinto() of a host memoryview (format 'B'): the byte count, or None if the
    descriptor is non-blocking and has no data."""
    _check_readable(w_self)
    data = _blocking_none(os.read, w_self.fd, len(target))
    if data is None:
        return None
    target[:len(data)] = data
    return len(data)


def writable_view(w_buffer):
    view = host_buffer(w_buffer)
    if view is None or isinstance(view, bytes) or (isinstance(view, memoryview)
                                                   and view.readonly):
        raise space.type_error("readinto() argument must be read-write bytes-like object, "
                               "not %s" % space.type(w_buffer).name)
    return memoryview(view).cast("B") if not isinstance(view, memoryview) or \
        view.format != "B" or view.ndim != 1 else view


@method(w_fileio_type, "write")
def fileio_write(w_self, w_data):
    """Write buffer b to file, return number of bytes written."""
    data = host_buffer(w_data)
    if data is None or isinstance(w_data, str):
        raise space.type_error("a bytes-like object is required, not '%s'"
                               % space.type(w_data).name)
    return write_host(w_self, data)


def write_host(w_self, data):
    """write() of host bytes or memoryview: the byte count, or None (would block)."""
    _check_writable(w_self)
    return _write(w_self, data)


_STANDARD_OUTPUT_FDS = (1, 2)


def _write(w_self, data):
    """os.write, counted against the output limit (snakevm/limits.py) for the
    standard output and error descriptors: what fits is written, then the limit
    is exceeded."""
    enforcer = limits.active
    if enforcer is None or enforcer.limits.output is None or \
            w_self.fd not in _STANDARD_OUTPUT_FDS:
        return _blocking_none(os.write, w_self.fd, data)
    view = memoryview(data).cast("B")
    wanted = len(view)
    allowed = enforcer.allow_output(wanted)
    written = _blocking_none(os.write, w_self.fd, view[:allowed]) if allowed else 0
    enforcer.wrote_output(written or 0, cut=allowed < wanted)
    return written


@method(w_fileio_type, "seek")
def fileio_seek(w_self, w_pos, whence=0):
    """Move to new file position and return the file position."""
    _check_open(w_self)
    if isinstance(w_pos, float):
        raise space.type_error("an integer is required")
    pos = space.index(w_pos)
    return host_call(os.lseek, w_self.fd, pos, space.index(whence))


@method(w_fileio_type, "tell")
def fileio_tell(w_self):
    """Current file position."""
    _check_open(w_self)
    return host_call(os.lseek, w_self.fd, 0, os.SEEK_CUR)


@method(w_fileio_type, "truncate")
def fileio_truncate(w_self, w_size=None):
    """Truncate the file to at most size bytes and return the truncated size."""
    _check_open(w_self)
    if not w_self.writable:
        raise unsupported("File not open for writing")
    size = host_call(os.lseek, w_self.fd, 0, os.SEEK_CUR) if w_size is None \
        else space.index(w_size)
    host_call(os.ftruncate, w_self.fd, size)
    return size


@method(w_fileio_type, "readable")
def fileio_readable(w_self):
    """True if file was opened in a read mode."""
    _check_open(w_self)
    return w_self.readable


@method(w_fileio_type, "writable")
def fileio_writable(w_self):
    """True if file was opened in a write mode."""
    _check_open(w_self)
    return w_self.writable


@method(w_fileio_type, "seekable")
def fileio_seekable(w_self):
    """True if file supports random-access."""
    _check_open(w_self)
    if w_self.seekable is None:
        try:
            os.lseek(w_self.fd, 0, os.SEEK_CUR)
            w_self.seekable = True
        except OSError:
            w_self.seekable = False
    return w_self.seekable


@method(w_fileio_type, "fileno")
def fileio_fileno(w_self):
    """Return the underlying file descriptor (an integer)."""
    _check_open(w_self)
    return w_self.fd


@method(w_fileio_type, "isatty")
def fileio_isatty(w_self):
    """True if the file is connected to a TTY device."""
    _check_open(w_self)
    return host_call(os.isatty, w_self.fd)


@method(w_fileio_type, "close")
def fileio_close(w_self):
    """Close the file."""
    try:
        iobase_close(w_self)
    except OperationError:
        if w_self.closefd and w_self.fd >= 0:
            _internal_close(w_self)
        else:
            w_self.fd = -1
        raise
    if not w_self.closefd:
        w_self.fd = -1
        return None
    if w_self.fd >= 0:
        _internal_close(w_self)
    return None


def _internal_close(w_self):
    fd, w_self.fd = w_self.fd, -1
    host_call(os.close, fd)


@method(w_fileio_type, "_dealloc_warn")
def fileio_dealloc_warn(w_self, w_source):
    return None


@method(w_fileio_type, "__reduce__")
@method(w_fileio_type, "__reduce_ex__")
def fileio_refuse_pickling(w_self, *args_w):
    raise space.type_error("cannot pickle '%s' instances" % space.type(w_self).name)


@getset(w_fileio_type, "closed")
def fileio_closed(w_self):
    return w_self.fd < 0


@getset(w_fileio_type, "closefd")
def fileio_closefd(w_self):
    return w_self.closefd


@getset(w_fileio_type, "_blksize")
def fileio_blksize(w_self):
    return w_self.blksize


@getset(w_fileio_type, "_finalizing")
def fileio_finalizing(w_self):
    return False


@getset(w_fileio_type, "mode")
def fileio_mode(w_self):
    if w_self.created:
        return "xb+" if w_self.readable else "xb"
    if w_self.appending:
        return "ab+" if w_self.readable else "ab"
    if w_self.readable:
        return "rb+" if w_self.writable else "rb"
    return "wb"


def type_display_name(w_obj):
    """CPython's tp_name: '_io.FileIO' for the built-in type, the class name for a
    guest subclass."""
    w_type = space.type(w_obj)
    if w_type.is_builtin and w_type.builtin_module != "builtins":
        return "%s.%s" % (w_type.builtin_module, w_type.name)
    return w_type.name


@method(w_fileio_type, "__repr__")
def fileio_repr(w_self):
    type_name = type_display_name(w_self)
    if w_self.fd < 0:
        return "<%s [closed]>" % type_name
    w_name = space.findattr(w_self, "name")
    closefd = "True" if w_self.closefd else "False"
    mode = fileio_mode(w_self)
    if w_name is None:
        return "<%s fd=%d mode='%s' closefd=%s>" % (type_name, w_self.fd, mode, closefd)
    return "<%s name=%s mode='%s' closefd=%s>" % (type_name, space.repr(w_name), mode, closefd)

