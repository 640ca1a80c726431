"""TextIOWrapper: a text stream over a buffered binary stream (CPython's
Modules/_io/textio.c, followed step by step so that the calls a guest buffer
sees, the chunk sizes and the tell() cookies are CPython's).

Writing encodes (snakevm/module/_io/textcodec.py; ASCII text for an
ASCII-compatible codec is encoded directly), translates "\\n" to the stream's
newline, collects the bytes and hands them to ``buffer.write`` when a chunk is
full, on a line end with line_buffering, or at once with write_through.
Reading takes chunks from ``buffer.read1`` and decodes them, with universal
newlines through a NewlineDecoder.

tell() and seek() use CPython's opaque cookies (textcookie.py): the byte
position of a point where the decoder state is known (a snapshot taken before
each chunk), plus how to get from there to the current point.

For speed, the built-in buffer and raw types under a wrapper are called
directly (``stack_kind``); any other buffer is called through its guest
methods, as CPython does."""

import codecs as host_codecs
import locale as host_locale

from snakevm import config as run_config
from snakevm.objspace.root import OperationError
from snakevm.objspace.space import space
from snakevm.objspace.typedef import builtin_type, method, getset
from snakevm.objspace.typeobject import MISSING
from snakevm.objspace.bridge import to_host_arg, to_guest, host_buffer
from snakevm.module._io.iobase import (W_IOBase, w_textiobase_type, io_new, unsupported,
                                       closed_file_error, size_argument)
from snakevm.module._io.fileio import W_FileIO, w_fileio_type, fileio_write, type_display_name
from snakevm.module._io.textcodec import (make_decoder, make_encoder, NewlineDecoder,
                                          check_text_encoding)
from snakevm.memory.finalizers import finalize as run_finalizer
from snakevm.module._io import buffered as buffered_module
from snakevm.module._io import finalize
from snakevm.module._io.textcookie import (pack_cookie, unpack_cookie, decoder_setstate,
                                          reconstruct_position)

CHUNK_SIZE = 8192
_ASCII_COMPATIBLE = ("utf-8", "iso8859-1", "ascii")     # codecs.lookup() names

# how the wrapper reaches its buffer
OTHER_BUFFER, BUILTIN_BUFFERED, BUILTIN_FILEIO = 0, 1, 2


class W_TextIOWrapper(W_IOBase):
    def __del__(self):
        # the host frees a wrapper the program dropped: close it as CPython would,
        # if that needs no guest code
        if self.initialized and not self.detached and self.stack_kind != OTHER_BUFFER \
                and self.w_type is w_textiowrapper_type:
            finalize.release(lambda: textio_close(self))
        elif self.initialized and not self.detached:
            run_finalizer(self)             # guest code below: close() through the guest

    def __init__(self, w_type=None):
        W_IOBase.__init__(self, w_type)
        self.initialized = False            # CPython's self->ok
        self.detached = False
        self.w_buffer = None
        self.stack_kind = OTHER_BUFFER
        self.w_raw = None                   # the FileIO under a built-in buffer (closed checks)
        self.encoding = None
        self.errors = "strict"
        self.decoder = None                 # a NewlineDecoder or codec decoder
        self.encoder = None
        self.ascii_encoder = False          # ASCII text may be encoded directly
        self.readuniversal = self.readtranslate = self.writetranslate = False
        self.readnl = None
        self.writenl = None                 # None: "\n" is written as is
        self.line_buffering = self.write_through = False
        self.seekable = self.telling = False
        self.has_read1 = False
        self.chunk_size = CHUNK_SIZE
        self.pending = []                   # encoded bytes not yet given to the buffer
        self.pending_count = 0
        self.decoded_chars = None           # None: no decoded chunk (CPython's NULL)
        self.decoded_chars_used = 0
        self.snapshot = None                # (decoder flags, bytes fed since) or None
        self.b2cratio = 0.0


