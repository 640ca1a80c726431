"""The CPython 3.12 marshal format (version 4): reading and writing.

``loads(data)`` returns host values (None, bool, int, float, complex, str,
bytes, tuple, list, dict, set, frozenset, Ellipsis, StopIteration) and
snakevm.code.Code objects.  The reader records the *layout* it saw
(``Layout``: every object's type byte with or without FLAG_REF, each
back-reference's index, each set's written order); ``loads`` keeps it in the
top-level Code's ``marshal_info`` and ``loads_with_layout`` returns it.
``dumps`` replays a layout, which makes ``dumps(loads(b)) == b`` for every
.pyc body CPython writes (CPython decides FLAG_REF from reference counts,
which no other writer can see).  A layout that no longer fits the object (the
Code was changed after loading) is dropped for a fresh write.  Without a
layout, ``dumps`` chooses like CPython where it can: FLAG_REF on code objects,
interned-looking strings and anything that occurs more than once;
back-references by identity.  Bad data raises ``MarshalError`` (a ValueError)
with CPython's messages (subclasses are also EOFError / TypeError where
CPython raises those; MarshalSystemError where CPython's code constructor raises
SystemError).  A code object is checked as CPython's constructor checks it.
"""

import re
import struct

from snakevm.code import Code

FLAG_REF = 0x80


class MarshalError(ValueError):
    pass


class MarshalDecodeError(MarshalError):
    """Invalid UTF-8 in a str: CPython raises the decoder's UnicodeDecodeError, whose
    arguments (encoding, object, start, end, reason) this carries."""


class MarshalEOFError(MarshalError, EOFError):
    """Truncated data: CPython raises EOFError here; this is both."""


class MarshalNullError(MarshalError, TypeError):
    """A NULL ('0') where an object is needed: CPython raises TypeError here; this is both."""


class MarshalSystemError(MarshalError):
    """A code object CPython's code constructor refuses with SystemError (fields of the
    wrong type, counts that do not add up, a name that is not a str)."""


# what CPython 3.12's PyErr_BadInternalCall says when _PyCode_Validate refuses a code object
BAD_INTERNAL_CALL = "Objects/codeobject.c:354: bad argument to internal function"


class _LayoutMismatch(Exception):
    """A recorded layout does not describe the object being written."""


_RESERVED = object()    # a FLAG_REF slot whose object is still being read
_NULL = object()        # what the '0' type code reads as (ends a dict)
_INT32 = struct.Struct("<i")
_REF_CODE = ord("r")
_FIVE_INT32 = struct.Struct("<5i")


class Layout:
    """What the reader saw, for a byte-identical write-back: the type byte of
    every object in read order (FLAG_REF included; b"0" for a dict's end), and,
    keyed by position, the index of each back-reference and the written
    element order of each set (a set does not keep it)."""
    __slots__ = ("codes", "extras")

    def __init__(self):
        self.codes = bytearray()
        self.extras = {}


# -- reading -------------------------------------------------------------------------------

class Reader:
    def __init__(self, data, keep_layout=False):
        self.data = bytes(data)
        self.end = len(self.data)
        self.pos = 0
        self.refs = []
        self.layout = Layout() if keep_layout else None
        self.depth = 0                  # containers being read (CPython stops at 2000)

    def read(self, n):
        if self.pos + n > len(self.data):
            raise MarshalEOFError("marshal data too short")
        chunk = self.data[self.pos:self.pos + n]
        self.pos += n
        return chunk

    def byte(self):
        if self.pos >= len(self.data):
            raise MarshalEOFError("EOF read where object expected")
        b = self.data[self.pos]
        self.pos += 1
        return b

    def long(self):
        pos = self.pos
        if pos + 4 > self.end:
            raise MarshalEOFError("marshal data too short")
        self.pos = pos + 4
        return _INT32.unpack_from(self.data, pos)[0]

    def size(self, what="bytes object"):
        n = self.long()
        if n < 0:
            raise MarshalError("bad marshal data (%s size out of range)" % what)
        return n

    def ref_reserve(self, flag):
        if not flag:
            return None
        self.refs.append(_RESERVED)
        return len(self.refs) - 1

    def ref_set(self, index, value):
        if index is not None:
            self.refs[index] = value
        return value

    def obj(self):
        pos = self.pos
        if pos >= self.end:
            raise MarshalEOFError("EOF read where object expected")
        data = self.data
        code = data[pos]
        layout = self.layout
        if layout is not None:
            position = len(layout.codes)
            layout.codes.append(code)
        if code & ~FLAG_REF == _REF_CODE:     # the commonest object in a .pyc: inlined
            if pos + 5 > self.end:
                raise MarshalEOFError("marshal data too short")
            self.pos = pos + 5
            index = _INT32.unpack_from(data, pos + 1)[0]
            refs = self.refs
            if not 0 <= index < len(refs) or refs[index] is _RESERVED:
                raise MarshalError("bad marshal data (invalid reference)")
            if layout is not None:
                layout.extras[position] = index
            return refs[index]
        self.pos = pos + 1
        reader = _READER_BY_CODE[code & ~FLAG_REF]
        if reader is None:
            raise MarshalError("bad marshal data (unknown type code)")
        return reader(self, code & FLAG_REF)


