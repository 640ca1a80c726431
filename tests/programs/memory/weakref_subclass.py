# Subclasses of weakref.ref with extra state (like Lib's KeyedRef): __slots__, __init__ keywords, the callback receives the subclass instance.
import weakref


class Target:
    pass


class KeyedRef(weakref.ref):
    __slots__ = ("key",)

    def __new__(cls, obj, callback, key):
        self = weakref.ref.__new__(cls, obj, callback)
        self.key = key
        return self

    def __init__(self, obj, callback, key):
        super().__init__(obj, callback)


class Tagged(weakref.ref):
    def __init__(self, obj, callback=None, tag="none"):
        super().__init__(obj, callback)
        self.tag = tag


t = Target()
k = KeyedRef(t, lambda r: print("callback", type(r).__name__, r.key), "the key")
g = Tagged(t, tag="tagged")
print(k() is t, k.key, g.tag, g() is t, isinstance(k, weakref.ref), type(g).__mro__[1].__name__)
print(weakref.getweakrefcount(t))
try:
    weakref.ref(t, callback=None)
except TypeError as e:
    print(type(e).__name__, e)
del t
print(k(), g())
