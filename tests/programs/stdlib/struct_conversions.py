# struct: argument conversion through the bridge (__index__, __float__, int/bytes subclasses) and CPython's error messages for pack/unpack/calcsize.
import struct


def show(label, func):
    try:
        print(label, repr(func()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Index:
    def __index__(self):
        return 7


class Float:
    def __float__(self):
        return 1.5


class Plain:
    pass


class MyInt(int):
    pass


class MyBytes(bytes):
    pass


show("mixed", lambda: struct.pack("<iHq?", -5, 7, 2 ** 40, True))
show("floats", lambda: struct.pack(">d f e", 1.5, 2.5, 3.5))
show("__index__ to int", lambda: struct.pack("i", Index()))
show("__float__ to int", lambda: struct.pack("i", Float()))
show("__float__ to double", lambda: struct.pack("d", Float()))
show("__index__ to double", lambda: struct.pack("d", Index()))
show("plain to int", lambda: struct.pack("i", Plain()))
show("plain to double", lambda: struct.pack("d", Plain()))
show("str to int", lambda: struct.pack("i", "x"))
show("float to int", lambda: struct.pack("i", 1.5))
show("int subclass", lambda: struct.pack("i", MyInt(9)))
show("range i", lambda: struct.pack("i", 2 ** 40))
show("range B", lambda: struct.pack("B", 256))
show("range b", lambda: struct.pack("b", -129))
show("range Q", lambda: struct.pack("<Q", -1))
show("range I", lambda: struct.pack("!I", 2 ** 32))
show("range <i", lambda: struct.pack("<i", 2 ** 31))
show("range <l", lambda: struct.pack("<l", 2 ** 31))
show("range @i", lambda: struct.pack("@i", 2 ** 31))
show("half overflow", lambda: struct.pack("e", 1e10))
show("float overflow", lambda: struct.pack("<f", 1e300))
show("half roundtrip", lambda: struct.unpack("e", struct.pack("e", 65520.0)))
show("strings", lambda: struct.pack("5s3p", b"hello world", b"ab"))
show("s with str", lambda: struct.pack("s", "x"))
show("c too long", lambda: struct.pack("c", b"ab"))
show("c bytes subclass", lambda: struct.pack("c", MyBytes(b"a")))
show("? any object", lambda: struct.pack("??", Plain(), []))
show("too few items", lambda: struct.pack("i"))
show("too many items", lambda: struct.pack("i", 1, 2))
show("bad char", lambda: struct.pack("z", 1))
show("no args", lambda: struct.pack())
show("format int", lambda: struct.pack(5))
show("format bytes", lambda: struct.pack(b"<h", 5))
show("P", lambda: len(struct.pack("P", 5)))
show("n N", lambda: len(struct.pack("n N", -5, 5)))
show("<n", lambda: struct.pack("<n", 5))
show("0s", lambda: struct.pack("0s"))
show("repeat", lambda: struct.pack("2i", *range(2)))
show("unpack", lambda: struct.unpack("<iH", b"\x01\0\0\0\x02\0"))
show("unpack short", lambda: struct.unpack("<i", b"\x01"))
show("unpack str", lambda: struct.unpack("<i", "abcd"))
show("unpack plain", lambda: struct.unpack("<i", Plain()))
show("unpack ?", lambda: struct.unpack("<?", b"\x02"))
show("unpack 3s", lambda: struct.unpack("<3s", b"abc"))
show("calcsize", lambda: (struct.calcsize("<iHq"), struct.calcsize("iHq"), struct.calcsize("3x5s")))
show("calcsize bad", lambda: struct.calcsize("y"))
show("calcsize int", lambda: struct.calcsize(5))
show("calcsize huge", lambda: struct.calcsize("999999999999999999999i"))
show("error class", lambda: (struct.error.__module__, struct.error.__qualname__, struct.error.__mro__))
try:
    struct.pack("B", 300)
except struct.error as e:
    print("caught", type(e).__name__, e.args)
show("clearcache", lambda: struct._clearcache())
show("dir _struct", lambda: sorted(n for n in dir(__import__("_struct")) if not n.startswith("__")))
