"""TextIOWrapper: a text stream over a buffered binary stream (CPython's
Modules/_io/textio.c).

Writing encodes (snakevm/module/_io/textcodec.py), translates "\\n" to the
stream's newline, collects the bytes and hands them to ``buffer.write`` when
a chunk is full, on a line end with line_buffering, or at once with
write_through.  Reading takes chunks from ``buffer.read1`` and decodes them,
with universal newlines through a NewlineDecoder.

tell() and seek() use CPython's opaque cookies: the byte position of a point
where the decoder state is known (a snapshot taken before each chunk), plus
the decoder flags, the bytes to feed and the characters to skip from there,
packed into one int: position | flags<<64 | bytes_to_feed<<128 |
chars_to_skip<<192 | need_eof<<256."""

import locale as host_locale
import os

from snakevm.objspace.root import OperationError
from snakevm.objspace.space import space
from snakevm.objspace.typedef import builtin_type, method, getset
from snakevm.objspace.bridge import to_host_arg, to_guest
from snakevm.module._io.iobase import (W_IOBase, w_textiobase_type, io_new, unsupported,
                                       closed_file_error, size_argument)
from snakevm.module._io.fileio import type_display_name
from snakevm.module._io.textcodec import (make_decoder, make_encoder, NewlineDecoder,
                                          check_text_encoding)
from snakevm.module._io import buffered as buffered_module

CHUNK_SIZE = 8192


class W_TextIOWrapper(W_IOBase):
    def __init__(self, w_type=None):
        W_IOBase.__init__(self, w_type)
        self.initialized = False
        self.detached = False
        self.w_buffer = None
        self.encoding = None
        self.errors = "strict"
        self.decoder = None                 # a NewlineDecoder or codec decoder
        self.encoder = None
        self.readuniversal = self.readtranslate = self.writetranslate = False
        self.readnl = None
        self.writenl = "\n"
        self.line_buffering = self.write_through = False
        self.seekable = self.telling = False
        self.has_read1 = False
        self.chunk_size = CHUNK_SIZE
        self.pending = []                   # encoded bytes not yet given to the buffer
        self.pending_bytes = 0
        self.decoded_chars = ""
        self.decoded_chars_used = 0
        self.snapshot = None                # (decoder flags, bytes fed since) or None
        self.b2cratio = 0.0
        self.direct_buffer = False          # the buffer is snakevm's own Buffered*


w_textiowrapper_type = builtin_type(
    "TextIOWrapper", [w_textiobase_type], instance_class=W_TextIOWrapper, module="_io",
    has_dict=True,
    doc="Character and line based layer over a BufferedIOBase object, buffer.")
io_new(w_textiowrapper_type, W_TextIOWrapper)


def locale_encoding():
    """The encoding used when none is given (CPython's locale encoding)."""
    getencoding = getattr(host_locale, "getencoding", None)
    return getencoding() if getencoding is not None else host_locale.getpreferredencoding(False)


def _str_or_none(w_value, name):
    if w_value is None:
        return None
    value = to_host_arg(w_value)
    if not isinstance(value, str):
        raise space.type_error("TextIOWrapper() argument '%s' must be str or None, not %s"
                               % (name, space.type(w_value).name))
    return value


def _check_newline(newline):
    if newline not in (None, "", "\n", "\r", "\r\n"):
        raise space.value_error("illegal newline value: %s" % newline)


@method(w_textiowrapper_type, "__init__", keywords=True)
def textio_init(w_self, buffer, encoding=None, errors=None, newline=None,
                line_buffering=False, write_through=False):
    w_self.initialized = False
    encoding = _str_or_none(encoding, "encoding")
    errors = _str_or_none(errors, "errors")
    newline = _str_or_none(newline, "newline")
    if encoding is not None and "\0" in encoding:
        raise space.value_error("embedded null character")
    if errors is not None and "\0" in errors:
        raise space.value_error("embedded null character")
    _check_newline(newline)
    if encoding is None or encoding == "locale":
        encoding = locale_encoding()
    check_text_encoding(encoding)
    w_self.w_buffer = buffer
    w_self.encoding = encoding
    w_self.errors = errors if errors is not None else "strict"
    w_self.detached = False
    _set_newline(w_self, newline)
    w_self.line_buffering = space.is_true(line_buffering)
    w_self.write_through = space.is_true(write_through)
    w_self.pending, w_self.pending_bytes = [], 0
    w_self.decoded_chars, w_self.decoded_chars_used = "", 0
    w_self.snapshot = None
    w_self.chunk_size = CHUNK_SIZE
    w_self.direct_buffer = isinstance(buffer, buffered_module.W_Buffered) and \
        space.type(buffer) in buffered_module.ALL_BUFFERED
    _make_codecs(w_self)
    w_self.seekable = w_self.telling = space.is_true(space.call_method(buffer, "seekable"))
    w_self.has_read1 = space.findattr(buffer, "read1") is not None
    if w_self.seekable and w_self.encoder is not None:
        position = space.call_method(buffer, "tell")
        if position != 0:
            w_self.encoder.setstate(0)
    w_self.initialized = True
    return None


