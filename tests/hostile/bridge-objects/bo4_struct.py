# category: bridge-objects
# must: struct.Struct with odd formats raises like CPython
# oracle: cpython
import struct
for fmt in ["", "i", "<i", "@", "z", "999999999999999999999i", "2x", "x" * 3, "<>i", "!q", "e", "?",
            "P", "<P", "3s", "0s", "p", "n", "<n", b"h", 5, None, "i i", "\0", "-1i"]:
    try:
        s = struct.Struct(fmt)
        print(repr(fmt)[:12], "ok", s.size, s.format)
    except Exception as e:
        print(repr(fmt)[:12], type(e).__name__)
s = struct.Struct("<hH")
for args in [(1, 2), (1,), (1, 2, 3), (70000, 1), (1.5, 1), ("a", 1), (-1, -1)]:
    try:
        print("pack", args, s.pack(*args))
    except Exception as e:
        print("pack", args, type(e).__name__)
for data in [b"\x01\x00\x02\x00", b"\x01", b"", bytearray(4), memoryview(b"abcd"), "abcd"]:
    try:
        print("unpack", s.unpack(data))
    except Exception as e:
        print("unpack", type(e).__name__)
buf = bytearray(3)
for off in [0, -1, 10, -10, 2**70]:
    try:
        s.pack_into(buf, off, 1, 2)
        print("pack_into ok", off)
    except Exception as e:
        print("pack_into", repr(off)[:8], type(e).__name__)
print("iter", list(s.iter_unpack(b"\x01\x00\x02\x00" * 2)))
try:
    list(s.iter_unpack(b"abc"))
except Exception as e:
    print("iter bad", type(e).__name__)
print("dir walk", all(isinstance(type(getattr(s, a)).__name__, str) for a in dir(s)))
