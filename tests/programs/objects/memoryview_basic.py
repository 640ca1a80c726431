# memoryview basics: slicing without copying, writes into bytearray, tobytes/tolist/hex, release, format, errors.
data = bytearray(b"abcdef")
mv = memoryview(data)
print(type(mv).__name__, len(mv), mv[0], mv[-1], mv.readonly, mv.format, mv.itemsize, mv.ndim, mv.shape, mv.nbytes)
sub = mv[1:4]
print(bytes(sub), sub.tobytes(), sub.tolist(), sub.hex(), len(sub))
sub[0] = ord("B")
mv[4:6] = b"EF"
print(data)
print(mv == b"aBcdEF", mv.tobytes() == bytes(data), list(mv[::2]), bytes(mv[::-1]))
ro = memoryview(b"readonly")
print(ro.readonly, bytes(ro[:4]), ro.obj)
try:
    ro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    mv[0] = 256
except ValueError as e:
    print(type(e).__name__, e)
try:
    mv[0:2] = b"xyz"
except ValueError as e:
    print(type(e).__name__, e)
with memoryview(bytearray(b"ctx")) as m2:
    print(bytes(m2))
try:
    m2[0]
except ValueError as e:
    print(type(e).__name__, e)
mv.release()
try:
    len(mv)
except ValueError as e:
    print(type(e).__name__, e)
try:
    memoryview("str")
except TypeError as e:
    print(type(e).__name__, e)
ints = memoryview(bytearray(8)).cast("i")
ints[1] = 7
print(ints.format, ints.itemsize, len(ints), ints.tolist())
print(bytes(memoryview(b"xy")), b"".join([memoryview(b"a"), b"b"]), bytearray(memoryview(b"z")))
print(memoryview(b"abc").tobytes().decode(), memoryview(b"ab") == memoryview(b"ab"), hash(memoryview(b"ab")) == hash(b"ab"))
