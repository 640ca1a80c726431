"""The CPython 3.12 marshal format (version 4): reading and writing.

``loads(data)`` returns host values (None, bool, int, float, complex, str,
bytes, tuple, list, dict, set, frozenset, Ellipsis, StopIteration) and
snakevm.code.Code objects.  ``loads_with_layout(data)`` also returns the
*layout* it saw — for every object in read order, its type byte (with
FLAG_REF) or the back-reference it used — and ``dumps(obj, layout)`` replays
it, which makes ``dumps(*loads_with_layout(b)) == b`` for everything CPython
writes (CPython decides FLAG_REF from reference counts, which no writer can
see).  Without a layout, ``dumps`` chooses like CPython where it can: FLAG_REF
on code objects, interned-looking strings and anything that occurs more than
once; back-references by identity.
"""

import struct

from snakevm.code import Code

FLAG_REF = 0x80


class MarshalError(ValueError):
    pass


# -- reading -------------------------------------------------------------------------------

class Reader:
    def __init__(self, data, keep_layout=False):
        self.data = memoryview(data)
        self.pos = 0
        self.refs = []
        self.layout = [] if keep_layout else None

    def read(self, n):
        if self.pos + n > len(self.data):
            raise MarshalError("marshal data too short")
        chunk = self.data[self.pos:self.pos + n]
        self.pos += n
        return chunk

    def byte(self):
        if self.pos >= len(self.data):
            raise MarshalError("EOF read where object expected")
        b = self.data[self.pos]
        self.pos += 1
        return b

    def long(self):
        return struct.unpack("<i", self.read(4))[0]

    def size(self):
        n = self.long()
        if n < 0:
            raise MarshalError("bad marshal data (bytes object size out of range)")
        return n

    def ref_reserve(self, flag):
        if not flag:
            return None
        self.refs.append(None)
        return len(self.refs) - 1

    def ref_set(self, index, value):
        if index is not None:
            self.refs[index] = value
        return value

    def obj(self):
        code = self.byte()
        flag = code & FLAG_REF
        kind = chr(code & ~FLAG_REF)
        if self.layout is not None:
            entry = [code]
            self.layout.append(entry)
        if kind == "r":
            index = self.long()
            if not 0 <= index < len(self.refs) or self.refs[index] is None and \
                    index == len(self.refs) - 1 and False:
                raise MarshalError("bad marshal data (invalid reference)")
            if self.layout is not None:
                entry.append(index)
            return self.refs[index]
        reader = _READERS.get(kind)
        if reader is None:
            raise MarshalError("bad marshal data (unknown type code)")
        return reader(self, flag)


def _simple(value):
    def read(r, flag):
        return value
    return read


def _read_int(r, flag):
    return r.ref_set(r.ref_reserve(flag), r.long())


def _read_long(r, flag):
    n = r.long()
    digits = [struct.unpack("<H", r.read(2))[0] for _ in range(abs(n))]
    value = 0
    for d in reversed(digits):
        if d > 0x7FFF:
            raise MarshalError("bad marshal data (digit out of range in long)")
        value = (value << 15) | d
    if n < 0:
        value = -value
    return r.ref_set(r.ref_reserve(flag), value)


def _read_binary_float(r, flag):
    return r.ref_set(r.ref_reserve(flag), struct.unpack("<d", r.read(8))[0])


def _read_text_float(r, flag):
    n = r.byte()
    return r.ref_set(r.ref_reserve(flag), float(bytes(r.read(n)).decode("ascii")))


def _read_binary_complex(r, flag):
    real, imag = struct.unpack("<dd", r.read(16))
    return r.ref_set(r.ref_reserve(flag), complex(real, imag))


def _read_text_complex(r, flag):
    n = r.byte()
    real = float(bytes(r.read(n)).decode("ascii"))
    n = r.byte()
    imag = float(bytes(r.read(n)).decode("ascii"))
    return r.ref_set(r.ref_reserve(flag), complex(real, imag))


def _read_bytes(r, flag):
    return r.ref_set(r.ref_reserve(flag), bytes(r.read(r.size())))


def _read_unicode(r, flag):
    data = bytes(r.read(r.size()))
    try:
        text = data.decode("utf-8", "surrogatepass")
    except UnicodeDecodeError:
        raise MarshalError("bad marshal data (invalid UTF-8)")
    return r.ref_set(r.ref_reserve(flag), text)


def _read_ascii(r, flag):
    return r.ref_set(r.ref_reserve(flag), bytes(r.read(r.size())).decode("latin-1"))


