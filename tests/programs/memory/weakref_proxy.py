# weakref.proxy: attribute access, operators, calls through CallableProxyType, ReferenceError once dead, unhashable, types.
import weakref


class Box:
    def __init__(self, value):
        self.value = value

    def __add__(self, other):
        return Box(self.value + (other.value if isinstance(other, Box) else other))

    def __len__(self):
        return self.value

    def __getitem__(self, i):
        return i * 2

    def __call__(self, x):
        return x + self.value


b = Box(5)
p = weakref.proxy(b)
print(type(p).__name__, p.value, len(p), p[3], (p + 1).value, p(10))
p.value = 7
print(b.value, bool(p), isinstance(p, Box), str(b) == str(p))
try:
    hash(p)
except TypeError as e:
    print(type(e).__name__, e)
l = [1, 2, 3]


class Plain:
    pass


o = Plain()
q = weakref.proxy(o, lambda r: print("proxy callback", type(r).__name__))
print(type(q).__name__, weakref.getweakrefcount(o))
del o
try:
    q.anything
except ReferenceError as e:
    print(type(e).__name__, e)
print(weakref.proxy(b) is p, weakref.ProxyType, weakref.CallableProxyType)
