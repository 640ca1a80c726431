"""_io: snakevm's own io stack (interpreter level), the module Lib's io.py wraps.

    iobase.py     _IOBase, _RawIOBase, _BufferedIOBase, _TextIOBase, UnsupportedOperation
    fileio.py     FileIO: raw I/O on a host file descriptor (the only host contact)
    bytesio.py    BytesIO
    buffered.py   BufferedReader, BufferedWriter, BufferedRandom
    rwpair.py     BufferedRWPair
    textcodec.py  incremental codecs for text streams, IncrementalNewlineDecoder
    textio.py     TextIOWrapper
    textcookie.py TextIOWrapper's tell() cookies
    finalize.py   closing dropped files, and open ones at exit
    stringio.py   StringIO

This file has open(), open_code(), text_encoding() and the standard streams
(sys.stdin/stdout/stderr are TextIOWrapper(Buffered*(FileIO(fd))))."""

import codecs
import sys as host_sys

from snakevm import config as run_config
from snakevm.objspace.root import OperationError
from snakevm.objspace.space import space
from snakevm.objspace.bridge import to_host_arg
from snakevm.module.moduledef import ModuleDef, guest_warn
from snakevm.module._io.iobase import (DEFAULT_BUFFER_SIZE, unsupported_operation_type,
                                       w_iobase_type, w_rawiobase_type, w_bufferediobase_type,
                                       w_textiobase_type)
from snakevm.module._io.fileio import w_fileio_type, W_FileIO
from snakevm.module._io.bytesio import w_bytesio_type, w_bytesio_buffer_type
from snakevm.module._io.buffered import w_reader_type, w_writer_type, w_random_type
from snakevm.module._io.rwpair import w_rwpair_type
from snakevm.module._io.textio import w_textiowrapper_type, locale_encoding
from snakevm.module._io.textcodec import w_newline_decoder_type
from snakevm.module._io.stringio import w_stringio_type

# CPython's concrete io types reach the instance dict through _IOBase's __dict__
for _w_type in (w_fileio_type, w_bytesio_type, w_reader_type, w_writer_type, w_random_type,
                w_rwpair_type, w_textiowrapper_type, w_stringio_type):
    _w_type.dict_w.pop("__dict__", None)

_OPEN_DOC = "Open file and return a stream.  Raise OSError upon failure."