def _set_newline(w_self, newline):
    w_self.readuniversal = newline is None or newline == ""
    w_self.readtranslate = newline is None
    w_self.readnl = newline
    w_self.writetranslate = newline != ""
    w_self.writenl = newline or os.linesep


def _make_codecs(w_self):
    w_buffer = w_self.w_buffer
    w_self.decoder = None
    w_self.encoder = None
    if space.is_true(space.call_method(w_buffer, "readable")):
        decoder = make_decoder(w_self.encoding, w_self.errors)
        if w_self.readuniversal:
            decoder = NewlineDecoder(decoder, w_self.readtranslate)
        w_self.decoder = decoder
    if space.is_true(space.call_method(w_buffer, "writable")):
        w_self.encoder = make_encoder(w_self.encoding, w_self.errors)


# -- checks ----------------------------------------------------------------------------------
def _check_attached(w_self):
    if not w_self.initialized:
        if w_self.detached:
            raise space.value_error("underlying buffer has been detached")
        raise space.value_error("I/O operation on uninitialized object")


def _closed(w_self):
    if w_self.direct_buffer:
        return w_self.w_buffer.raw.closed()
    return space.is_true(space.getattr(w_self.w_buffer, "closed"))


def _check_closed(w_self):
    _check_attached(w_self)
    if _closed(w_self):
        raise closed_file_error()


# -- writing ---------------------------------------------------------------------------------
def _flush_pending(w_self):
    if not w_self.pending:
        return
    data = b"".join(w_self.pending)
    w_self.pending, w_self.pending_bytes = [], 0
    if w_self.direct_buffer:
        buffered_module.buffered_write(w_self.w_buffer, data)
    else:
        space.call_method(w_self.w_buffer, "write", data)


@method(w_textiowrapper_type, "write")
def textio_write(w_self, w_text):
    """Write string s to stream."""
    _check_attached(w_self)
    text = w_text if type(w_text) is str else to_host_arg(w_text)
    if not isinstance(text, str):
        raise space.type_error("write() argument must be str, not %s"
                               % space.type(w_text).name)
    _check_closed(w_self)
    if w_self.encoder is None:
        raise unsupported("not writable")
    length = len(text)
    haslf = "\n" in text
    if haslf and w_self.writetranslate and w_self.writenl != "\n":
        text = text.replace("\n", w_self.writenl)
    needflush = w_self.line_buffering and (haslf or "\r" in text)
    data = w_self.encoder.encode(text)
    w_self.pending.append(data)
    w_self.pending_bytes += len(data)
    if w_self.pending_bytes >= w_self.chunk_size or needflush or w_self.write_through:
        _flush_pending(w_self)
    if needflush:
        space.call_method(w_self.w_buffer, "flush")
    if w_self.decoded_chars or w_self.snapshot is not None:
        _clear_decoded(w_self)
        w_self.snapshot = None
    if w_self.decoder is not None:
        w_self.decoder.reset()
    return length


# -- reading ---------------------------------------------------------------------------------
def _clear_decoded(w_self):
    w_self.decoded_chars, w_self.decoded_chars_used = "", 0


def _set_decoded(w_self, chars):
    w_self.decoded_chars, w_self.decoded_chars_used = chars, 0


def _take_decoded(w_self, n=None):
    offset = w_self.decoded_chars_used
    if n is None:
        chars = w_self.decoded_chars[offset:]
    else:
        chars = w_self.decoded_chars[offset:offset + n]
    w_self.decoded_chars_used += len(chars)
    return chars


