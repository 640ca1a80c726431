# category: generator-coroutine
# must: awaiting non-awaitables raises TypeError like CPython
# oracle: cpython
class BadAwait:
    def __await__(self): return 5
class GenAwait:
    def __await__(self):
        yield "from await"
        return "done"
class CoroAwait:
    def __await__(self):
        async def x(): pass
        return x()
def plain_gen():
    yield 1
async def use(x):
    return await x
for x in [5, None, "s", [], BadAwait(), GenAwait(), plain_gen(), CoroAwait(), iter([1])]:
    c = use(x)
    try:
        r = c.send(None)
        print(type(x).__name__, "yielded", r)
        try:
            c.send(None)
        except StopIteration as e:
            print("  value", e.value)
    except StopIteration as e:
        print(type(x).__name__, "returned", e.value)
    except Exception as e:
        print(type(x).__name__, type(e).__name__)
    c.close()
async def inner(): return 3
async def twice():
    c = inner()
    a = await c
    try:
        await c
    except RuntimeError as e:
        print("reawait", e)
    return a
try:
    twice().send(None)
except StopIteration as e:
    print("twice", e.value)
