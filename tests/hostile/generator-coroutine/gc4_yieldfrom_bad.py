# category: generator-coroutine
# must: yield from non-iterables and odd delegates raises like CPython
# oracle: cpython
import types
def deleg(x):
    r = yield from x
    return r
for x in [5, None, 1.5, object(), iter([1]), "ab", b"a", {1: 2}, range(2)]:
    try:
        print(repr(x)[:10].replace(" ", ""), list(deleg(x)))
    except Exception as e:
        print(type(x).__name__, type(e).__name__)
class NoSend:
    def __iter__(self): return self
    def __next__(self): return 1
it = deleg(NoSend())
next(it)
try:
    it.send(5)
except Exception as e:
    print("send to iterator", type(e).__name__)
it = deleg(NoSend())
next(it)
try:
    it.throw(KeyError("k"))
except Exception as e:
    print("throw to iterator", type(e).__name__)
it.close()
class BadIter:
    def __iter__(self): return 5
try:
    list(deleg(BadIter()))
except Exception as e:
    print("bad __iter__", type(e).__name__)
async def co(): return 1
try:
    list(deleg(co()))
except Exception as e:
    print("coroutine", type(e).__name__)
@types.coroutine
def wrap(c):
    return (yield from c)
c = co()
try:
    wrap(c).send(None)
except StopIteration as e:
    print("types.coroutine", e.value)