w_textiowrapper_type = builtin_type(
    "TextIOWrapper", [w_textiobase_type], instance_class=W_TextIOWrapper, module="_io",
    has_dict=True,
    doc="Character and line based layer over a BufferedIOBase object, buffer.\n\nencoding "
        "gives the name of the encoding that the stream will be\ndecoded or encoded with. It "
        "defaults to locale.getencoding().\n\nerrors determines the strictness of encoding "
        "and decoding (see\nhelp(codecs.Codec) or the documentation for codecs.register) and\n"
        "defaults to \"strict\".\n\nnewline controls how line endings are handled. It can be "
        "None, '',\n'\\n', '\\r', and '\\r\\n'.  It works as follows:\n\n* On input, if "
        "newline is None, universal newlines mode is\n  enabled. Lines in the input can end in "
        "'\\n', '\\r', or '\\r\\n', and\n  these are translated into '\\n' before being "
        "returned to the\n  caller. If it is '', universal newline mode is enabled, but line\n"
        "  endings are returned to the caller untranslated. If it has any of\n  the other "
        "legal values, input lines are only terminated by the given\n  string, and the line "
        "ending is returned to the caller untranslated.\n\n* On output, if newline is None, any "
        "'\\n' characters written are\n  translated to the system default line separator, "
        "os.linesep. If\n  newline is '' or '\\n', no translation takes place. If newline is "
        "any\n  of the other legal values, any '\\n' characters written are translated\n  to "
        "the given string.\n\nIf line_buffering is True, a call to flush is implied when a "
        "call to\nwrite contains a newline character.")
io_new(w_textiowrapper_type, W_TextIOWrapper)


def locale_encoding():
    """The encoding used when none is given (CPython's locale encoding)."""
    getencoding = getattr(host_locale, "getencoding", None)
    return getencoding() if getencoding is not None else host_locale.getpreferredencoding(False)


def _str_or_none(w_value, function, name):
    if w_value is None:
        return None
    value = to_host_arg(w_value)
    if not isinstance(value, str):
        raise space.type_error("%s() argument '%s' must be str or None, not %s"
                               % (function, name, type_display_name(w_value)))
    return value


def _no_nul(value):
    if value is not None and "\0" in value:
        raise space.value_error("embedded null character")
    return value


def _check_newline(newline):
    if newline not in (None, "", "\n", "\r", "\r\n"):
        raise space.value_error("illegal newline value: %s" % newline)


# -- construction ----------------------------------------------------------------------------
@method(w_textiowrapper_type, "__init__", keywords=True)
def textio_init(w_self, buffer, encoding=None, errors=None, newline=None,
                line_buffering=False, write_through=False):
    w_self.initialized = False
    w_self.detached = False
    encoding = _no_nul(_str_or_none(encoding, "TextIOWrapper", "encoding"))
    newline = _no_nul(_str_or_none(newline, "TextIOWrapper", "newline"))
    line_buffering = space.is_true(line_buffering)
    write_through = space.is_true(write_through)
    errors = _no_nul(_str_or_none(errors, "TextIOWrapper", "errors")) or "strict"
    _check_newline(newline)
    if encoding is None and run_config.current.utf8_mode:
        encoding = "utf-8"
    elif encoding is None or encoding == "locale":
        encoding = locale_encoding()
    check_text_encoding(encoding)
    w_self.encoding = encoding
    w_self.errors = errors
    w_self.chunk_size = CHUNK_SIZE
    w_self.line_buffering, w_self.write_through = line_buffering, write_through
    _set_newline(w_self, newline)
    w_self.w_buffer = buffer
    w_self.pending, w_self.pending_count = [], 0
    _set_decoded(w_self, None)
    w_self.snapshot = None
    w_self.b2cratio = 0.0
    _make_codecs(w_self)
    _classify_buffer(w_self)
    w_self.seekable = w_self.telling = space.is_true(space.call_method(buffer, "seekable"))
    w_self.has_read1 = space.findattr(buffer, "read1") is not None
    _fix_encoder_state(w_self)
    w_self.initialized = True
    finalize.track(w_self)
    return None


def _classify_buffer(w_self):
    w_buffer = w_self.w_buffer
    w_self.w_raw = None
    w_self.stack_kind = OTHER_BUFFER
    w_type = space.type(w_buffer)
    if w_type in buffered_module.ALL_BUFFERED and isinstance(w_buffer, buffered_module.W_Buffered):
        w_self.stack_kind = BUILTIN_BUFFERED
        w_raw = w_buffer.w_raw
        if isinstance(w_raw, W_FileIO) and space.type(w_raw) is w_fileio_type:
            w_self.w_raw = w_raw
    elif w_type is w_fileio_type and isinstance(w_buffer, W_FileIO):
        w_self.stack_kind = BUILTIN_FILEIO
        w_self.w_raw = w_buffer


