# A class the program drops is freed by the next full collection even after its methods and
# attributes ran hot at specialized sites of code that lives on (the inline caches of both tiers
# forget the classes they saw before a full collection).
import gc
import weakref


class Base:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x


def use(cls, n):
    total = 0
    for i in range(n):
        obj = cls(i)
        total += obj.get() + obj.x + cls.LIMIT
        obj.x = i + 1
    return total


def make(name):
    class Made(Base):
        LIMIT = 3

        def __init__(self, x):
            super().__init__(x)

        def get(self):
            return super().get() * 2

        def __del__(self):
            pass

    Made.__name__ = name
    return Made


refs = []
for round_ in range(3):
    cls = make("C%d" % round_)
    print(cls.__name__, use(cls, 120))
    refs.append(weakref.ref(cls, lambda r, name=cls.__name__: print("freed", name)))
    del cls
    gc.collect()
print([r() is None for r in refs])


def plain_factory():
    class Point:
        __slots__ = ("a", "b")

        def __init__(self, a, b):
            self.a = a
            self.b = b

    return Point


points = []
for _ in range(3):
    P = plain_factory()
    s = 0
    for i in range(100):
        p = P(i, i)
        s += p.a + p.b
    points.append(weakref.ref(P))
    del P, p
gc.collect()
print(s, [r() is None for r in points])


class Items(list):
    pass


def fill():
    items = Items()
    add = items.append          # a bound built-in method, called at a specialized site
    for i in range(100):
        add(i)
    return weakref.ref(items, lambda r: print("items freed"))


ref = fill()
print("after fill", ref() is None)
