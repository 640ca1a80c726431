# __slots__: no instance __dict__, slot descriptors, inheritance with and without slots, __weakref__, errors.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
del p.x
try:
    p.x
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Point.__dict__["x"]).__name__, Point.x.__name__, Point.__slots__)


class Point3(Point):
    __slots__ = ("z",)


p3 = Point3(1, 2)
p3.z = 3
print(p3.x, p3.z, hasattr(p3, "__dict__"))


class Loose(Point):
    pass


lo = Loose(1, 2)
lo.anything = "ok"
print(vars(lo), lo.x)


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
print(w.a, vars(w))


class Single:
    __slots__ = "only"


s = Single()
s.only = 5
print(s.only, Single.__slots__)
for bad in [("x", "x"), ("__dict__", "__dict__"), (1,)]:
    try:
        type("Bad", (), {"__slots__": bad})
    except TypeError as e:
        print(type(e).__name__, e)
try:
    type("Conflict", (), {"__slots__": ("v",), "v": 1})
except ValueError as e:
    print(type(e).__name__, e)


class Empty:
    __slots__ = ()


try:
    Empty().attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    class IntSlots(int):
        __slots__ = ("extra",)
except TypeError as e:
    print(type(e).__name__, e)
