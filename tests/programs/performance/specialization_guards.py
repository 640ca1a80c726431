"""Specialized instructions keep CPython's semantics when their guesses stop being
true: each site below is first run enough times to be specialized (attribute
loads, stores, operators, subscripts, unpacking, iteration, calls), then sees
operands that break the guess (another class, a changed class, a shadowing
instance attribute, a missing key, an out-of-range index...)."""


class A:
    def __init__(self, x):
        self.x = x

    def m(self):
        return "A.m"


class B:
    x = "class x"

    def m(self):
        return "B.m"


def get_x(o):
    return o.x


def call_m(o):
    return o.m()


objs = [A(i) for i in range(20)]
print([get_x(o) for o in objs][-3:])
print(get_x(B()))                       # another class at a specialized site
print([call_m(o) for o in objs][-1], call_m(B()))
a = A(1)
a.m = lambda: "instance m"              # the instance shadows the method
print(call_m(a))
A.m = lambda self: "patched"            # the class changes: its version tag too
print(call_m(A(2)))
del A.m
try:
    call_m(A(3))
except AttributeError as e:
    print("AttributeError:", e)


class WithGetattr:
    def __init__(self):
        self.x = 1

    def __getattr__(self, name):
        return "fallback " + name


w = WithGetattr()
for _ in range(10):
    get_x(w)
del w.x
print(get_x(w))                          # absent from the dict: __getattr__ runs


class Slots:
    __slots__ = ("x",)


s = Slots()
s.x = 5
print(get_x(s))


def store(o, v):
    o.x = v


for i in range(10):
    store(A(0), i)
store(s, 42)
print(s.x)


class Prop:
    @property
    def x(self):
        return "property"

    @x.setter
    def x(self, v):
        print("setter", v)


store(Prop(), 7)
print(get_x(Prop()))


def add(a, b):
    return a + b


print([add(i, i) for i in range(10)][-1], add(1.5, 2), add("a", "b"), add([1], [2]),
      add(True, True), add(2 ** 70, 1))


class Num:
    def __add__(self, other):
        return "Num+"

    def __radd__(self, other):
        return "+Num"


print(add(Num(), 1), add(1, Num()))
try:
    add(1, "x")
except TypeError as e:
    print("TypeError:", e)


def less(a, b):
    return a < b


print([less(i, 5) for i in range(10)].count(True), less(1.5, 2), less("a", "b"),
      less(2, 1.5), less((1, 2), (1, 3)))
try:
    less(1, "x")
except TypeError as e:
    print("TypeError:", e)


def item(c, k):
    return c[k]


lst = list(range(10))
print([item(lst, i) for i in range(10)][-1], item(lst, -1), item((1, 2, 3), 1),
      item({"k": "v"}, "k"), item("str", 1), item({(1, 2): 3}, (1, 2)))
for bad in ((lst, 10), ((1,), 5), ({}, "missing"), (lst, "x")):
    try:
        item(*bad)
    except (IndexError, KeyError, TypeError) as e:
        print(type(e).__name__, e)


class D(dict):
    def __missing__(self, key):
        return "missing " + key


print(item(D(), "q"))


def put(c, k, v):
    c[k] = v


d = {}
for i in range(10):
    put(lst, i, i * i)
    put(d, i, i)
put(lst, -1, "last")
try:
    put(lst, 100, 0)
except IndexError as e:
    print("IndexError:", e)
put(d, (1, 2), "tuple key")
print(lst, len(d), d[(1, 2)])


def unpack(seq):
    a, b = seq
    return a, b


print([unpack((i, i)) for i in range(10)][-1], unpack([1, 2]), unpack("ab"),
      unpack(iter((5, 6))))
try:
    unpack((1, 2, 3))
except ValueError as e:
    print("ValueError:", e)


def total(it):
    t = 0
    for v in it:
        t += v
    return t


grow = [1, 2, 3]
for v in grow:
    if len(grow) < 6:
        grow.append(v * 10)
print(grow, [total(range(i)) for i in range(10)][-1], total((1, 2)), total([3, 4]),
      total(range(10 ** 20, 10 ** 20 + 3)) - 3 * 10 ** 20, total(x for x in (7, 8)))


def f1(a):
    return a + 1


def call1(fn, v):
    return fn(v)


print([call1(f1, i) for i in range(10)][-1])
f1.__code__ = (lambda a: a * 100).__code__
print(call1(f1, 3), call1(len, [1, 2]), call1(A, 5).x, call1(lambda a, b=2: a + b, 1))
try:
    call1(lambda: 0, 1)
except TypeError as e:
    print("TypeError:", e)


def call_len(o):
    return len(o)


print([call_len("abc") for _ in range(10)][-1], call_len([1]), call_len({1: 2}))


def appender(lst, v):
    lst.append(v)
    return lst


class MyList(list):
    def append(self, v):
        list.append(self, ("wrapped", v))


for i in range(10):
    appender([], i)
print(appender(MyList(), 1), appender([0], 1))


def deep(n):
    return deep(n + 1) if n < 10 ** 6 else n


for _ in range(3):
    try:
        deep(0)
    except RecursionError:
        print("RecursionError")


def bound_method(s):
    m = s.upper                 # not a method-style load: a bound method object
    return m()


def format_with(fmt, args):
    return fmt.format(*args)    # the callable of CALL_FUNCTION_EX, loaded plainly


print([bound_method("ab") for _ in range(10)][-1], [format_with("{}-{}", (i, i))
                                                   for i in range(10)][-1])