def _check_readable(w_self):
    if w_self.decoder is None:
        raise unsupported("not readable")


def _read_chunk(w_self, size_hint=0):
    """Read and decode one chunk; False at end of file."""
    _check_readable(w_self)
    if w_self.telling:
        dec_buffer, dec_flags = w_self.decoder.getstate()
    size = max(w_self.chunk_size, size_hint)
    if w_self.direct_buffer and w_self.has_read1:
        data = buffered_module.buffered_read1(w_self.w_buffer, size)
    else:
        w_data = space.call_method(w_self.w_buffer, "read1" if w_self.has_read1 else "read",
                                   size)
        data = to_host_arg(w_data)
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise space.type_error("underlying %s() should have returned a bytes-like "
                                   "object, not '%s'" % ("read1" if w_self.has_read1 else
                                                         "read", space.type(w_data).name))
        data = bytes(data)
    eof = not data
    decoded = w_self.decoder.decode(data, eof)
    _set_decoded(w_self, decoded)
    w_self.b2cratio = len(data) / len(decoded) if decoded else 0.0
    if w_self.telling:
        w_self.snapshot = (dec_flags, dec_buffer + data)
    return not eof


@method(w_textiowrapper_type, "read")
def textio_read(w_self, w_size=-1):
    """Read at most size characters from stream."""
    _check_attached(w_self)
    size = size_argument(w_size)
    _check_closed(w_self)
    _check_readable(w_self)
    _flush_pending(w_self)
    if size < 0:
        w_data = space.call_method(w_self.w_buffer, "read")
        data = to_host_arg(w_data)
        if w_data is None:
            data = b""
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise space.type_error("underlying read() should have returned a bytes object, "
                                   "not '%s'" % space.type(w_data).name)
        result = _take_decoded(w_self) + w_self.decoder.decode(bytes(data), True)
        _clear_decoded(w_self)
        w_self.snapshot = None
        return result
    parts = [_take_decoded(w_self, size)]
    remaining = size - len(parts[0])
    while remaining > 0:
        if not _read_chunk(w_self, remaining):
            parts.append(_take_decoded(w_self, remaining))
            break
        part = _take_decoded(w_self, remaining)
        parts.append(part)
        remaining -= len(part)
    return "".join(parts)


def _find_line_end(w_self, line, start):
    """(end index just after the line ending, or -1; where to resume searching)."""
    if w_self.readtranslate:
        pos = line.find("\n", start)
        return (pos + 1, 0) if pos >= 0 else (-1, len(line))
    if w_self.readuniversal:
        nlpos = line.find("\n", start)
        crpos = line.find("\r", start)
        if crpos < 0:
            return (nlpos + 1, 0) if nlpos >= 0 else (-1, len(line))
        if nlpos < 0:
            if crpos == len(line) - 1:
                return -1, crpos                 # a "\r" at the end: maybe "\r\n"
            return crpos + 1, 0
        if nlpos < crpos:
            return nlpos + 1, 0
        if nlpos == crpos + 1:
            return crpos + 2, 0
        return crpos + 1, 0
    pos = line.find(w_self.readnl, start)
    if pos >= 0:
        return pos + len(w_self.readnl), 0
    return -1, max(0, len(line) - len(w_self.readnl) + 1)


def textio_readline_impl(w_self, limit):
    _check_closed(w_self)
    _check_readable(w_self)
    _flush_pending(w_self)
    line = _take_decoded(w_self)
    start = 0
    while True:
        end, start = _find_line_end(w_self, line, start)
        if end >= 0:
            break
        if 0 <= limit <= len(line):
            end = limit
            break
        while _read_chunk(w_self):
            if w_self.decoded_chars:
                break
        if w_self.decoded_chars:
            line += _take_decoded(w_self)
        else:
            _clear_decoded(w_self)
            w_self.snapshot = None
            return line
    if 0 <= limit < end:
        end = limit
    # What follows the line end is the tail of the last chunk read: un-take it.
    w_self.decoded_chars_used -= len(line) - end
    return line[:end]


@method(w_textiowrapper_type, "readline")
def textio_readline(w_self, w_size=-1):
    """Read until newline or EOF."""
    _check_attached(w_self)
    return textio_readline_impl(w_self, size_argument(w_size))


