# category: bridge-objects
# must: weakref.ref/proxy of every object that allows it resolve to the same guest object; the rest raise TypeError
# oracle: cpython
import weakref, sys, re, io, itertools, functools, collections, array, types

class C:
    pass
def f():
    pass
def g():
    yield
candidates = [C(), C, f, g(), int, len, print, sys, re.compile("a"), io.BytesIO(), io.StringIO(),
              itertools.count(), functools.partial(f), collections.deque(), collections.OrderedDict(),
              array.array("b"), set(), frozenset(), type, object, types.SimpleNamespace(), property(),
              1, "s", b"b", (), [], {}, None, 1.5, sys._getframe(), f.__code__, iter([]), range(3),
              re.match("a", "a"), memoryview(b""), slice(1), Ellipsis, object(), bytearray(),
              [].append, staticmethod(f), classmethod(f), super(C, C()), weakref.ref(C), f.__globals__]
for obj in candidates:
    name = type(obj).__name__
    try:
        r = weakref.ref(obj)
        print("ref", name, r() is obj, type(r).__name__, r.__callback__)
    except TypeError:
        print("no ref", name)
        continue
    try:
        p = weakref.proxy(obj)
        print("proxy", name, type(p).__name__, weakref.getweakrefcount(obj) >= 1)
    except TypeError:
        print("no proxy", name)
r = weakref.ref(C)
try:
    print("ref of ref", weakref.ref(r)() is r)
except TypeError:
    print("ref of ref TypeError")
try:
    weakref.ref(C, 5)
    print("non-callable callback accepted")
except TypeError:
    print("callback TypeError")
p = weakref.proxy(C())
try:
    p.x
except ReferenceError:
    print("dead proxy ReferenceError")
d = weakref.WeakValueDictionary()
k = C()
d["a"] = k
print("wvd", d["a"] is k, len(d))
wk = weakref.WeakKeyDictionary()
wk[k] = 1
print("wkd", wk[k])
try:
    wk[1] = 2
except TypeError:
    print("wkd int TypeError")
ws = weakref.WeakSet([k, C])
print("weakset", k in ws, C in ws)
class M:
    def m(self):
        return 7
o = M()
wm = weakref.WeakMethod(o.m)
print("weakmethod", wm()(), wm().__self__ is o)
try:
    weakref.WeakMethod(len)
except TypeError:
    print("WeakMethod builtin TypeError")
fin = weakref.finalize(o, lambda: None)
print("finalize alive", fin.alive, fin.detach() is not None, fin.alive)