def io_open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None,
            closefd=True, opener=None):
    """Open file and return a stream.  Raise OSError upon failure."""
    if not isinstance(mode, str):
        raise space.type_error("open() argument 'mode' must be str, not %s"
                               % space.type(mode).name)
    buffering = space.index(buffering)
    for value, name in ((encoding, "encoding"), (errors, "errors"), (newline, "newline")):
        if value is not None and not isinstance(to_host_arg(value), str):
            raise space.type_error("open() argument '%s' must be str or None, not %s"
                                   % (name, space.type(value).name))
    flags = set()
    for char in mode:
        if char not in "rwxabt+" or char in flags:
            raise space.value_error("invalid mode: '%s'" % mode)
        flags.add(char)
    creating, reading, writing, appending, updating = (
        "x" in flags, "r" in flags, "w" in flags, "a" in flags, "+" in flags)
    text, binary = "t" in flags, "b" in flags
    if text and binary:
        raise space.value_error("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:       # none at all: FileIO says so
        raise space.value_error("must have exactly one of create/read/write/append mode")
    if binary and encoding is not None:
        raise space.value_error("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise space.value_error("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise space.value_error("binary mode doesn't take a newline argument")
    if binary and buffering == 1:
        guest_warn("line buffering (buffering=1) isn't supported in binary mode, the default "
                   "buffer size will be used", "RuntimeWarning")
    rawmode = ("x" if creating else "r" if reading else "w" if writing else
               "a" if appending else "") + ("+" if updating else "")
    w_raw = space.call(w_fileio_type, [file, rawmode, closefd], {"opener": opener})
    try:
        line_buffering = False
        if buffering == 1 or (buffering < 0 and space.is_true(
                space.call_method(w_raw, "isatty"))):
            buffering = -1
            line_buffering = True
        if buffering < 0:
            buffering = w_raw.blksize if isinstance(w_raw, W_FileIO) else DEFAULT_BUFFER_SIZE
            if buffering <= 1:
                buffering = DEFAULT_BUFFER_SIZE
        if buffering == 0:
            if binary:
                return w_raw
            raise space.value_error("can't have unbuffered text I/O")
        if updating:
            w_buffer_type = w_random_type
        elif creating or writing or appending:
            w_buffer_type = w_writer_type
        else:
            w_buffer_type = w_reader_type
        w_buffer = space.call(w_buffer_type, [w_raw, buffering])
        if binary:
            return w_buffer
        w_wrapper = space.call(w_textiowrapper_type, [w_buffer, encoding, errors, newline,
                                                      line_buffering])
        space.setattr(w_wrapper, "mode", mode)
        return w_wrapper
    except OperationError:
        try:
            space.call_method(w_raw, "close")
        except OperationError:
            pass
        raise


def io_open_code(path):
    """Opens the provided file with the intent to import the contents."""
    if not isinstance(to_host_arg(path), str):
        raise space.type_error("open_code() argument 'path' must be str, not %s"
                               % space.type(path).name)
    return io_open(path, "rb")


def io_text_encoding(encoding, stacklevel=2):
    """A helper function to choose the text encoding."""
    if encoding is None:
        return "utf-8" if run_config.current.utf8_mode else "locale"
    return encoding


def make_module():
    m = ModuleDef("_io", doc="The io module provides the Python interfaces to stream "
                             "handling. The\nbuiltin open function is defined in this "
                             "module.\n")
    m.function(io_open, "open", keywords=True, doc=_OPEN_DOC)
    m.function(io_open_code, "open_code", keywords=True)
    m.function(io_text_encoding, "text_encoding")
    m.value("DEFAULT_BUFFER_SIZE", DEFAULT_BUFFER_SIZE)
    m.value("UnsupportedOperation", unsupported_operation_type())
    m.value("BlockingIOError", space.builtin_exception("BlockingIOError"))
    for w_type in (w_iobase_type, w_rawiobase_type, w_bufferediobase_type, w_textiobase_type,
                   w_fileio_type, w_bytesio_type, w_reader_type, w_writer_type, w_random_type,
                   w_rwpair_type, w_textiowrapper_type, w_newline_decoder_type,
                   w_stringio_type, w_bytesio_buffer_type):
        m.type(w_type)
    return m.w_module


# -- the standard streams --------------------------------------------------------------------
def std_stream(fd, writing, name):
    """sys.stdin/stdout/stderr over file descriptor ``fd`` the way CPython's
    create_stdio() makes them: a FileIO named "<name>", a Buffered* over it with the
    descriptor's block size (none for output when unbuffered: -u/PYTHONUNBUFFERED,
    which also sets write_through), line buffering on a terminal and for stderr, and
    newline "\n" (no translation either way)."""
    encoding, errors = _stdio_encoding(name)
    try:
        w_raw = space.call(w_fileio_type, [fd, "w" if writing else "r", False])
    except OperationError:
        return None                       # the descriptor is closed: sys.std* is None
    buffered_stdio = not run_config.current.unbuffered
    if not buffered_stdio and writing:
        w_buffer = w_raw
    else:
        size = w_raw.blksize if w_raw.blksize > 1 else DEFAULT_BUFFER_SIZE
        w_buffer = space.call(w_writer_type if writing else w_reader_type, [w_raw, size])
    space.setattr(w_raw, "name", "<%s>" % name)
    isatty = space.is_true(space.call_method(w_raw, "isatty"))
    line_buffering = buffered_stdio and (isatty or name == "stderr")
    w_stream = space.call(w_textiowrapper_type, [w_buffer, encoding, errors, "\n",
                                                 line_buffering, not buffered_stdio])
    space.setattr(w_stream, "mode", "w" if writing else "r")
    return w_stream


def _stdio_encoding(name):
    """The encoding and error handler CPython gives the stream: the host process runs
    in the same environment and applied the same rules (PYTHONIOENCODING, UTF-8 mode,
    the C locale's surrogateescape) to its own streams."""
    host_stream = getattr(host_sys, "__%s__" % name, None)
    if run_config.current.utf8_mode and not host_sys.flags.utf8_mode:
        return "utf-8", "backslashreplace" if name == "stderr" else "surrogateescape"
    if host_stream is not None and getattr(host_stream, "encoding", None):
        return host_stream.encoding, host_stream.errors
    return codecs.lookup(locale_encoding()).name, (
        "backslashreplace" if name == "stderr" else "strict")
