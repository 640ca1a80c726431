# array: construction for every typecode and initializer kind, item conversion and range errors, and every list-like method with CPython's messages.
import array
from array import array as A


def show(label, func):
    try:
        print(label, repr(func()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Index:
    def __index__(self):
        return 3


class Float:
    def __float__(self):
        return 2.5


class Eq2:
    def __eq__(self, other):
        return other == 2


class Boom:
    def __eq__(self, other):
        raise ValueError("boom")


class NoisyInt(int):
    def __eq__(self, other):
        print("  eq", other)
        return int(self) == other
    __hash__ = int.__hash__


class LenList(list):
    def __len__(self):
        return 1

    def __getitem__(self, i):
        return 42


class IterList(list):
    def __iter__(self):
        return iter([9, 9])


show("typecodes", lambda: (array.typecodes, array.ArrayType is A))
for tc in array.typecodes:
    a = A(tc, "ab") if tc == "u" else A(tc, [1, 2, 3])
    show("typecode " + tc, lambda: (a, a.typecode, a.itemsize, len(a), A(tc)))
show("u", lambda: A("u", "hello"))
show("d conversions", lambda: A("d", [1, 2.5, Float(), True]))
show("i __index__", lambda: A("i", [Index(), 2]))
show("tuple", lambda: A("i", (1, 2)))
show("range", lambda: A("i", range(4)))
show("generator", lambda: A("i", (x for x in range(3))))
show("bytes", lambda: A("b", b"\x01\x02"))
show("bytes h", lambda: A("h", b"\x01\x02"))
show("bytes odd", lambda: A("h", b"\x01\x02\x03"))
show("bytearray", lambda: A("b", bytearray(b"\x05")))
show("array b to i", lambda: A("i", A("b", [1, 2])))
show("array i to d", lambda: A("d", A("i", [1, 2])))
show("array u to i", lambda: A("i", A("u", "ab")))
show("array i to u", lambda: A("u", A("i", [1])))
show("str for i", lambda: A("i", "abc"))
show("str bad typecode", lambda: A("x", "abc"))
show("list subclass __getitem__", lambda: A("i", LenList([1, 2, 3])))
show("list subclass __iter__", lambda: A("i", IterList([1, 2])))
show("memoryview", lambda: A("i", memoryview(b"ab")))
show("int", lambda: A("i", 5))
show("float item", lambda: A("i", [1.5]))
show("str item", lambda: A("i", ["x"]))
show("str item d", lambda: A("d", ["x"]))
show("b overflow", lambda: A("b", [200]))
show("B negative", lambda: A("B", [-1]))
show("Q max", lambda: A("Q", [2 ** 64 - 1]))
show("Q overflow", lambda: A("Q", [2 ** 64]))
show("L negative", lambda: A("L", [-1]))
show("I overflow", lambda: A("I", [2 ** 32]))
show("q overflow", lambda: A("q", [2 ** 63]))
show("f rounding", lambda: A("f", [0.1, 1e300]))
show("u list", lambda: A("u", ["a", "b"]))
show("u long item", lambda: A("u", ["ab"]))
show("u int item", lambda: A("u", [1]))
show("bad typecode", lambda: A("x"))
show("long typecode", lambda: A("ab"))
show("int typecode", lambda: A(5))
show("no args", lambda: A())
show("three args", lambda: A("i", [], 3))
show("keyword", lambda: A("i", x=3))
show("typecode keyword", lambda: A(typecode="i"))
a = A("i", [1, 2, 3, 2, 1])
show("count", lambda: (a.count(2), a.count(2.0), a.count("x"), a.count(Eq2())))
show("count guest int", lambda: a.count(NoisyInt(3)))
show("count raising", lambda: a.count(Boom()))
show("index", lambda: (a.index(2), a.index(2, 2), a.index(1, -1), a.index(2, Index()), a.index(Eq2())))
show("index stop", lambda: a.index(2, 2, 3))
show("index missing", lambda: a.index(7))
show("index bad start", lambda: a.index(1, "x"))
show("index None stop", lambda: a.index(1, 0, None))
show("index negative range", lambda: A("i", [1, 2, 3]).index(3, -2, -1))
show("contains", lambda: (2 in a, 7 in a, Eq2() in a, "x" in a))
b = A("i", a)
show("remove", lambda: (b.remove(2), b))
show("remove missing", lambda: b.remove(7))
show("remove guest", lambda: (b.remove(Eq2()), b))
show("remove raising", lambda: b.remove(Boom()))
show("append", lambda: (b.append(9), b.append(Index()), b))
show("append str", lambda: b.append("x"))
show("append big", lambda: b.append(2 ** 40))
show("insert", lambda: (b.insert(0, 7), b.insert(-100, 8), b.insert(100, 6), b))
show("insert str index", lambda: b.insert("x", 6))
show("pop", lambda: (b.pop(), b.pop(0), b.pop(-2), b))
show("pop out of range", lambda: b.pop(100))
show("pop empty", lambda: A("i").pop())
show("extend", lambda: (b.extend([1, 2]), b.extend(A("i", [3])), b.extend(x for x in (4, 5)), b))
show("extend other kind", lambda: b.extend(A("h", [3])))
show("extend int", lambda: b.extend(5))
show("extend partial", lambda: b.extend([1, "x", 2]))
show("after partial extend", lambda: b)
show("extend list subclass", lambda: (b.extend(LenList([7])), b[-1]))
show("fromlist", lambda: (b.fromlist([7, 8]), b))
show("fromlist tuple", lambda: b.fromlist((7, 8)))
show("fromlist atomic", lambda: b.fromlist([7, "x"]))
show("after fromlist", lambda: b)
show("reverse", lambda: (b.reverse(), b))
show("tolist", lambda: b.tolist())
show("tobytes", lambda: A("h", [1, 256]).tobytes())
c = A("h", [1, 2])
show("byteswap", lambda: (c.byteswap(), c))
show("byteswap u", lambda: A("u", "ab").byteswap())
show("frombytes", lambda: (c.frombytes(b"\x05\x00"), c.frombytes(bytearray(b"\x06\x00")),
                           c.frombytes(A("b", [7, 0])), c))
show("frombytes odd", lambda: c.frombytes(b"\x05"))
show("frombytes str", lambda: c.frombytes("ab"))
u = A("u", "ab")
show("fromunicode", lambda: (u.fromunicode("cd"), u.tounicode()))
show("fromunicode on h", lambda: c.fromunicode("x"))
show("fromunicode int", lambda: u.fromunicode(5))
show("tounicode on h", lambda: c.tounicode())
show("buffer_info", lambda: (type(c.buffer_info()[0]), c.buffer_info()[1]))
show("sizeof", lambda: c.__sizeof__() > 0)
show("arity count", lambda: a.count())
show("arity index", lambda: a.index())
show("arity append", lambda: a.append())
show("arity pop", lambda: a.pop(1, 2))
show("arity tolist", lambda: a.tolist(1))
show("arity extend", lambda: (a.extend(), ))
show("arity extend keyword", lambda: a.extend(bb=[1]))
show("arity extend many", lambda: a.extend(1, 2))
show("arity fromfile", lambda: a.fromfile())
show("arity tofile", lambda: a.tofile(1, 2, 3))
show("arity deepcopy", lambda: a.__deepcopy__())
show("dir", lambda: sorted(n for n in dir(A) if not n.startswith("__")))
show("module dir", lambda: sorted(n for n in dir(array) if not n.startswith("__")))
show("names", lambda: (A.__name__, A.__module__, A.__qualname__, type(A.typecode).__name__))
show("docs", lambda: (A.__doc__.splitlines()[0], A.append.__doc__, A.typecode.__doc__))