@method(w_textiowrapper_type, "__next__")
def textio_next(w_self):
    _check_attached(w_self)
    w_self.telling = False
    line = textio_readline_impl(w_self, -1)
    if not line:
        w_self.snapshot = None
        w_self.telling = w_self.seekable
        raise space.error(space.builtin_exception("StopIteration"))
    return line


# -- flushing and closing --------------------------------------------------------------------
@method(w_textiowrapper_type, "flush")
def textio_flush(w_self):
    _check_attached(w_self)
    _check_closed(w_self)
    w_self.telling = w_self.seekable
    _flush_pending(w_self)
    if w_self.direct_buffer:
        return buffered_module.buffered_flush(w_self.w_buffer)
    return space.call_method(w_self.w_buffer, "flush")


@method(w_textiowrapper_type, "close")
def textio_close(w_self):
    _check_attached(w_self)
    if _closed(w_self):
        return None
    error = None
    try:
        textio_flush(w_self)
    except OperationError as e:
        error = e
    try:
        space.call_method(w_self.w_buffer, "close")
    except OperationError as e:
        if error is not None:
            e.w_value.w_context = error.w_value
        raise
    if error is not None:
        raise error
    return None


@method(w_textiowrapper_type, "detach")
def textio_detach(w_self):
    _check_attached(w_self)
    textio_flush(w_self)
    w_buffer = w_self.w_buffer
    w_self.w_buffer = None
    w_self.initialized = False
    w_self.detached = True
    return w_buffer


# -- positioning -----------------------------------------------------------------------------
def _pack_cookie(position, dec_flags=0, bytes_to_feed=0, need_eof=False, chars_to_skip=0):
    return (position | (dec_flags << 64) | (bytes_to_feed << 128) | (chars_to_skip << 192) |
            (int(need_eof) << 256))


def _unpack_cookie(cookie):
    rest, position = divmod(cookie, 1 << 64)
    rest, dec_flags = divmod(rest, 1 << 64)
    rest, bytes_to_feed = divmod(rest, 1 << 64)
    need_eof, chars_to_skip = divmod(rest, 1 << 64)
    return position, dec_flags, bytes_to_feed, bool(need_eof), chars_to_skip


@method(w_textiowrapper_type, "tell")
def textio_tell(w_self):
    """Return the stream position as an opaque number."""
    _check_attached(w_self)
    _check_closed(w_self)
    if not w_self.seekable:
        raise unsupported("underlying stream is not seekable")
    if not w_self.telling:
        raise space.error(space.builtin_exception("OSError"),
                          "telling position disabled by next() call")
    textio_flush(w_self)
    position = space.index(space.call_method(w_self.w_buffer, "tell"))
    decoder = w_self.decoder
    if decoder is None or w_self.snapshot is None:
        return position
    dec_flags, next_input = w_self.snapshot
    position -= len(next_input)
    chars_to_skip = w_self.decoded_chars_used
    if chars_to_skip == 0:
        return _pack_cookie(position, dec_flags)
    saved_state = decoder.getstate()
    try:
        return _reconstruct_position(w_self, decoder, position, dec_flags, next_input,
                                     chars_to_skip)
    finally:
        decoder.setstate(saved_state)


def _reconstruct_position(w_self, decoder, position, dec_flags, next_input, chars_to_skip):
    """Find a cookie for the point ``chars_to_skip`` characters into ``next_input``."""
    skip_bytes = int(w_self.b2cratio * chars_to_skip)
    skip_back = 1
    while skip_bytes > 0:
        decoder.setstate((b"", dec_flags))
        n = len(decoder.decode(next_input[:skip_bytes]))
        if n <= chars_to_skip:
            buffered, flags = decoder.getstate()
            if not buffered:
                dec_flags = flags
                chars_to_skip -= n
                break
            skip_bytes -= len(buffered)
            skip_back = 1
        else:
            skip_bytes -= skip_back
            skip_back *= 2
    else:
        skip_bytes = 0
        decoder.setstate((b"", dec_flags))
    start_pos = position + skip_bytes
    start_flags = dec_flags
    if chars_to_skip == 0:
        return _pack_cookie(start_pos, start_flags)
    bytes_fed = 0
    need_eof = False
    chars_decoded = 0
    for index in range(skip_bytes, len(next_input)):
        bytes_fed += 1
        chars_decoded += len(decoder.decode(next_input[index:index + 1]))
        buffered, flags = decoder.getstate()
        if not buffered and chars_decoded <= chars_to_skip:
            start_pos += bytes_fed
            chars_to_skip -= chars_decoded
            start_flags, bytes_fed, chars_decoded = flags, 0, 0
        if chars_decoded >= chars_to_skip:
            break
    else:
        chars_decoded += len(decoder.decode(b"", True))
        need_eof = True
        if chars_decoded < chars_to_skip:
            raise space.error(space.builtin_exception("OSError"),
                              "can't reconstruct logical file position")
    return _pack_cookie(start_pos, start_flags, bytes_fed, need_eof, chars_to_skip)


