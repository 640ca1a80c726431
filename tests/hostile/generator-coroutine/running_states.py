# category: generator-coroutine
# must: gi_running/gi_suspended/cr_running/ag_running and inspect.get*state report CPython's states at every step
# oracle: cpython
import inspect

def gen():
    print("  inside", inspect.getgeneratorstate(g), g.gi_running, g.gi_suspended)
    yield 1
    yield 2
g = gen()
print("created", inspect.getgeneratorstate(g), g.gi_running, g.gi_suspended)
next(g)
print("suspended", inspect.getgeneratorstate(g), g.gi_running, g.gi_suspended)
list(g)
print("closed", inspect.getgeneratorstate(g), g.gi_running, g.gi_suspended)

class Yield:
    def __await__(self):
        yield

async def coro():
    print("  coro inside", inspect.getcoroutinestate(c), c.cr_running, c.cr_suspended)
    await Yield()
c = coro()
print("coro created", inspect.getcoroutinestate(c), c.cr_running, c.cr_suspended)
c.send(None)
print("coro suspended", inspect.getcoroutinestate(c), c.cr_running, c.cr_suspended)
try:
    c.send(None)
except StopIteration:
    print("coro closed", inspect.getcoroutinestate(c), c.cr_running, c.cr_suspended)

async def agen():
    print("  agen inside", a.ag_running)
    yield 1
a = agen()
print("agen created", a.ag_running, inspect.getasyncgenstate(a))
try:
    a.__anext__().send(None)
except StopIteration as e:
    print("agen yielded", e.value, a.ag_running, inspect.getasyncgenstate(a))
print("locals", inspect.getgeneratorlocals(gen()))
try:
    inspect.getgeneratorstate(5)
    print("int accepted")
except (TypeError, AttributeError) as e:
    print("int state", type(e).__name__)
try:
    inspect.getgeneratorlocals(c)
except TypeError as e:
    print("coroutine locals", type(e).__name__)
print("isgenerator", inspect.isgenerator(g), inspect.iscoroutine(c), inspect.isasyncgen(a))
print("isawaitable", inspect.isawaitable(c), inspect.isawaitable(Yield()), inspect.isawaitable(g))
print("functions", inspect.isgeneratorfunction(gen), inspect.iscoroutinefunction(coro), inspect.isasyncgenfunction(agen))
g3 = gen()
g3.close()
print("closed unstarted", inspect.getgeneratorstate(g3))