def _set_newline(w_self, newline):
    w_self.readuniversal = newline is None or newline == ""
    w_self.readtranslate = newline is None
    w_self.readnl = newline
    w_self.writetranslate = newline != ""
    w_self.writenl = newline if newline in ("\r", "\r\n") else None


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
        w_self.ascii_encoder = _codec_name(w_self.encoding) in _ASCII_COMPATIBLE


def _codec_name(encoding):
    try:
        return host_codecs.lookup(encoding).name
    except LookupError:
        return None


def _fix_encoder_state(w_self):
    """A stream that does not start at position 0 must not write a BOM."""
    if not w_self.seekable or w_self.encoder is None:
        return
    w_position = space.call_method(w_self.w_buffer, "tell")
    if not space.eq_w(w_position, 0):
        w_self.encoder.setstate(0)


# -- checks ----------------------------------------------------------------------------------
def _check_initialized(w_self):
    if not w_self.initialized:
        raise space.value_error("I/O operation on uninitialized object")


def _check_attached(w_self):
    if not w_self.initialized:
        raise space.value_error("I/O operation on uninitialized object")
    if w_self.detached:
        raise space.value_error("underlying buffer has been detached")


def _closed(w_self):
    if space.type(w_self) is w_textiowrapper_type:
        if w_self.w_raw is not None:
            return w_self.w_raw.fd < 0
        return space.is_true(textio_closed(w_self))
    return space.is_true(space.getattr(w_self, "closed"))


def _check_closed(w_self):
    if _closed(w_self):
        raise closed_file_error()


# -- writing ---------------------------------------------------------------------------------
def _writeflush(w_self):
    """Hand the pending bytes to the buffer (CPython's _textiowrapper_writeflush)."""
    if not w_self.pending:
        return
    pending = w_self.pending
    data = pending[0] if len(pending) == 1 else b"".join(pending)
    w_self.pending, w_self.pending_count = [], 0
    kind = w_self.stack_kind
    if kind == BUILTIN_BUFFERED:
        buffered_module.buffered_write(w_self.w_buffer, data)
    elif kind == BUILTIN_FILEIO:
        fileio_write(w_self.w_buffer, data)
    else:
        space.call_method(w_self.w_buffer, "write", data)


def _flush_buffer(w_self):
    if w_self.stack_kind == BUILTIN_BUFFERED:
        return buffered_module.flush_builtin(w_self.w_buffer)
    return space.call_method(w_self.w_buffer, "flush")


def _write_text(w_self, text):
    """TextIOWrapper.write for a host str (print() comes here directly)."""
    _check_attached(w_self)
    _check_closed(w_self)
    encoder = w_self.encoder
    if encoder is None:
        raise unsupported("not writable")
    length = len(text)
    haslf = False
    writenl = w_self.writenl
    if (w_self.writetranslate and writenl is not None) or w_self.line_buffering:
        haslf = "\n" in text
    if haslf and w_self.writetranslate and writenl is not None:
        text = text.replace("\n", writenl)
    needflush = w_self.line_buffering and (haslf or "\r" in text)
    if w_self.ascii_encoder and text.isascii() and len(text) <= w_self.chunk_size:
        data = text.encode("ascii")
    else:
        data = encoder.encode(text)
    size = len(data)
    if w_self.pending_count + size > w_self.chunk_size:
        _writeflush(w_self)              # never more than a chunk at once
    w_self.pending.append(data)
    w_self.pending_count += size
    if w_self.pending_count >= w_self.chunk_size or needflush or w_self.write_through:
        _writeflush(w_self)
    if needflush:
        _flush_buffer(w_self)
    if w_self.decoded_chars is not None:
        _set_decoded(w_self, None)
    w_self.snapshot = None
    if w_self.decoder is not None:
        w_self.decoder.reset()
    return length


@method(w_textiowrapper_type, "write")
def textio_write(w_self, w_text):
    """Write string s to stream."""
    text = w_text if type(w_text) is str else to_host_arg(w_text)
    if not isinstance(text, str):
        raise space.type_error("write() argument must be str, not %s"
                               % ("None" if w_text is None else type_display_name(w_text)))
    return _write_text(w_self, text)


