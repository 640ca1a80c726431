# struct: pack/unpack/calcsize, Struct objects and subclasses, buffers, iter_unpack, errors.
import struct, array
print(struct.pack("<iHd", 1, 2, 3.5), struct.unpack(">I", b"\0\0\1\0"), struct.calcsize("@iq"), struct.calcsize("<iq"))
s = struct.Struct("<2h")
print(s.format, s.size, s.pack(1, -2), s.unpack(b"\1\0\2\0"), list(s.iter_unpack(b"\1\0\2\0\3\0\4\0")))
buf = bytearray(8); struct.pack_into("<i", buf, 2, 7)
print(buf, struct.unpack_from("<i", buf, 2), struct.unpack_from("<i", memoryview(buf), offset=2))
arr = array.array("b", [0] * 4); struct.pack_into("<h", arr, 0, 258); print(arr)
for bad in [("i", 1.5), ("i", "x"), ("b", 300), ("i",), ("z", 1)]:
    try:
        struct.pack(*bad)
    except struct.error as e:
        print("struct.error:", e)
    except TypeError as e:
        print("TypeError:", e)
class Idx:
    def __index__(self): return 5
print(struct.pack("i", Idx()), struct.error.__module__, struct.error.__mro__[1].__name__)
class T(struct.Struct):
    def __init__(self):
        super().__init__("hh")
t = T(); print(t.size, t.format, type(t).__name__, isinstance(t, struct.Struct))
it = struct.iter_unpack("b", b"abc"); print(it.__length_hint__(), next(it), list(it))
try:
    struct.unpack("i", b"ab")
except struct.error as e:
    print(e)
print(struct.pack("?5sp", True, b"hi", b"xyz"), struct.pack("e", 1.5), struct.unpack("<Q", struct.pack("<Q", 2 ** 64 - 1)))