def _simple(value):
    def read(r, flag):
        return value
    return read


def _remember(r, flag, value):
    """A scalar (nothing nested inside it) read with FLAG_REF takes the next ref slot."""
    if flag:
        r.refs.append(value)
    return value


def _read_int(r, flag):
    return _remember(r, flag, r.long())


def _read_int64(r, flag):
    """TYPE_INT64 ('I'): no longer written, still read -- a signed 64-bit int."""
    low = r.long() & 0xFFFFFFFF
    return _remember(r, flag, (r.long() << 32) | low)


def _read_long(r, flag):
    n = r.long()
    if n == -2 ** 31:
        raise MarshalError("bad marshal data (long size out of range)")
    digits = [struct.unpack("<H", r.read(2))[0] for _ in range(abs(n))]
    value = 0
    for d in reversed(digits):
        if d > 0x7FFF:
            raise MarshalError("bad marshal data (digit out of range in long)")
        value = (value << 15) | d
    if digits and digits[-1] == 0:
        raise MarshalError("bad marshal data (unnormalized long data)")
    if n < 0:
        value = -value
    return r.ref_set(r.ref_reserve(flag), value)


def _read_binary_float(r, flag):
    return r.ref_set(r.ref_reserve(flag), struct.unpack("<d", r.read(8))[0])


# what PyOS_string_to_double accepts: no spaces, no underscores, no hexadecimal
_FLOAT_TEXT = re.compile(r"[+-]?((\d+\.?\d*|\.\d+)(e[+-]?\d+)?|inf(inity)?|nan)", re.I)


def _text_float(data):
    text = bytes(data).decode("latin-1")
    if not _FLOAT_TEXT.fullmatch(text):
        raise MarshalError("could not convert string to float: %r" % text)
    return float(text)


def _read_text_float(r, flag):
    n = r.byte()
    return r.ref_set(r.ref_reserve(flag), _text_float(r.read(n)))


def _read_binary_complex(r, flag):
    real, imag = struct.unpack("<dd", r.read(16))
    return r.ref_set(r.ref_reserve(flag), complex(real, imag))


def _read_text_complex(r, flag):
    n = r.byte()
    real = _text_float(r.read(n))
    n = r.byte()
    imag = _text_float(r.read(n))
    return r.ref_set(r.ref_reserve(flag), complex(real, imag))


def _read_bytes(r, flag):
    return _remember(r, flag, r.read(r.size()))


def _read_unicode(r, flag):
    data = r.read(r.size("string"))
    try:
        text = data.decode("utf-8", "surrogatepass")
    except UnicodeDecodeError as e:
        raise MarshalDecodeError(*e.args) from None
    return _remember(r, flag, text)


def _read_ascii(r, flag):
    return _remember(r, flag, r.read(r.size("string")).decode("latin-1"))


def _read_short_ascii(r, flag):
    data = r.data
    pos = r.pos
    if pos >= r.end:
        raise MarshalEOFError("EOF read where object expected")
    end = pos + 1 + data[pos]
    if end > r.end:
        raise MarshalEOFError("marshal data too short")
    r.pos = end
    return _remember(r, flag, data[pos + 1:end].decode("latin-1"))


MAX_DEPTH = 2000                        # CPython's MAX_MARSHAL_STACK_DEPTH


def _enter(r):
    r.depth += 1
    if r.depth > MAX_DEPTH:
        raise MarshalError("recursion limit exceeded")


def _read_tuple(r, flag, n=None):
    n = r.size("tuple") if n is None else n
    index = r.ref_reserve(flag)
    read = r.obj
    _enter(r)
    items = tuple([read() for _ in range(n)])
    r.depth -= 1
    if _NULL in items:
        raise MarshalNullError("NULL object in marshal data for tuple")
    return r.ref_set(index, items)


def _read_small_tuple(r, flag):
    return _read_tuple(r, flag, r.byte())


