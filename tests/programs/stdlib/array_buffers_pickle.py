# array: buffer protocol (memoryview, bytes, struct, readinto, BufferError while exported), pickling and _array_reconstructor, copies, files, guest subclasses.
import array
import copy
import io
import pickle
import struct
from array import array as A


def show(label, func):
    try:
        print(label, repr(func()))
    except Exception as e:
        print(label, type(e).__name__, e)


show("bytes", lambda: (bytes(A("h", [1, 2])), bytearray(A("b", [1, 2]))))
mv = memoryview(A("i", [1, 2]))
show("memoryview", lambda: (mv.format, mv.itemsize, mv.tolist(), mv.nbytes, mv.readonly))
show("memoryview obj", lambda: type(mv.obj).__name__)
show("memoryview double", lambda: memoryview(A("d", [0.5]))[0])
show("__buffer__", lambda: A("i", [1]).__buffer__(0).tolist())
shared = A("b", [1, 2, 3])
view = memoryview(shared)
view[0] = 9
show("write through view", lambda: shared)
show("append while exported", lambda: shared.append(4))
show("pop while exported", lambda: shared.pop())
show("extend while exported", lambda: shared.extend([1]))
show("frombytes while exported", lambda: shared.frombytes(b"x"))
show("setitem while exported", lambda: (shared.__setitem__(1, 8), shared))
view.release()
show("append after release", lambda: (shared.append(4), shared))
show("struct unpack", lambda: struct.unpack("<3b", A("b", [1, 2, 3])))
target = A("h", [0, 0])
struct.pack_into("<h", target, 2, 1000)
show("struct pack_into", lambda: target)
show("bytes concat", lambda: b"x" + A("b", [65]))
show("bytes equality", lambda: A("b", [65]) == b"A")
show("decode", lambda: A("B", b"abc").tobytes().decode())
stream = io.BytesIO(b"\x01\x02\x03\x04")
into = A("b", [0, 0])
show("readinto", lambda: (stream.readinto(into), into))
f = io.BytesIO()
show("tofile", lambda: (A("h", [1, 2]).tofile(f), f.getvalue()))
f.seek(0)
g = A("h")
show("fromfile", lambda: (g.fromfile(f, 1), g))
show("fromfile short", lambda: g.fromfile(f, 5))
show("after short read", lambda: g)
show("fromfile negative", lambda: g.fromfile(f, -1))
show("fromfile not a file", lambda: g.fromfile(5, 1))


class StrReader:
    def read(self, n):
        return "x" * n


class Writer:
    def __init__(self):
        self.calls = []

    def write(self, data):
        self.calls.append(data)


show("fromfile str", lambda: g.fromfile(StrReader(), 1))
w = Writer()
A("b", [1, 2]).tofile(w)
A("b").tofile(w)
show("tofile calls", lambda: w.calls)
show("reduce_ex 2", lambda: A("i", [1, 2]).__reduce_ex__(2))
show("reduce_ex 3", lambda: A("i", [1, 2]).__reduce_ex__(3))
show("reduce_ex u", lambda: A("u", "a").__reduce_ex__(3))
show("reduce_ex d", lambda: A("d", [1.5]).__reduce_ex__(4))
show("reduce_ex str", lambda: A("d").__reduce_ex__("x"))
show("reduce_ex float", lambda: A("d").__reduce_ex__(1.5))
show("reduce_ex bool", lambda: A("i", [1]).__reduce_ex__(True))
for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
    show("pickle %d" % protocol, lambda: pickle.loads(pickle.dumps(A("q", [-1, 2 ** 40]), protocol)))
show("pickle u", lambda: pickle.loads(pickle.dumps(A("u", "hé"))))
show("pickle f", lambda: pickle.loads(pickle.dumps(A("f", [0.5, -2.0]))))
recon = array._array_reconstructor
show("reconstructor", lambda: (recon(A, "i", 8, b"\x01\0\0\0"), recon(A, "i", 9, b"\0\0\0\x01"),
                               recon(A, "d", 16, struct.pack("<d", 1.5))))
show("reconstructor typecode", lambda: recon(A, "x", 8, b""))
show("reconstructor format", lambda: recon(A, "i", 99, b""))
show("reconstructor items", lambda: recon(A, "i", 8, "x"))
show("reconstructor not type", lambda: recon(5, "i", 8, b""))
show("reconstructor not subtype", lambda: recon(int, "i", 8, b""))
show("reconstructor odd bytes", lambda: recon(A, "i", 8, b"\x01"))
show("reconstructor arity", lambda: recon(A, "i"))
show("copies", lambda: (copy.copy(A("i", [1])), copy.deepcopy(A("i", [1])), A("i", [1]).__copy__()))
it = iter(A("i", [1, 2, 3]))
next(it)
show("pickle iterator", lambda: list(pickle.loads(pickle.dumps(it))))


class MyArray(A):
    def __new__(cls, typecode, init=(), extra=None):
        return super().__new__(cls, typecode, init)

    def __init__(self, typecode, init=(), extra=None):
        self.extra = extra


m = MyArray("i", [1, 2], "x")
show("subclass", lambda: (m, m.extra, isinstance(m, A), type(m).__name__))
show("subclass results are arrays", lambda: (type(m[0:1]).__name__, type(m + m).__name__,
                                             type(m * 2).__name__, type(copy.copy(m)).__name__))
show("subclass keyword", lambda: MyArray("i", [1, 2], extra=5).extra)
m.attr = 5
show("subclass reduce 3", lambda: m.__reduce_ex__(3)[2])
show("subclass reduce 2", lambda: m.__reduce_ex__(2))
m2 = pickle.loads(pickle.dumps(m))
show("subclass pickle", lambda: (type(m2).__name__, m2, m2.__dict__))


class Plain(A):
    pass


show("plain subclass", lambda: (Plain("d", [1.5]), Plain("i").__dict__))
show("plain subclass keyword", lambda: Plain("i", [1], x=1))


class Sized(A):
    def __len__(self):
        return 99


show("overridden len", lambda: (len(Sized("i", [1])), Sized("i", [1]).tolist()))
show("generic alias", lambda: A[int])
show("new check", lambda: A.__new__(int, "i"))
