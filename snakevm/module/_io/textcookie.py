"""TextIOWrapper's tell() cookies (CPython's Modules/_io/textio.c).

A cookie is the byte position of a point where the decoder state is known,
the decoder flags there, the bytes to feed and the characters to skip from
there (and whether to signal end of input), packed like CPython's C struct
through _PyLong_FromByteArray: position (64 bits) | dec_flags << 64 |
bytes_to_feed << 96 | chars_to_skip << 128 | need_eof << 160.  Decoders are
textcodec.py's host-level objects (decode, getstate, setstate, reset)."""

import struct

from snakevm.objspace.space import space
from snakevm.objspace.bridge import to_host_arg

_COOKIE = struct.Struct("<qiiib")     # CPython's cookie_type, as _PyLong_AsByteArray packs it


def pack_cookie(start_pos, dec_flags=0, bytes_to_feed=0, chars_to_skip=0, need_eof=False):
    return int.from_bytes(_COOKIE.pack(start_pos, dec_flags, bytes_to_feed, chars_to_skip,
                                       int(need_eof)), "little")


def unpack_cookie(w_cookie):
    """(start_pos, dec_flags, bytes_to_feed, chars_to_skip, need_eof) of a cookie."""
    cookie = w_cookie if type(w_cookie) is int else to_host_arg(
        space.call(space.builtins_type("int"), [w_cookie]))        # PyNumber_Long
    try:
        raw = cookie.to_bytes(_COOKIE.size, "little", signed=True)
    except OverflowError:
        raise space.error(space.builtin_exception("OverflowError"), "int too big to convert")
    return _COOKIE.unpack(raw)


def decoder_setstate(decoder, start_pos, dec_flags):
    """Put the decoder in its state at a cookie's start point: at the start of the
    stream reset() (a utf-16 decoder then expects a BOM), else setstate((b"", flags))."""
    if start_pos == 0 and dec_flags == 0:
        decoder.reset()
    else:
        decoder.setstate((b"", dec_flags))


def reconstruct_position(b2cratio, decoder, start_pos, dec_flags, next_input, chars_to_skip):
    """A cookie for the point ``chars_to_skip`` characters into ``next_input``, which
    the decoder starts decoding in state (b"", dec_flags) at byte ``start_pos``."""
    # a quick search for a start point close to the position, then byte by byte
    skip_bytes = int(b2cratio * chars_to_skip)
    skip_back = 1
    while skip_bytes > 0:
        decoder_setstate(decoder, start_pos, dec_flags)
        decoded = len(decoder.decode(next_input[:skip_bytes], False))
        if decoded <= chars_to_skip:
            buffered, flags = decoder.getstate()
            if not buffered:                 # before the position, nothing pending: use it
                dec_flags = flags
                chars_to_skip -= decoded
                break
            skip_bytes -= len(buffered)
            skip_back = 1
        else:
            skip_bytes -= skip_back          # too far: back off, faster and faster
            skip_back *= 2
    if skip_bytes <= 0:
        skip_bytes = 0
        decoder_setstate(decoder, start_pos, dec_flags)
    start_pos += skip_bytes
    if chars_to_skip == 0:
        return pack_cookie(start_pos, dec_flags, 0, chars_to_skip)
    # feed one byte at a time, remembering the last point where nothing was pending
    bytes_to_feed = 0
    chars_decoded = 0
    need_eof = False
    index = skip_bytes
    end = len(next_input)
    while index < end:
        chars_decoded += len(decoder.decode(next_input[index:index + 1], False))
        bytes_to_feed += 1
        buffered, flags = decoder.getstate()
        if not buffered and chars_decoded <= chars_to_skip:
            start_pos += bytes_to_feed
            chars_to_skip -= chars_decoded
            dec_flags, bytes_to_feed, chars_decoded = flags, 0, 0
        if chars_decoded >= chars_to_skip:
            break
        index += 1
    if index == end:
        chars_decoded += len(decoder.decode(b"", True))   # not enough: signal EOF for more
        need_eof = True
        if chars_decoded < chars_to_skip:
            raise space.error(space.builtin_exception("OSError"),
                              "can't reconstruct logical file position")
    return pack_cookie(start_pos, dec_flags, bytes_to_feed, chars_to_skip, need_eof)