def _read_list(r, flag):
    n = r.size("list")
    result = []
    index = r.ref_reserve(flag)
    r.ref_set(index, result)
    read = r.obj
    _enter(r)
    for _ in range(n):          # (a loop, not extend(generator): no C stack per level)
        result.append(read())
    r.depth -= 1
    if _NULL in result:
        raise MarshalNullError("NULL object in marshal data for list")
    return result


def _read_dict(r, flag):
    result = {}
    index = r.ref_reserve(flag)
    r.ref_set(index, result)
    _enter(r)
    while True:                     # key, value pairs up to a NULL (as CPython: in either place)
        key = r.obj()
        if key is not _NULL:
            value = r.obj()
        if key is _NULL or value is _NULL:
            r.depth -= 1
            return result
        result[key] = value


def _read_set(r, flag, frozen=False):
    n = r.size("set")
    index = r.ref_reserve(flag)
    position = len(r.layout.codes) - 1 if r.layout is not None else None
    early = None if frozen else r.ref_set(index, set())     # a set is referable at once
    items = []
    _enter(r)
    for _ in range(n):
        item = r.obj()
        if early is not None and item is not _NULL:
            early.add(item)                 # (itself: TypeError, unhashable, as CPython)
        items.append(item)
    r.depth -= 1
    if _NULL in items:
        raise MarshalNullError("NULL object in marshal data for set")
    if position is not None:
        r.layout.extras[position] = items    # the written order (the set's own may differ)
    return early if early is not None else r.ref_set(index, frozenset(items))


def _code_field(r):
    value = r.obj()
    if value is _NULL:
        raise MarshalNullError("NULL object in marshal data for code object")
    return value


def _read_code(r, flag):
    index = r.ref_reserve(flag)
    pos = r.pos
    if pos + 20 > r.end:
        raise MarshalEOFError("marshal data too short")
    r.pos = pos + 20
    argcount, posonly, kwonly, stacksize, flags = _FIVE_INT32.unpack_from(r.data, pos)
    code = _code_field(r)
    consts = _code_field(r)
    names = _code_field(r)
    localsplusnames = _code_field(r)
    localspluskinds = _code_field(r)
    filename = _code_field(r)
    name = _code_field(r)
    qualname = _code_field(r)
    firstlineno = r.long()
    linetable = _code_field(r)
    exceptiontable = _code_field(r)
    fields_fit = all(isinstance(value, what) for value, what in (
        (code, bytes), (consts, tuple), (names, tuple), (localsplusnames, tuple),
        (localspluskinds, bytes), (filename, str), (name, str), (qualname, str),
        (linetable, bytes), (exceptiontable, bytes)))
    if not fields_fit or len(localsplusnames) != len(localspluskinds) or \
            min(posonly, kwonly, stacksize, flags) < 0 or argcount < posonly:
        raise MarshalSystemError(BAD_INTERNAL_CALL)
    if len(code) % 2:
        raise MarshalError("code: co_code is malformed")
    result = Code(argcount, posonly, kwonly, stacksize, flags, code, consts, names,
                  localsplusnames, localspluskinds, filename, name, qualname, firstlineno,
                  linetable, exceptiontable)
    if result.parameter_count > result.co_nlocals:
        raise MarshalError("code: co_varnames is too small")
    if not all(type(item) is str for item in names + localsplusnames):
        raise MarshalSystemError("non-string found in code slot")
    return r.ref_set(index, result)


_READERS = {
    "0": lambda r, flag: _NULL, "N": _simple(None), "F": _simple(False), "T": _simple(True),
    "S": _simple(StopIteration), ".": _simple(Ellipsis),
    "i": _read_int, "I": _read_int64, "l": _read_long,
    "g": _read_binary_float, "f": _read_text_float,
    "y": _read_binary_complex, "x": _read_text_complex,
    "s": _read_bytes, "t": _read_unicode, "u": _read_unicode,
    "a": _read_ascii, "A": _read_ascii, "z": _read_short_ascii, "Z": _read_short_ascii,
    "(": _read_tuple, ")": _read_small_tuple, "[": _read_list, "{": _read_dict,
    "<": _read_set, ">": lambda r, flag: _read_set(r, flag, frozen=True), "c": _read_code,
}
_READER_BY_CODE = [_READERS.get(chr(c)) for c in range(128)]     # indexed by type code


def _not_null(value):
    if value is _NULL:
        raise MarshalNullError("NULL object in marshal data for object")
    return value


def _read_object(data, keep_layout):
    """(object, reader): one object from the start of ``data``."""
    reader = Reader(data, keep_layout)
    try:
        value = reader.obj()
    except RecursionError:          # absurdly deep nesting: CPython's limit is 2000 levels
        raise MarshalError("recursion limit exceeded") from None
    return _not_null(value), reader


