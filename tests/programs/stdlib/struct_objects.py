# struct: Struct objects (3.12 __new__/__init__ split, subclasses, format/size), pack_into/unpack_from over bytearray/memoryview/array, iter_unpack iterators.
import array
import copy
import pickle
import struct


def show(label, func):
    try:
        print(label, repr(func()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Index:
    def __index__(self):
        return 2


ba = bytearray(8)
show("pack_into", lambda: struct.pack_into("<hh", ba, 2, 1, 2))
show("after", lambda: ba)
show("pack_into overflow", lambda: struct.pack_into("<hh", ba, 6, 1, 2))
show("pack_into negative", lambda: struct.pack_into("<h", ba, -2, 0x4142))
show("pack_into too negative", lambda: struct.pack_into("<hh", ba, -9, 1, 2))
show("pack_into bytes", lambda: struct.pack_into("<hh", b"12345678", 0, 1, 2))
show("pack_into no offset", lambda: struct.pack_into("<hh", ba))
show("pack_into str offset", lambda: struct.pack_into("<h", ba, "x", 1))
show("pack_into __index__ offset", lambda: struct.pack_into("<h", ba, Index(), 5))
view = memoryview(ba)
show("pack_into memoryview", lambda: struct.pack_into("<h", view, 0, 0x4443))
show("bytearray through view", lambda: bytes(ba))
arr = array.array("b", [0] * 6)
show("pack_into array", lambda: struct.pack_into("<h", arr, 1, 0x4142))
show("array after", lambda: arr)
show("unpack bytearray", lambda: struct.unpack("<iH", bytearray(b"\x01\0\0\0\x02\0")))
show("unpack memoryview", lambda: struct.unpack("<iH", memoryview(b"\x01\0\0\0\x02\0")))
show("unpack array", lambda: struct.unpack("<i", array.array("i", [5])))
show("unpack_from", lambda: struct.unpack_from("<h", b"\0\0\x05\0", 2))
show("unpack_from keyword", lambda: struct.unpack_from("<h", b"\0\0\x05\0", offset=2))
show("unpack_from buffer keyword", lambda: struct.unpack_from("<h", buffer=b"\x07\0"))
show("unpack_from past end", lambda: struct.unpack_from("<h", b"\0\0\x05\0", 3))
show("unpack_from negative", lambda: struct.unpack_from("<h", b"\0\0\x05\0", -2))
show("unpack_from too negative", lambda: struct.unpack_from("<h", b"\0\0\x05\0", -9))
show("unpack_from __index__", lambda: struct.unpack_from("<h", b"\0\0\x05\0", Index()))
it = struct.iter_unpack("<h", b"\x01\0\x02\0\x03\0")
show("iterator type", lambda: (type(it).__name__, type(it).__module__))
show("length hint", lambda: it.__length_hint__())
show("next", lambda: next(it))
show("rest", lambda: list(it))
show("exhausted", lambda: next(it))
show("iter is self", lambda: iter(it) is it)
show("iter_unpack bad size", lambda: struct.iter_unpack("<h", b"\x01"))
show("iter_unpack empty format", lambda: struct.iter_unpack("", b""))
show("iter_unpack str", lambda: struct.iter_unpack("<h", "ab"))
show("iterator not creatable", lambda: type(it)())
s = struct.Struct("<ih")
show("format size", lambda: (s.format, s.size))
show("pack", lambda: s.pack(1, 2))
show("pack wrong count", lambda: s.pack(1))
show("pack __index__", lambda: s.pack(1, Index()))
show("unpack", lambda: s.unpack(b"\1\0\0\0\2\0"))
show("unpack_from", lambda: s.unpack_from(b"xx\1\0\0\0\2\0", 2))
show("iter_unpack", lambda: list(s.iter_unpack(b"\1\0\0\0\2\0" * 2)))
show("pack_into", lambda: (s.pack_into(ba, 0, 3, 4), bytes(ba)))
show("bytes format", lambda: struct.Struct(b"<i").format)
show("int format", lambda: struct.Struct(5))
show("no format", lambda: struct.Struct())
show("two formats", lambda: struct.Struct("i", "h"))
show("keyword format", lambda: struct.Struct(format="h").size)
show("bad keyword", lambda: struct.Struct(fmt="h"))
show("bad format", lambda: struct.Struct("zz"))
show("sizeof", lambda: struct.Struct("q").__sizeof__() > 0)
show("equality is identity", lambda: struct.Struct("i") == struct.Struct("i"))


def set_format():
    s.format = "h"


show("set format", set_format)
uninit = struct.Struct.__new__(struct.Struct)
show("uninitialized", lambda: (uninit.size, uninit.format))
show("uninitialized pack", lambda: uninit.pack())
show("uninitialized unpack", lambda: uninit.unpack(b"ab"))
show("uninitialized pack_into", lambda: uninit.pack_into(bytearray(3), 0))
show("__new__ ignores arguments", lambda: struct.Struct.__new__(struct.Struct, 1, 2, x=3).size)
uninit.__init__("<h")
show("initialized later", lambda: uninit.pack(3))
reinit = struct.Struct("<i")
show("re-init", lambda: (reinit.__init__("<h"), reinit.format, reinit.size, reinit.pack(1)))
show("init int", lambda: reinit.__init__(5))
show("init none", lambda: reinit.__init__())


class Sub(struct.Struct):
    def __init__(self, fmt, extra):
        super().__init__(fmt)
        self.extra = extra


sub = Sub("<H", "hello")
show("subclass", lambda: (sub.format, sub.size, sub.extra, sub.pack(5), isinstance(sub, struct.Struct)))


class Plain(struct.Struct):
    pass


show("plain subclass", lambda: (Plain("<i").pack(3), Plain("<i").__dict__))


class Slotted(struct.Struct):
    __slots__ = ()


show("slotted subclass", lambda: Slotted("i").size)


class CustomNew(struct.Struct):
    def __new__(cls, *args):
        return super().__new__(cls)

    def __init__(self, *args):
        pass


show("never initialized", lambda: CustomNew("i").size)
show("copy", lambda: copy.copy(s))
show("pickle", lambda: pickle.dumps(s))