def fast_write(w_stream):
    """The host function print() may call with a host str instead of the guest
    method ``w_stream.write``, or None when the guest method must be called."""
    if space.type(w_stream) is w_textiowrapper_type and \
            w_stream.w_dict.getitem_str("write") is MISSING:
        return lambda text: _write_text(w_stream, text)
    return None


# -- reading ---------------------------------------------------------------------------------
def _set_decoded(w_self, chars):
    w_self.decoded_chars, w_self.decoded_chars_used = chars, 0


def _get_decoded(w_self, n=-1):
    chars = w_self.decoded_chars
    if chars is None:
        return ""
    offset = w_self.decoded_chars_used
    available = len(chars) - offset
    if n < 0 or n > available:
        n = available
    if offset == 0 and n == len(chars):
        result = chars
    else:
        result = chars[offset:offset + n]
    w_self.decoded_chars_used += n
    return result


def _check_readable(w_self):
    if w_self.decoder is None:
        raise unsupported("not readable")


def _decoder_state(decoder):
    """decoder.getstate() checked like CPython's _read_chunk."""
    return decoder.getstate()


def _read_chunk(w_self, size_hint):
    """Read and decode one chunk into decoded_chars; False at end of file."""
    decoder = w_self.decoder
    if decoder is None:
        raise unsupported("not readable")
    if w_self.telling:
        dec_buffer, dec_flags = _decoder_state(decoder)
    if size_hint > 0:
        size_hint = int(max(w_self.b2cratio, 1.0) * size_hint)
    size = max(w_self.chunk_size, size_hint)
    if w_self.stack_kind == BUILTIN_BUFFERED and w_self.has_read1:
        data = buffered_module.buffered_read1(w_self.w_buffer, size)
    else:
        name = "read1" if w_self.has_read1 else "read"
        w_data = space.call_method(w_self.w_buffer, name, size)
        data = host_buffer(w_data)
        if data is None or isinstance(w_data, str):
            raise space.type_error("underlying %s() should have returned a bytes-like object, "
                                   "not '%s'" % (name, type_display_name(w_data)))
        data = bytes(data)
    nbytes = len(data)
    eof = nbytes == 0
    decoded = decoder.decode(data, eof)
    _set_decoded(w_self, decoded)
    nchars = len(decoded)
    w_self.b2cratio = nbytes / nchars if nchars else 0.0
    if nchars:
        eof = False
    if w_self.telling:
        w_self.snapshot = (dec_flags, dec_buffer + data)
    return not eof


@method(w_textiowrapper_type, "read")
def textio_read(w_self, w_size=-1):
    """Read at most size characters from stream."""
    size = size_argument(w_size)
    _check_attached(w_self)
    _check_closed(w_self)
    _check_readable(w_self)
    _writeflush(w_self)
    if size < 0:
        w_data = space.call_method(w_self.w_buffer, "read")
        if w_data is None:
            raise space.error(space.builtin_exception("BlockingIOError"), "Read returned None.")
        data = host_buffer(w_data)
        if data is None or isinstance(w_data, str):
            decoded = w_self.decoder.decode(w_data, True)     # the codec says what is wrong
        else:
            decoded = w_self.decoder.decode(bytes(data), True)
        result = _get_decoded(w_self, -1) + decoded
        _set_decoded(w_self, None)
        w_self.snapshot = None
        return result
    result = _get_decoded(w_self, size)
    remaining = size - len(result)
    if remaining <= 0:
        return result
    chunks = [result]
    while remaining > 0:
        if not _read_chunk(w_self, remaining):
            break
        part = _get_decoded(w_self, remaining)
        chunks.append(part)
        remaining -= len(part)
    return "".join(chunks)


def _find_line_ending(w_self, line, start):
    """(end of the line ending in ``line[start:]`` as an offset from start, or -1;
    how many characters can be put aside when there is none) -- CPython's
    _PyIO_find_line_ending."""
    length = len(line) - start
    if w_self.readtranslate:
        pos = line.find("\n", start)
        return (pos - start + 1, 0) if pos >= 0 else (-1, length)
    if w_self.readuniversal:
        lf = line.find("\n", start)
        cr = line.find("\r", start, lf if lf >= 0 else len(line))
        if cr >= 0:
            return (cr - start + (2 if line.startswith("\n", cr + 1) else 1), 0)
        if lf >= 0:
            return lf - start + 1, 0
        return -1, length
    readnl = w_self.readnl
    pos = line.find(readnl, start)
    if pos >= 0:
        return pos - start + len(readnl), 0
    if len(readnl) == 1:
        return -1, length
    # keep back a possible beginning of the line ending
    tail = max(start, len(line) - len(readnl) + 1)
    first = line.find(readnl[0], tail)
    return -1, (length if first < 0 else first - start)