def loads(data, keep_layout=True):
    """The object at the start of ``data`` (trailing bytes are ignored, as CPython does).
    A top-level Code keeps the layout it was read with in marshal_info (unless
    keep_layout is false: ~15% faster, but a later dumps writes it fresh)."""
    keep_layout = keep_layout and data[:1] != b"" and data[0] & ~FLAG_REF == ord("c")
    value, reader = _read_object(data, keep_layout)
    if keep_layout:
        value.marshal_info = reader.layout
    return value


def loads_with_layout(data, check_end=True):
    """(object, layout) for ``dumps(object, layout)``; with check_end, data must end there."""
    value, reader = _read_object(data, True)
    if check_end and reader.pos != len(reader.data):
        raise MarshalError("bad marshal data (extra data after the object)")
    return value, reader.layout


def load(file):
    """One object from a binary file, leaving the file just after it (if it can seek)."""
    start = file.tell() if file.seekable() else None
    data = file.read()
    value, reader = _read_object(data, data[:1] != b"" and data[0] & ~FLAG_REF == ord("c"))
    if isinstance(value, Code):
        value.marshal_info = reader.layout
    if start is not None:
        file.seek(start + reader.pos)
    return value


# -- writing -------------------------------------------------------------------------------

class Writer:
    def __init__(self, layout=None):
        self.out = bytearray()
        self.layout = layout
        self.position = 0                # next entry of layout.codes to replay
        self.refs = {}                   # id(obj) -> ref index (fresh mode)
        self.ref_count = 0
        self.shared = None
        self.keep_alive = []
        self.set_order = None
        self.replayed_refs = []          # ref index -> object written with FLAG_REF (replay)

    def long(self, n):
        self.out += struct.pack("<i", n)

    # -- replaying a recorded layout
    def replay(self, value):
        position = self.position
        if position >= len(self.layout.codes):
            raise _LayoutMismatch()
        code = self.layout.codes[position]
        self.position = position + 1
        kind = chr(code & ~FLAG_REF)
        if kind == "r":
            index = self.layout.extras[position]
            if index >= len(self.replayed_refs) or self.replayed_refs[index] is not value:
                raise _LayoutMismatch()
            self.out.append(code)
            self.long(index)
            return
        if not _layout_fits(kind, value):
            raise _LayoutMismatch()
        self.out.append(code)
        if code & FLAG_REF:
            self.replayed_refs.append(value)
        self.set_order = None
        if kind in "<>":
            order = self.layout.extras.get(position)
            if order is None or len(order) != len(value) or set(order) != value:
                raise _LayoutMismatch()
            self.set_order = order
        self.write_body(kind, value, self.replay)

    # -- choosing like CPython
    def fresh(self, value):
        key = id(value)
        if key in self.refs:
            self.out.append(ord("r"))
            self.long(self.refs[key])
            return
        kind = _kind_for(value)
        self.set_order = None
        flag = 0
        if kind in "c" or (kind in "zZaAut" and kind in "ZAt") or self.shared.get(key, 0) > 1:
            if value not in (None, True, False, Ellipsis, StopIteration):
                flag = FLAG_REF
                self.refs[key] = self.ref_count
                self.ref_count += 1
                self.keep_alive.append(value)
        self.out.append(ord(kind) | flag)
        self.write_body(kind, value, self.fresh)

    def write_body(self, kind, value, write):
        out = self.out
        if kind in "NFTS.0":
            return
        if kind == "i":
            self.long(value)
        elif kind == "l":
            sign = -1 if value < 0 else 1
            value = abs(value)
            digits = []
            while value:
                digits.append(value & 0x7FFF)
                value >>= 15
            self.long(sign * len(digits))
            for d in digits:
                out += struct.pack("<H", d)
        elif kind == "g":
            out += struct.pack("<d", value)
        elif kind == "y":
            out += struct.pack("<dd", value.real, value.imag)
        elif kind == "f":
            text = repr(value).encode()
            out.append(len(text))
            out += text
        elif kind == "x":
            for part in (value.real, value.imag):
                text = repr(part).encode()
                out.append(len(text))
                out += text
        elif kind == "s":
            self.long(len(value))
            out += value
        elif kind in "tu":
            data = value.encode("utf-8", "surrogatepass")
            self.long(len(data))
            out += data
        elif kind in "aA":
            self.long(len(value))
            out += value.encode("latin-1")
        elif kind in "zZ":
            out.append(len(value))
            out += value.encode("latin-1")
        elif kind in "()":
            if kind == ")":
                out.append(len(value))
            else:
                self.long(len(value))
            for item in value:
                write(item)
        elif kind == "[":
            self.long(len(value))
            for item in value:
                write(item)
        elif kind == "{":
            for key, item in value.items():
                write(key)
                write(item)
            if self.layout is not None:
                codes = self.layout.codes
                if self.position >= len(codes) or codes[self.position] != ord("0"):
                    raise _LayoutMismatch()
                self.position += 1
            out.append(ord("0"))
        elif kind in "<>":
            self.long(len(value))
            for item in (self.set_order if self.set_order is not None else value):
                write(item)
        elif kind == "c":
            for n in (value.co_argcount, value.co_posonlyargcount, value.co_kwonlyargcount,
                      value.co_stacksize, value.co_flags):
                self.long(n)
            write(value.co_code)
            write(value.co_consts)
            write(value.co_names)
            write(value.co_localsplusnames)
            write(value.co_localspluskinds)
            write(value.co_filename)
            write(value.co_name)
            write(value.co_qualname)
            self.long(value.co_firstlineno)
            write(value.co_linetable)
            write(value.co_exceptiontable)
        else:
            raise MarshalError("unmarshallable object")