@method(w_textiowrapper_type, "seek")
def textio_seek(w_self, w_cookie, whence=0):
    """Set the stream position, and return the new stream position."""
    _check_attached(w_self)
    _check_closed(w_self)
    if not w_self.seekable:
        raise unsupported("underlying stream is not seekable")
    whence = space.index(whence)
    if whence == 1:
        if not space.eq_w(w_cookie, 0):
            raise unsupported("can't do nonzero cur-relative seeks")
        w_cookie = textio_tell(w_self)
        whence = 0
    elif whence == 2:
        if not space.eq_w(w_cookie, 0):
            raise unsupported("can't do nonzero end-relative seeks")
        textio_flush(w_self)
        _clear_decoded(w_self)
        w_self.snapshot = None
        if w_self.decoder is not None:
            w_self.decoder.reset()
        w_position = space.call_method(w_self.w_buffer, "seek", 0, 2)
        _reset_encoder(w_self, space.index(w_position) == 0)
        return w_position
    if whence != 0:
        raise space.value_error("invalid whence (%d, should be 0, 1 or 2)" % whence)
    if isinstance(w_cookie, float):
        raise space.type_error("an integer is required")
    cookie = space.index(w_cookie)
    if cookie < 0:
        raise space.value_error("negative seek position %d" % cookie)
    textio_flush(w_self)
    start_pos, dec_flags, bytes_to_feed, need_eof, chars_to_skip = _unpack_cookie(cookie)
    space.call_method(w_self.w_buffer, "seek", start_pos)
    _clear_decoded(w_self)
    w_self.snapshot = None
    decoder = w_self.decoder
    if cookie == 0 and decoder is not None:
        decoder.reset()
    elif decoder is not None or dec_flags or chars_to_skip:
        _check_readable(w_self)
        decoder.setstate((b"", dec_flags))
        w_self.snapshot = (dec_flags, b"")
    if chars_to_skip:
        data = to_host_arg(space.call_method(w_self.w_buffer, "read", bytes_to_feed))
        _set_decoded(w_self, decoder.decode(bytes(data), need_eof))
        w_self.snapshot = (dec_flags, bytes(data))
        if len(w_self.decoded_chars) < chars_to_skip:
            raise space.error(space.builtin_exception("OSError"),
                              "can't restore logical file position")
        w_self.decoded_chars_used = chars_to_skip
    _reset_encoder(w_self, cookie == 0)
    return cookie


def _reset_encoder(w_self, start_of_stream):
    if w_self.encoder is not None:
        if start_of_stream:
            w_self.encoder.reset()
        else:
            w_self.encoder.setstate(0)


@method(w_textiowrapper_type, "truncate")
def textio_truncate(w_self, w_pos=None):
    _check_attached(w_self)
    textio_flush(w_self)
    if w_pos is None:
        w_pos = space.call_method(w_self, "tell")
    return space.call_method(w_self.w_buffer, "truncate", w_pos)


