# category: generator-coroutine
# must: generator/coroutine methods and descriptors applied to the wrong receivers raise TypeError, never misbehave
# oracle: cpython
import types

def gen():
    yield 1
async def coro():
    pass
async def agen():
    yield 1
g, c, a = gen(), coro(), agen()
GT, CT, AT = types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType
attempts = [
    ("GT.send(5)", lambda: GT.send(5, None)),
    ("GT.send(coro)", lambda: GT.send(c, None)),
    ("CT.send(gen)", lambda: CT.send(g, None)),
    ("GT.throw(list)", lambda: GT.throw([], KeyError)),
    ("GT.close(None)", lambda: GT.close(None)),
    ("GT.__next__(coro)", lambda: GT.__next__(c)),
    ("AT.asend(gen)", lambda: AT.asend(g, None)),
    ("gi_frame get on int", lambda: GT.gi_frame.__get__(5)),
    ("cr_frame get on gen", lambda: CT.cr_frame.__get__(g)),
    ("gi_code get on coro", lambda: GT.gi_code.__get__(c)),
    ("ag_await get on gen", lambda: AT.ag_await.__get__(g)),
    ("GT()", lambda: GT()),
    ("CT()", lambda: CT()),
    ("AT()", lambda: AT()),
    ("GT.__new__(GT)", lambda: GT.__new__(GT)),
    ("subclass GT", lambda: type("G", (GT,), {})),
    ("subclass CT", lambda: type("C", (CT,), {})),
    ("gen __name__ int", lambda: setattr(g, "__name__", 5)),
    ("gen __qualname__ None", lambda: setattr(g, "__qualname__", None)),
    ("gen attribute", lambda: setattr(g, "x", 1)),
]
for label, fn in attempts:
    try:
        r = fn()
        print(label, "->", type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__)
g.__name__ = "renamed"
g.__qualname__ = "q.renamed"
print("renamed", g.__name__, g.__qualname__, g.gi_code.co_name)
print("coro name", c.__name__, c.__qualname__)
c.close()
print("hash/eq", hash(g) == hash(g), g == g, g != gen())
try:
    g < g
except TypeError:
    print("no ordering")
print("weak", __import__("weakref").ref(g)() is g)
print("dir has send", "send" in dir(g), "asend" in dir(a), "__await__" in dir(c))
print("iter is self", iter(g) is g, g.__iter__() is g)
try:
    c.__iter__
except AttributeError:
    print("coroutine not iterable")
a2 = agen()
print("aiter self", a2.__aiter__() is a2)