_KIND_TYPES = {
    "i": int, "l": int, "g": float, "f": float, "y": complex, "x": complex,
    "s": bytes, "t": str, "u": str, "a": str, "A": str, "z": str, "Z": str,
    "(": tuple, ")": tuple, "[": list, "{": dict, "<": set, ">": frozenset, "c": Code,
}
_KIND_SINGLETONS = {"N": None, "F": False, "T": True, ".": Ellipsis, "S": StopIteration}


def _layout_fits(kind, value):
    """Can ``value`` be written with the recorded type code ``kind``?"""
    if kind in _KIND_SINGLETONS:
        return value is _KIND_SINGLETONS[kind]
    if type(value) is not _KIND_TYPES.get(kind):
        return False
    if kind == "i":
        return -2 ** 31 <= value < 2 ** 31
    if kind in "aAzZ":
        return value.isascii() and (kind in "aA" or len(value) < 256)
    if kind == ")":
        return len(value) < 256
    return True


def _is_identifier_like(s):
    return s.isascii() and all(c.isalnum() or c == "_" for c in s)


def _kind_for(value):
    if value is None:
        return "N"
    if value is False:
        return "F"
    if value is True:
        return "T"
    if value is Ellipsis:
        return "."
    if value is StopIteration:
        return "S"
    if isinstance(value, int):
        return "i" if -2 ** 31 <= value < 2 ** 31 else "l"
    if isinstance(value, float):
        return "g"
    if isinstance(value, complex):
        return "y"
    if isinstance(value, str):
        if value.isascii():
            interned = _is_identifier_like(value)
            if len(value) < 256:
                return "Z" if interned else "z"
            return "A" if interned else "a"
        return "t" if value.isidentifier() else "u"
    if isinstance(value, (bytes, bytearray)):
        return "s"
    if isinstance(value, tuple):
        return ")" if len(value) < 256 else "("
    if isinstance(value, list):
        return "["
    if isinstance(value, dict):
        return "{"
    if isinstance(value, frozenset):
        return ">"
    if isinstance(value, set):
        return "<"
    if isinstance(value, Code):
        return "c"
    raise MarshalError("unmarshallable object")


def _count_shared(value, counts):
    key = id(value)
    counts[key] = counts.get(key, 0) + 1
    if counts[key] > 1:
        return
    if isinstance(value, (tuple, list, set, frozenset)):
        for item in value:
            _count_shared(item, counts)
    elif isinstance(value, dict):
        for k, v in value.items():
            _count_shared(k, counts)
            _count_shared(v, counts)
    elif isinstance(value, Code):
        for item in (value.co_code, value.co_consts, value.co_names, value.co_localsplusnames,
                     value.co_localspluskinds, value.co_filename, value.co_name,
                     value.co_qualname, value.co_linetable, value.co_exceptiontable):
            _count_shared(item, counts)


def dumps(value, layout=None):
    """Marshal ``value``; replay ``layout`` (or a loaded Code's own) when it still fits."""
    if layout is None and isinstance(value, Code):
        layout = value.marshal_info
    if layout is not None:
        writer = Writer(layout)
        try:
            writer.replay(value)
            if writer.position == len(layout.codes):
                return bytes(writer.out)
        except _LayoutMismatch:
            pass
    writer = Writer()
    writer.shared = {}
    _count_shared(value, writer.shared)
    writer.fresh(value)
    return bytes(writer.out)


def dump(value, file, layout=None):
    file.write(dumps(value, layout))