# -- reconfigure -----------------------------------------------------------------------------
@method(w_textiowrapper_type, "reconfigure", keywords=True)
def textio_reconfigure(w_self, *, encoding=None, errors=None, newline=-1,
                       line_buffering=None, write_through=None):
    """Reconfigure the text stream with new parameters."""
    _check_attached(w_self)
    encoding = _str_or_none(encoding, "encoding")
    errors = _str_or_none(errors, "errors")
    newline_given = newline != -1
    if newline_given:
        newline = _str_or_none(newline, "newline")
        _check_newline(newline)
    if encoding is not None or errors is not None or newline_given:
        if w_self.decoder is not None and (w_self.decoded_chars or w_self.snapshot):
            if encoding is not None or newline_given:
                raise unsupported("It is not possible to set the encoding or newline of "
                                  "stream after the first read")
    if encoding is not None:
        if encoding == "locale":
            encoding = locale_encoding()
        check_text_encoding(encoding)
        if errors is None:
            errors = "strict"
    elif errors is None:
        errors = w_self.errors
    textio_flush(w_self)
    if encoding is not None or errors != w_self.errors or newline_given:
        w_self.encoding = encoding or w_self.encoding
        w_self.errors = errors
        if newline_given:
            _set_newline(w_self, newline)
        _make_codecs(w_self)
    if line_buffering is not None:
        w_self.line_buffering = space.is_true(line_buffering)
    if write_through is not None:
        w_self.write_through = space.is_true(write_through)
    return None


# -- delegated methods and attributes --------------------------------------------------------
def _buffer_method(name):
    def call(w_self, *args_w):
        _check_attached(w_self)
        return space.call_method(w_self.w_buffer, name, *args_w)
    call.__name__ = name
    return call


for _name in ("fileno", "isatty"):
    method(w_textiowrapper_type, _name)(_buffer_method(_name))


def _checked_buffer_method(name):
    def call(w_self):
        _check_attached(w_self)
        _check_closed(w_self)
        return space.call_method(w_self.w_buffer, name)
    call.__name__ = name
    return call


for _name in ("readable", "writable"):
    method(w_textiowrapper_type, _name)(_checked_buffer_method(_name))


@method(w_textiowrapper_type, "seekable")
def textio_seekable(w_self):
    _check_attached(w_self)
    _check_closed(w_self)
    return w_self.seekable


@getset(w_textiowrapper_type, "closed")
def textio_closed(w_self):
    _check_attached(w_self)
    return space.getattr(w_self.w_buffer, "closed")


@getset(w_textiowrapper_type, "name")
def textio_name(w_self):
    _check_attached(w_self)
    return space.getattr(w_self.w_buffer, "name")


@getset(w_textiowrapper_type, "buffer")
def textio_buffer(w_self):
    _check_attached(w_self)
    return w_self.w_buffer


@getset(w_textiowrapper_type, "encoding")
def textio_encoding(w_self):
    return w_self.encoding


@getset(w_textiowrapper_type, "errors")
def textio_errors(w_self):
    return w_self.errors


@getset(w_textiowrapper_type, "line_buffering")
def textio_line_buffering(w_self):
    return w_self.line_buffering


@getset(w_textiowrapper_type, "write_through")
def textio_write_through(w_self):
    return w_self.write_through


@getset(w_textiowrapper_type, "newlines")
def textio_newlines(w_self):
    _check_attached(w_self)
    decoder = w_self.decoder
    if isinstance(decoder, NewlineDecoder):
        return to_guest(decoder.newlines())
    return None


def _set_chunk_size(w_self, w_value):
    if w_value is None:
        raise space.attribute_error("cannot delete attribute")
    size = space.index(w_value)
    if size <= 0:
        raise space.value_error("a strictly positive integer is required")
    w_self.chunk_size = size


getset(w_textiowrapper_type, "_CHUNK_SIZE", setter=_set_chunk_size)(
    lambda w_self: w_self.chunk_size)


@method(w_textiowrapper_type, "__repr__")
def textio_repr(w_self):
    type_name = type_display_name(w_self)
    if not w_self.initialized:
        return "<%s>" % type_name
    parts = ["<" + type_name]
    for attribute in ("name", "mode"):
        try:
            w_value = space.getattr(w_self, attribute)
        except OperationError as e:
            if e.match(space.builtin_exception("Exception")):
                continue
            raise
        parts.append("%s=%s" % (attribute, space.repr(w_value)))
    parts.append("encoding=%s" % space.repr(w_self.encoding))
    return " ".join(parts) + ">"


@method(w_textiowrapper_type, "__getstate__")
def textio_getstate(w_self):
    raise space.type_error("cannot pickle '%s' instances" % space.type(w_self).name)


@method(w_textiowrapper_type, "_dealloc_warn")
def textio_dealloc_warn(w_self, w_source):
    return None
