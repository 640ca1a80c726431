"""Read co_localspluskinds of host code objects (not exposed to Python) from marshal data.

A minimal reader of CPython 3.12's marshal format, enough to walk code objects
and return, per code object (pre-order), its localsplus names and kinds.  Used
to check the one code-object field the host bridge cannot express
(CO_FAST_HIDDEN on names of comprehensions inlined at module/class level).
"""

import marshal
import struct


class _Reader:
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.refs = []
        self.kinds = []

    def byte(self):
        b = self.data[self.pos]
        self.pos += 1
        return b

    def long(self):
        v = struct.unpack_from("<i", self.data, self.pos)[0]
        self.pos += 4
        return v

    def raw(self, n):
        b = self.data[self.pos:self.pos + n]
        self.pos += n
        return b

    def obj(self):
        code = self.byte()
        flag = code & 0x80
        t = chr(code & 0x7F)
        idx = None
        if flag and t not in "r":
            idx = len(self.refs)
            self.refs.append(None)
        v = self._read(t)
        if idx is not None:
            self.refs[idx] = v
        return v

    def _read(self, t):
        if t in "0NFTS.":
            return {"0": None, "N": None, "F": False, "T": True, "S": StopIteration,
                    ".": Ellipsis}[t]
        if t == "i":
            return self.long()
        if t == "l":
            n = self.long()
            digits = [struct.unpack_from("<H", self.data, self.pos + 2 * i)[0]
                      for i in range(abs(n))]
            self.pos += 2 * abs(n)
            v = 0
            for d in reversed(digits):
                v = (v << 15) | d
            return -v if n < 0 else v
        if t == "g":
            return struct.unpack("<d", self.raw(8))[0]
        if t == "y":
            return complex(*struct.unpack("<dd", self.raw(16)))
        if t in "sut":
            return self.raw(self.long())
        if t in "aA":
            return self.raw(self.long())
        if t in "zZ":
            return self.raw(self.byte())
        if t == "r":
            return self.refs[self.long()]
        if t in "()":
            n = self.byte() if t == ")" else self.long()
            return tuple(self.obj() for _ in range(n))
        if t in "[{<>":
            n = self.long()
            return [self.obj() for _ in range(n)]
        if t == "c":
            for _ in range(5):
                self.long()
            slot = len(self.kinds)
            self.kinds.append(None)
            self.obj()                      # code
            self.obj()                      # consts
            self.obj()                      # names
            names = self.obj()              # localsplusnames
            kinds = self.obj()              # localspluskinds
            self.kinds[slot] = (names, bytes(kinds))
            for _ in range(3):
                self.obj()                  # filename, name, qualname
            self.long()                     # firstlineno
            self.obj()                      # linetable
            self.obj()                      # exceptiontable
            return "<code>"
        raise ValueError("unsupported marshal type %r" % t)


def localsplus_kinds(host_code):
    """[(localsplusnames as bytes tuple, kinds bytes)] for each code object, pre-order."""
    r = _Reader(marshal.dumps(host_code))
    r.obj()
    return [k[1] for k in r.kinds]


def snakevm_kinds(code):
    """The same list for a snakevm Code tree (shared code objects counted once, like marshal)."""
    seen = set()
    out = []

    def walk(c):
        if id(c) in seen:
            return
        seen.add(id(c))
        out.append(bytes(c.co_localspluskinds))
        for k in c.co_consts:
            if hasattr(k, "co_localspluskinds"):
                walk(k)
            elif type(k) is tuple:
                for item in k:
                    if hasattr(item, "co_localspluskinds"):
                        walk(item)
    walk(code)
    return out