def textio_readline_impl(w_self, limit):
    """CPython's _textiowrapper_readline."""
    _check_closed(w_self)
    _writeflush(w_self)
    chunked = 0
    chunks = []
    remaining = None
    line = None
    start = endpos = offset_to_buffer = 0
    while True:
        more = True
        while not w_self.decoded_chars:
            more = _read_chunk(w_self, 0)
            if not more:
                break
        if not more:
            _set_decoded(w_self, None)          # end of file
            w_self.snapshot = None
            line = None
            start = endpos = offset_to_buffer = 0
            break
        if remaining is None:
            line = w_self.decoded_chars
            start = w_self.decoded_chars_used
            offset_to_buffer = 0
        else:
            line = remaining + w_self.decoded_chars
            start = 0
            offset_to_buffer = len(remaining)
            remaining = None
        found, consumed = _find_line_ending(w_self, line, start)
        if found >= 0:
            endpos = start + found
            if limit >= 0 and (endpos - start) + chunked >= limit:
                endpos = start + limit - chunked
            break
        endpos = start + consumed                # what can be put aside
        if limit >= 0 and (endpos - start) + chunked >= limit:
            endpos = start + limit - chunked     # no line ending, but the limit is reached
            break
        if endpos > start:
            chunks.append(line[start:endpos])
            chunked += endpos - start
        if endpos < len(line):
            remaining = line[endpos:]
        line = None
        _set_decoded(w_self, None)              # the buffer is consumed
    if line is not None:
        w_self.decoded_chars_used = endpos - offset_to_buffer
        if start > 0 or endpos < len(line):
            line = line[start:endpos]
    if remaining is not None:
        chunks.append(remaining)
    if chunks:
        if line is not None:
            chunks.append(line)
        line = "".join(chunks)
    return line if line is not None else ""


@method(w_textiowrapper_type, "readline")
def textio_readline(w_self, w_size=-1):
    """Read until newline or EOF."""
    limit = space.index(w_size)
    _check_attached(w_self)
    return textio_readline_impl(w_self, limit)


@method(w_textiowrapper_type, "__next__")
def textio_next(w_self):
    _check_attached(w_self)
    w_self.telling = False
    if space.type(w_self) is w_textiowrapper_type:
        line = textio_readline_impl(w_self, -1)
    else:
        w_line = space.call_method(w_self, "readline")
        line = to_host_arg(w_line)
        if not isinstance(line, str):
            raise space.error(space.builtin_exception("OSError"),
                              "readline() should have returned a str object, not '%s'"
                              % type_display_name(w_line))
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
    _writeflush(w_self)
    return _flush_buffer(w_self)


def _flush_self(w_self):
    """self.flush(), through a guest override if there is one."""
    if space.type(w_self) is w_textiowrapper_type:
        return textio_flush(w_self)
    return space.call_method(w_self, "flush")


@method(w_textiowrapper_type, "close")
def textio_close(w_self):
    _check_attached(w_self)
    if space.is_true(textio_closed(w_self)):
        return None
    error = None
    try:
        _flush_self(w_self)
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
    _flush_self(w_self)
    w_buffer = w_self.w_buffer
    w_self.w_buffer = None
    w_self.w_raw = None
    w_self.stack_kind = OTHER_BUFFER
    w_self.detached = True
    return w_buffer


# -- positioning -----------------------------------------------------------------------------


def _encoder_reset(w_self, start_of_stream):
    if w_self.encoder is not None:
        if start_of_stream:
            w_self.encoder.reset()
        else:
            w_self.encoder.setstate(0)


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
    _writeflush(w_self)
    _flush_self(w_self)
    w_position = space.call_method(w_self.w_buffer, "tell")
    decoder = w_self.decoder
    if decoder is None or w_self.snapshot is None:
        return w_position
    dec_flags, next_input = w_self.snapshot
    start_pos = space.index(w_position) - len(next_input)
    if w_self.decoded_chars_used == 0:
        return pack_cookie(start_pos, dec_flags)       # still at the snapshot point
    saved_state = decoder.getstate()
    try:
        return reconstruct_position(w_self.b2cratio, decoder, start_pos, dec_flags, next_input,
                                     w_self.decoded_chars_used)
    finally:
        decoder.setstate(saved_state)


