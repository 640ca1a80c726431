"""The codec side of text streams: incremental encoders/decoders for
TextIOWrapper, and IncrementalNewlineDecoder (universal newlines).

A text stream asks ``make_decoder``/``make_encoder`` for host-level codec
objects with one small interface (decode(data, final) -> str, getstate,
setstate, reset; encode(text) -> bytes, reset, setstate).  For encodings the
host knows, they are the host's incremental codecs on unboxed values (error
handler names translated by _codecs so guest-registered handlers work); for
encodings only the guest's codec registry knows, they call the guest's
incremental codec objects."""

import codecs as host_codecs

from snakevm.objspace.root import W_Root
from snakevm.objspace.space import space
from snakevm.objspace.typedef import builtin_type, method, getset, new_method
from snakevm.objspace.tupleobject import W_Tuple
from snakevm.objspace.bridge import to_host_arg, call_host_converted, to_guest
from snakevm.module import _codecsmodule

LF, CR, CRLF = 1, 2, 4
NEWLINES_SEEN = (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"), ("\r", "\r\n"),
                 ("\r", "\n", "\r\n"))


def _identity(value):
    return value


class HostDecoder:
    def __init__(self, host):
        self.host = host

    def decode(self, data, final=False):
        return call_host_converted(self.host.decode, [data, final], result=_identity)

    def getstate(self):
        return call_host_converted(self.host.getstate, [], result=_identity)

    def setstate(self, state):
        call_host_converted(self.host.setstate, [state], result=_identity)

    def reset(self):
        call_host_converted(self.host.reset, [], result=_identity)


class GuestDecoder:
    """A guest incremental decoder object (guest codecs, or one given to
    IncrementalNewlineDecoder)."""

    def __init__(self, w_decoder):
        self.w_decoder = w_decoder

    def decode(self, data, final=False):
        w_output = space.call(space.getattr(self.w_decoder, "decode"), [data],
                              {"final": final} if final else None)
        if not isinstance(to_host_arg(w_output), str):
            raise space.type_error("decoder should return a string result, not '%s'"
                                   % space.type(w_output).name)
        return to_host_arg(w_output)

    def getstate(self):
        w_state = space.call_method(self.w_decoder, "getstate")
        if not isinstance(w_state, W_Tuple) or len(w_state.items_w) != 2:
            raise space.type_error("illegal decoder state")
        w_buffer, w_flag = w_state.items_w
        buffer = to_host_arg(w_buffer)
        if not isinstance(buffer, bytes):
            raise space.type_error("illegal decoder state: the first item must be a bytes "
                                   "object, not '%s'" % space.type(w_buffer).name)
        return buffer, space.index(w_flag)

    def setstate(self, state):
        space.call_method(self.w_decoder, "setstate", to_guest(state))

    def reset(self):
        space.call_method(self.w_decoder, "reset")


class HostEncoder:
    def __init__(self, host):
        self.host = host

    def encode(self, text):
        return call_host_converted(self.host.encode, [text], result=_identity)

    def reset(self):
        self.host.reset()

    def setstate(self, state):
        self.host.setstate(state)


class GuestEncoder:
    def __init__(self, w_encoder):
        self.w_encoder = w_encoder

    def encode(self, text):
        w_output = space.call_method(self.w_encoder, "encode", text)
        output = to_host_arg(w_output)
        if not isinstance(output, bytes):
            raise space.type_error("encoder should return a bytes object, not '%s'"
                                   % space.type(w_output).name)
        return output

    def reset(self):
        space.call_method(self.w_encoder, "reset")

    def setstate(self, state):
        space.call_method(self.w_encoder, "setstate", state)


def _host_knows(encoding):
    try:
        host_codecs.lookup(encoding)
        return True
    except LookupError:
        return False


def check_text_encoding(encoding):
    """Check that a text stream's encoding exists and is a text encoding (the host's
    codecs first: no guest import is needed for them, e.g. at start-up)."""
    try:
        info = host_codecs.lookup(encoding)
    except LookupError:
        info = None
    if info is not None:
        if not getattr(info, "_is_text_encoding", True):
            raise space.error(space.builtin_exception("LookupError"),
                              "%r is not a text encoding; use codecs.open() to handle "
                              "arbitrary codecs" % encoding)
        return
    w_info = _codecsmodule.lookup(encoding)
    w_flag = space.findattr(w_info, "_is_text_encoding")
    if w_flag is not None and not space.is_true(w_flag):
        raise space.error(space.builtin_exception("LookupError"),
                          "%r is not a text encoding; use codecs.open() to handle arbitrary "
                          "codecs" % encoding)


def make_decoder(encoding, errors):
    if _host_knows(encoding):
        return HostDecoder(host_codecs.getincrementaldecoder(encoding)(
            _codecsmodule.host_errors(errors)))
    w_info = _codecsmodule.lookup(encoding)
    w_factory = space.getattr(w_info, "incrementaldecoder")
    if w_factory is None:
        raise space.type_error("codec has no incremental decoder")
    return GuestDecoder(space.call(w_factory, [errors]))


