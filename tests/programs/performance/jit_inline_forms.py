"""Instructions that compiled code (--jit) runs inline, at their edges: free
variables, comprehension appends and shadowed names, slices, f-string pieces,
float division, attribute sites whose type changes under them, subscripts and
unpacking of list and tuple subclasses that override them, and generators
iterated or awaited by compiled code (errors, re-entrancy, close)."""


def closures():
    def outer():
        value = 1

        def inner():
            return value          # LOAD_DEREF
        out = [inner() for _ in range(60)]
        del value
        try:
            inner()
        except NameError as e:
            out.append(str(e))
        return out
    result = outer()
    print(len(result), result[0], result[-1])


def comprehensions():
    x = "outer"
    squares = [x * x for x in range(70)]          # LOAD_FAST_AND_CLEAR keeps the outer x
    print(x, squares[:3], squares[-1], len(squares))
    nested = [[j for j in range(i)] for i in range(5)]
    print(nested)


def slices():
    data = list(range(10))
    text = "abcdefghij"
    out = []
    for i in range(60):
        out.append((data[i % 5:i % 7], text[-3:], data[:None], text[i % 4:]))
    print(out[0], out[-1])
    number = 5
    try:
        number[1:2]
    except TypeError as e:
        print("TypeError", e)

    class Sliceable:
        def __getitem__(self, item):
            return (item.start, item.stop, item.step)
    print([Sliceable()[1:x] for x in range(3)])


class Shouty(str):
    def __format__(self, spec):
        return Shouty(self.upper() + spec)


class Fmt:
    def __format__(self, spec):
        return "<%s>" % spec

    def __repr__(self):
        return "Fmt()"


def fstrings():
    out = []
    for i in range(60):
        out.append(f"{i}-{i!r}-{'é'!a}-{i:>4}-{i / 3:.2f}-{Fmt():x}-{Fmt()!r}")
    print(out[0], out[-1])
    s = f"{Shouty('ab')}{Shouty('cd'):!}"
    print(s, type(s).__name__)
    try:
        f"{1:zz}"
    except ValueError as e:
        print("ValueError", e)


def division():
    total = 0.0
    for i in range(1, 80):
        total += i / 7.0 + 7.0 / i + i / 2
    print(round(total, 6))
    for a, b in ((1.0, 0.0), (1, 0), (2 ** 2000, 3)):
        try:
            print(a / b)
        except (ZeroDivisionError, OverflowError) as e:
            print(type(e).__name__, e)


class Point:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x


def attribute_sites():
    points = [Point(i) for i in range(80)]
    total = 0
    for p in points:
        total += p.x + p.get()
        p.x = p.x + 1
    print(total, points[3].x)
    Point.get = lambda self: -self.x                 # the type changes: its version too
    print(sum(p.get() for p in points))
    points[0].get = lambda: "shadowed"               # the instance dict shadows the method
    print(points[0].get(), points[1].get())
    Point.x = property(lambda self: "property")     # a data descriptor wins over the dict
    print(points[2].x)
    del Point.x
    print(points[2].x)


class Loud(list):
    def __getitem__(self, index):
        return ("get", index)

    def __setitem__(self, index, value):
        print("set", index, value)


class Pair(tuple):
    def __getitem__(self, index):
        return "item %r" % (index,)

    def __iter__(self):
        return iter(("x", "y"))


def subclasses():
    out = []
    for i in range(60):
        loud, pair = Loud([1, 2]), Pair((1, 2))
        a, b = pair
        out.append((loud[0], pair[1], a, b, loud[0:1], pair[:1]))
        if i == 59:
            loud[1] = "v"
    print(out[0], out[-1])


def numbers():
    yield 1
    yield 2
    raise KeyError("inside")


def generators():
    for _ in range(60):
        out = []
        try:
            for v in numbers():
                out.append(v)
        except KeyError as e:
            out.append(repr(e))
    print(out)

    def reentrant():
        yield next(g)
    g = reentrant()
    try:
        for _ in g:
            pass
    except ValueError as e:
        print("ValueError", e)

    def counter():
        try:
            for i in range(100):
                yield i
        finally:
            print("closed")
    c = counter()
    for v in c:
        if v == 70:
            break
    c.close()

    async def leaf(n):
        return n

    async def chain(n):
        total = 0
        for i in range(n):
            total += await leaf(i)
        return total
    coro = chain(80)
    try:
        coro.send(None)
    except StopIteration as e:
        print("coroutine", e.value)
    try:
        coro.send(None)
    except RuntimeError as e:
        print("RuntimeError", e)


closures()
comprehensions()
slices()
fstrings()
division()
attribute_sites()
subclasses()
generators()
