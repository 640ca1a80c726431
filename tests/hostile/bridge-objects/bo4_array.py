# category: bridge-objects
# must: array.array misuse raises like CPython
# oracle: cpython
import array
for args in [("i",), ("z",), ("",), ("ii",), (5,), ("i", [1, "a"]), ("i", 5), ("b", [300]), ("u", "abc"),
             ("w", "abc"), ("d", b"12345678"), ("d", b"123"), ("i", array.array("d", [1.0])), ("B", b"ab")]:
    try:
        a = array.array(*args)
        print("ok", a.typecode, len(a))
    except Exception as e:
        print(args[0] if args else "", type(e).__name__)
a = array.array("h", [1, 2, 3])
for call in [lambda: a.append(2**20), lambda: a.extend("ab"), lambda: a.frombytes(b"x"), lambda: a.fromlist(5),
             lambda: a.fromunicode("x"), lambda: a.index(99), lambda: a.pop(10), lambda: a.insert("x", 1),
             lambda: a.tounicode(), lambda: a.__setitem__(slice(0, 2), [1, 2]), lambda: a.__setitem__(slice(0, 2), array.array("i", [1, 2])),
             lambda: a + array.array("i"), lambda: a * -1, lambda: a.byteswap(5), lambda: a.buffer_info()[1],
             lambda: a.fromfile(5, 1), lambda: array.array("h") == array.array("d"), lambda: a.__reduce_ex__(3)[0].__name__]:
    try:
        r = call()
        print("ok", r if not isinstance(r, array.array) else r.tolist())
    except Exception as e:
        print(type(e).__name__)
print("final", a.tolist())
m = memoryview(a)
try:
    a.append(1)
except Exception as e:
    print("exported", type(e).__name__)
m.release()
print("after release", len(a), a.itemsize, array.typecodes)
print("dir walk", all(isinstance(type(getattr(a, x)).__name__, str) for x in dir(a)))