def make_encoder(encoding, errors):
    if _host_knows(encoding):
        return HostEncoder(host_codecs.getincrementalencoder(encoding)(
            _codecsmodule.host_errors(errors)))
    w_info = _codecsmodule.lookup(encoding)
    w_factory = space.getattr(w_info, "incrementalencoder")
    return GuestEncoder(space.call(w_factory, [errors]))


class NewlineDecoder:
    """Universal-newline decoding on top of a decoder (or of str input when
    ``decoder`` is None): remembers a trailing \\r until the next input, records
    the kinds of newline seen, and translates them to \\n if asked."""

    def __init__(self, decoder, translate):
        self.decoder = decoder
        self.translate = translate
        self.pendingcr = False
        self.seen = 0

    def decode(self, output, final=False):
        if self.decoder is not None:
            output = self.decoder.decode(output, final)
        if self.pendingcr and (output or final):
            output = "\r" + output
            self.pendingcr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self.pendingcr = True
        crlf = output.count("\r\n")
        cr = output.count("\r") - crlf
        lf = output.count("\n") - crlf
        self.seen |= (lf and LF) | (cr and CR) | (crlf and CRLF)
        if self.translate:
            if crlf:
                output = output.replace("\r\n", "\n")
            if cr:
                output = output.replace("\r", "\n")
        return output

    def getstate(self):
        if self.decoder is None:
            buffer, flag = b"", 0
        else:
            buffer, flag = self.decoder.getstate()
        flag <<= 1
        if self.pendingcr:
            flag |= 1
        return buffer, flag

    def setstate(self, state):
        buffer, flag = state
        self.pendingcr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buffer, flag >> 1))

    def reset(self):
        self.seen = 0
        self.pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    def newlines(self):
        return NEWLINES_SEEN[self.seen]


# -- the guest type IncrementalNewlineDecoder --------------------------------------------------
class W_IncrementalNewlineDecoder(W_Root):
    def __init__(self, w_type=None):
        if w_type is not None:
            self.w_type = w_type
        self.newline = None
        self.w_decoder = None


w_newline_decoder_type = builtin_type(
    "IncrementalNewlineDecoder", instance_class=W_IncrementalNewlineDecoder, module="_io",
    doc="Codec used when reading a file in universal newlines mode.\n\nIt wraps another "
        "incremental decoder, translating \\r\\n and \\r into \\n.\nIt also records the "
        "types of newlines encountered.  When used with\ntranslate=False, it ensures that the "
        "newline sequence is returned in\none piece. When used with decoder=None, it expects "
        "unicode strings as\ndecode input and translates newlines without first invoking an "
        "external\ndecoder.")


@new_method(w_newline_decoder_type)
def newline_decoder_new(w_cls, *args_w, **kwargs_w):
    return W_IncrementalNewlineDecoder(w_cls)


@method(w_newline_decoder_type, "__init__", keywords=True)
def newline_decoder_init(w_self, w_decoder, translate, errors="strict"):
    w_self.w_decoder = w_decoder
    decoder = None if w_decoder is None else GuestDecoder(w_decoder)
    w_self.newline = NewlineDecoder(decoder, space.is_true(translate))
    return None


def _state(w_self):
    if w_self.newline is None:
        raise space.value_error("IncrementalNewlineDecoder.__init__() not called")
    return w_self.newline


@method(w_newline_decoder_type, "decode", keywords=True)
def newline_decoder_decode(w_self, w_input, final=False):
    newline = _state(w_self)
    if newline.decoder is None:
        text = to_host_arg(w_input)
        if not isinstance(text, str):
            raise space.type_error("decoder should return a string result, not '%s'"
                                   % space.type(w_input).name)
        return newline.decode(text, space.is_true(final))
    return newline.decode(w_input, space.is_true(final))


@method(w_newline_decoder_type, "getstate")
def newline_decoder_getstate(w_self):
    buffer, flag = _state(w_self).getstate()
    return space.newtuple([buffer, flag])


@method(w_newline_decoder_type, "setstate")
def newline_decoder_setstate(w_self, w_state):
    if not isinstance(w_state, W_Tuple):
        raise space.type_error("state argument must be a tuple")
    items = w_state.items_w
    if len(items) != 2:
        raise space.type_error("setstate() argument must be a 2-tuple")
    _state(w_self).setstate((to_host_arg(items[0]), space.index(items[1])))
    return None


@method(w_newline_decoder_type, "reset")
def newline_decoder_reset(w_self):
    _state(w_self).reset()
    return None


@getset(w_newline_decoder_type, "newlines")
def newline_decoder_newlines(w_self):
    return to_guest(_state(w_self).newlines())