@method(w_textiowrapper_type, "seek")
def textio_seek(w_self, w_cookie, whence=0):
    """Set the stream position, and return the new stream position."""
    _check_attached(w_self)
    whence = space.index(whence)
    _check_closed(w_self)
    if not w_self.seekable:
        raise unsupported("underlying stream is not seekable")
    if whence == 1:
        if not space.eq_w(w_cookie, 0):
            raise unsupported("can't do nonzero cur-relative seeks")
        w_cookie = space.call_method(w_self, "tell")     # re-sync with the buffer
    elif whence == 2:
        if not space.eq_w(w_cookie, 0):
            raise unsupported("can't do nonzero end-relative seeks")
        _flush_self(w_self)
        _set_decoded(w_self, None)
        w_self.snapshot = None
        if w_self.decoder is not None:
            w_self.decoder.reset()
        w_position = space.call_method(w_self.w_buffer, "seek", 0, 2)
        if w_self.encoder is not None:
            _encoder_reset(w_self, space.eq_w(w_position, 0))
        return w_position
    elif whence != 0:
        raise space.value_error("invalid whence (%d, should be 0, 1 or 2)" % whence)
    if space.is_true(space.compare(w_cookie, 0, "<")):
        raise space.value_error("negative seek position %s" % space.repr(w_cookie))
    _flush_self(w_self)
    start_pos, dec_flags, bytes_to_feed, chars_to_skip, need_eof = unpack_cookie(w_cookie)
    space.call_method(w_self.w_buffer, "seek", start_pos)
    _set_decoded(w_self, None)
    w_self.snapshot = None
    decoder = w_self.decoder
    if decoder is not None:
        decoder_setstate(decoder, start_pos, dec_flags)
    if chars_to_skip:
        # like _read_chunk: feed the decoder and keep a snapshot
        w_data = space.call_method(w_self.w_buffer, "read", bytes_to_feed)
        if type(w_data) is not bytes:
            raise space.type_error("underlying read() should have returned a bytes object, "
                                   "not '%s'" % type_display_name(w_data))
        w_self.snapshot = (dec_flags, w_data)
        _set_decoded(w_self, decoder.decode(w_data, bool(need_eof)))
        if len(w_self.decoded_chars) < chars_to_skip:
            raise space.error(space.builtin_exception("OSError"),
                              "can't restore logical file position")
        w_self.decoded_chars_used = chars_to_skip
    else:
        w_self.snapshot = (dec_flags, b"")
    if w_self.encoder is not None:
        _encoder_reset(w_self, start_pos == 0 and dec_flags == 0)
    return w_cookie


@method(w_textiowrapper_type, "truncate")
def textio_truncate(w_self, w_pos=None):
    _check_attached(w_self)
    _flush_self(w_self)
    return space.call_method(w_self.w_buffer, "truncate", w_pos)


# -- reconfigure -----------------------------------------------------------------------------
_NOT_GIVEN = object()


@method(w_textiowrapper_type, "reconfigure", keywords=True)
def textio_reconfigure(w_self, *, encoding=None, errors=None, newline=_NOT_GIVEN,
                       line_buffering=None, write_through=None):
    """Reconfigure the text stream with new parameters."""
    encoding = _str_or_none(encoding, "reconfigure", "encoding")
    errors = _str_or_none(errors, "reconfigure", "errors")
    newline_given = newline is not _NOT_GIVEN
    if newline_given:
        newline = _str_or_none(newline, "reconfigure", "newline")
    if w_self.decoded_chars is not None:
        if encoding is not None or errors is not None or newline_given:
            raise unsupported("It is not possible to set the encoding or newline of "
                              "stream after the first read")
    if newline_given:
        _check_newline(_no_nul(newline))
    line_buffering = w_self.line_buffering if line_buffering is None \
        else space.is_true(line_buffering)
    write_through = w_self.write_through if write_through is None \
        else space.is_true(write_through)
    _flush_self(w_self)
    w_self.b2cratio = 0.0
    if newline_given:
        _set_newline(w_self, newline)
    if encoding is not None or errors is not None or newline_given:
        if encoding is None:
            encoding = w_self.encoding
            if errors is None:
                errors = w_self.errors
        else:
            if encoding == "locale":
                encoding = locale_encoding()
            if errors is None:
                errors = "strict"
        check_text_encoding(_no_nul(encoding))
        _no_nul(errors)
        old = (w_self.encoding, w_self.errors)
        w_self.encoding, w_self.errors = encoding, errors
        try:
            _make_codecs(w_self)
        except OperationError:
            w_self.encoding, w_self.errors = old
            raise
        _fix_encoder_state(w_self)
    w_self.line_buffering = line_buffering
    w_self.write_through = write_through
    return None