def _read_short_ascii(r, flag):
    return r.ref_set(r.ref_reserve(flag), bytes(r.read(r.byte())).decode("latin-1"))


def _read_tuple(r, flag, n=None):
    n = r.size() if n is None else n
    index = r.ref_reserve(flag)
    items = tuple(r.obj() for _ in range(n))
    return r.ref_set(index, items)


def _read_small_tuple(r, flag):
    return _read_tuple(r, flag, r.byte())


def _read_list(r, flag):
    n = r.size()
    result = []
    index = r.ref_reserve(flag)
    r.ref_set(index, result)
    result.extend(r.obj() for _ in range(n))
    return result


def _read_dict(r, flag):
    result = {}
    index = r.ref_reserve(flag)
    r.ref_set(index, result)
    while True:
        if r.pos < len(r.data) and r.data[r.pos] == ord("0"):
            r.pos += 1
            if r.layout is not None:
                r.layout.append([ord("0")])
            return result
        key = r.obj()
        result[key] = r.obj()


def _read_set(r, flag, frozen=False):
    n = r.size()
    index = r.ref_reserve(flag)
    entry = r.layout[-1] if r.layout is not None else None
    items = [r.obj() for _ in range(n)]
    if entry is not None:
        entry.append(items)          # the written order (a set's own order may differ)
    value = frozenset(items) if frozen else set(items)
    return r.ref_set(index, value)


def _read_code(r, flag):
    index = r.ref_reserve(flag)
    argcount, posonly, kwonly, stacksize, flags = (r.long() for _ in range(5))
    code = r.obj()
    consts = r.obj()
    names = r.obj()
    localsplusnames = r.obj()
    localspluskinds = r.obj()
    filename = r.obj()
    name = r.obj()
    qualname = r.obj()
    firstlineno = r.long()
    linetable = r.obj()
    exceptiontable = r.obj()
    for value, what in ((code, bytes), (consts, tuple), (names, tuple), (localsplusnames, tuple),
                        (localspluskinds, bytes), (filename, str), (name, str),
                        (qualname, str), (linetable, bytes), (exceptiontable, bytes)):
        if not isinstance(value, what):
            raise MarshalError("bad marshal data (code object field has the wrong type)")
    return r.ref_set(index, Code(argcount, posonly, kwonly, stacksize, flags, code, consts,
                                 names, localsplusnames, localspluskinds, filename, name,
                                 qualname, firstlineno, linetable, exceptiontable))


_READERS = {
    "0": lambda r, flag: None, "N": _simple(None), "F": _simple(False), "T": _simple(True),
    "S": _simple(StopIteration), ".": _simple(Ellipsis),
    "i": _read_int, "l": _read_long, "g": _read_binary_float, "f": _read_text_float,
    "y": _read_binary_complex, "x": _read_text_complex,
    "s": _read_bytes, "t": _read_unicode, "u": _read_unicode,
    "a": _read_ascii, "A": _read_ascii, "z": _read_short_ascii, "Z": _read_short_ascii,
    "(": _read_tuple, ")": _read_small_tuple, "[": _read_list, "{": _read_dict,
    "<": _read_set, ">": lambda r, flag: _read_set(r, flag, frozen=True), "c": _read_code,
}


def loads(data):
    return Reader(data).obj()


def loads_with_layout(data):
    reader = Reader(data, keep_layout=True)
    value = reader.obj()
    if reader.pos != len(reader.data):
        raise MarshalError("bad marshal data (extra data after the object)")
    return value, reader.layout


def load(file):
    return loads(file.read())


# -- writing -------------------------------------------------------------------------------

class Writer:
    def __init__(self, layout=None):
        self.out = bytearray()
        self.layout = iter(layout) if layout is not None else None
        self.refs = {}                   # id(obj) -> ref index (fresh mode)
        self.ref_count = 0
        self.shared = None
        self.keep_alive = []
        self.set_order = None

    def long(self, n):
        self.out += struct.pack("<i", n)

    # -- replaying a recorded layout
    def replay(self, value):
        entry = next(self.layout)
        code = entry[0]
        kind = chr(code & ~FLAG_REF)
        self.out.append(code)
        if kind == "r":
            self.long(entry[1])
            return
        self.set_order = entry[1] if kind in "<>" else None
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
                next(self.layout)
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
        return "u"
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
    writer = Writer(layout)
    if layout is not None:
        writer.replay(value)
    else:
        writer.shared = {}
        _count_shared(value, writer.shared)
        writer.fresh(value)
    return bytes(writer.out)


def dump(value, file, layout=None):
    file.write(dumps(value, layout))
