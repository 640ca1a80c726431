# category: bridge-objects
# must: memoryview attributes, cast and release behave like CPython
# oracle: cpython
src = bytearray(b"abcdefgh")
m = memoryview(src)
print("obj", m.obj is src, m.tobytes(), m.format, m.itemsize, m.shape, m.strides, m.readonly)
for args in [("I",), ("B", (2, 4)), ("B", (3,)), ("x",), ("I", (3,)), (5,), ("B", [2, 4]), ("B", (-1,)),
             ("c",), ("B", ()), ("d", (1,)), ("B", (2**62, 2**62))]:
    try:
        c = m.cast(*args)
        print("cast", args, c.format, c.shape, c.nbytes)
    except Exception as e:
        print("cast", args, type(e).__name__)
b = b"ab".__buffer__(0)
print("buffer", type(b).__name__, b.readonly, b.tobytes())
for flag in [-1, "x", 2**70, None]:
    try:
        print("flag ok", type(b"ab".__buffer__(flag)).__name__)
    except Exception as e:
        print("flag", type(e).__name__)
m2 = memoryview(b"xyz")
m2.release()
for name, call in [("tobytes", lambda: m2.tobytes()), ("obj", lambda: m2.obj), ("len", lambda: len(m2)),
                   ("index", lambda: m2[0]), ("cast", lambda: m2.cast("B")), ("release", lambda: m2.release()),
                   ("eq", lambda: m2 == m2), ("repr", lambda: repr(m2)[:19]), ("hash", lambda: hash(m2))]:
    try:
        print(name, call())
    except Exception as e:
        print(name, type(e).__name__)
src = bytearray(b"ab")
m3 = memoryview(src)
try:
    src.append(1)
except Exception as e:
    print("resize while exported", type(e).__name__)
m3.release()
src.append(1)
print("resize after release", len(src))
mm = memoryview(b"abcd")
print("dir walk", all(isinstance(type(getattr(mm, a)).__name__, str) for a in dir(mm)))
print("toreadonly", mm.toreadonly().readonly, mm[::2].tobytes(), mm.hex(":"))