# -- delegated methods and attributes --------------------------------------------------------
def _buffer_method(name):
    def call(w_self):
        _check_attached(w_self)
        return space.call_method(w_self.w_buffer, name)
    call.__name__ = name
    return call


for _name in ("fileno", "isatty", "readable", "writable", "seekable"):
    method(w_textiowrapper_type, _name)(_buffer_method(_name))


@getset(w_textiowrapper_type, "closed")
def textio_closed(w_self):
    _check_attached(w_self)
    if w_self.w_raw is not None:
        return w_self.w_raw.fd < 0
    return space.getattr(w_self.w_buffer, "closed")


@getset(w_textiowrapper_type, "name")
def textio_name(w_self):
    _check_attached(w_self)
    return space.getattr(w_self.w_buffer, "name")


@getset(w_textiowrapper_type, "buffer")
def textio_buffer(w_self):
    return w_self.w_buffer


@getset(w_textiowrapper_type, "encoding")
def textio_encoding(w_self):
    return w_self.encoding


@getset(w_textiowrapper_type, "errors")
def textio_errors(w_self):
    _check_initialized(w_self)
    return w_self.errors


@getset(w_textiowrapper_type, "line_buffering")
def textio_line_buffering(w_self):
    return w_self.line_buffering


@getset(w_textiowrapper_type, "write_through")
def textio_write_through(w_self):
    return w_self.write_through


@getset(w_textiowrapper_type, "_finalizing")
def textio_finalizing(w_self):
    return False


@getset(w_textiowrapper_type, "newlines")
def textio_newlines(w_self):
    _check_attached(w_self)
    decoder = w_self.decoder
    if isinstance(decoder, NewlineDecoder):
        return to_guest(decoder.newlines())
    return None


def _set_chunk_size(w_self, w_value):
    _check_attached(w_self)
    if w_value is None:
        raise space.attribute_error("cannot delete attribute")
    size = space.index(w_value)
    if size <= 0:
        raise space.value_error("a strictly positive integer is required")
    w_self.chunk_size = size


def _get_chunk_size(w_self):
    _check_attached(w_self)
    return w_self.chunk_size


getset(w_textiowrapper_type, "_CHUNK_SIZE", setter=_set_chunk_size)(_get_chunk_size)


def _lookup_for_repr(w_self, name, ignored):
    """getattr(self, name), or None when it raises AttributeError or ``ignored``."""
    try:
        return space.getattr(w_self, name)
    except OperationError as e:
        if e.match(space.builtin_exception("AttributeError")) or (
                ignored is not None and e.match(space.builtin_exception(ignored))):
            return None
        raise


@method(w_textiowrapper_type, "__repr__")
def textio_repr(w_self):
    _check_initialized(w_self)
    parts = ["<" + type_display_name(w_self)]
    w_name = _lookup_for_repr(w_self, "name", "ValueError")
    if w_name is not None:
        parts.append("name=%s" % space.repr(w_name))
    w_mode = _lookup_for_repr(w_self, "mode", None)
    if w_mode is not None:
        parts.append("mode=%s" % space.repr(w_mode))
    parts.append("encoding=%s" % space.repr(w_self.encoding))
    return " ".join(parts) + ">"


@method(w_textiowrapper_type, "__reduce__")
@method(w_textiowrapper_type, "__reduce_ex__")
def textio_refuse_pickling(w_self, *args_w):
    raise space.type_error("cannot pickle '%s' instances" % space.type(w_self).name)
