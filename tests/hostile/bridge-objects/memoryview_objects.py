# category: bridge-objects
# must: memoryview .obj, .tobytes(), .cast(), __buffer__ and friends give ordinary guest objects and CPython's errors
# oracle: cpython
import array

def ordinary(x):
    t = type(x)
    try:
        repr(x)
    except Exception:
        return False
    return isinstance(t.__module__, str) and (type(t) is type or issubclass(type(t), type))

src = bytearray(b"abcdefgh")
m = memoryview(src)
print("obj", m.obj is src, m.format, m.itemsize, m.shape, m.strides, m.readonly, m.ndim)
print("walk", [n for n in dir(m) if not ordinary(getattr(m, n))])
print("tobytes", m.tobytes(), m.tolist()[:3], m.hex(":"))
c = m.cast("I")
print("cast I", c.format, c.shape, c.obj is src, c.nbytes)
c2 = m.cast("B", (2, 4))
print("2d", c2.shape, c2.tolist())
casts = []
for fmt, shape in [("x", None), ("d", None), ("I", (3,)), ("B", (0, 8)), ("B", (-1,)), ("Q", None), ("c", None), ("B", [2, 2, 2])]:
    try:
        r = m.cast(fmt) if shape is None else m.cast(fmt, shape)
        casts.append(r)
        print("cast", fmt, r.shape)
    except (ValueError, TypeError) as e:
        print("cast", fmt, shape, type(e).__name__)
b = m.__buffer__(0)
print("__buffer__", type(b).__name__, b.obj is src, b.readonly)
try:
    m.__buffer__("x")
except TypeError:
    print("__buffer__ str TypeError")
try:
    memoryview(b"ab").__buffer__(1)
except BufferError:
    print("writable on bytes BufferError")
try:
    src.append(1)
except BufferError:
    print("resize while exported BufferError")
for v in casts + [b, c, c2, m]:
    v.release()
src.append(33)
print("after release", len(src))
try:
    m.obj
except ValueError:
    print("released obj ValueError")
try:
    m[0]
except ValueError:
    print("released index ValueError")
a = array.array("h", [1, -2, 3])
am = memoryview(a)
print("array view", am.format, am.tolist(), am.obj is a)
print("slice", am[::-1].tolist(), am[1:].obj is a)
try:
    am[0] = 2 ** 20
except (ValueError, TypeError) as e:
    print("overflow assign", type(e).__name__)
ro = memoryview(b"xyz")
try:
    ro[0] = 1
except TypeError:
    print("readonly TypeError")
print("toreadonly", memoryview(bytearray(1)).toreadonly().readonly)
print("eq", memoryview(b"ab") == b"ab", memoryview(b"ab") == memoryview(bytearray(b"ab")))
try:
    hash(memoryview(bytearray(b"a")))
except ValueError:
    print("hash writable ValueError")
print("hash ro", hash(memoryview(b"ab")) == hash(b"ab"))
with memoryview(b"q") as cm:
    pass
print("ctx released", repr(cm).startswith("<released memory"))
