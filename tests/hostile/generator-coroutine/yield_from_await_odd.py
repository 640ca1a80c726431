# category: generator-coroutine
# must: yield from a non-iterator and await of non-awaitables raise CPython's TypeErrors
# oracle: cpython
import types

class NoIter:
    pass
class BadIter:
    def __iter__(self):
        return 5
class IterNoNext:
    def __iter__(self):
        return self
for src in (5, None, NoIter(), BadIter(), IterNoNext(), [1, 2], "ab", iter(range(2)), {1: 2}):
    def g():
        r = yield from src
        return r
    try:
        print("yield from", type(src).__name__, list(g()))
    except TypeError as e:
        print("yield from", type(src).__name__, "TypeError", e)

class AwaitReturnsInt:
    def __await__(self):
        return 5
class AwaitReturnsCoro:
    def __await__(self):
        async def c():
            return 1
        return c()
class AwaitGen:
    def __await__(self):
        yield "y"
        return "done"
class AwaitNotCallable:
    __await__ = 5
def plain_gen():
    yield 1
@types.coroutine
def gen_coro():
    yield "z"
    return "gc"
targets = [5, None, "s", AwaitReturnsInt(), AwaitReturnsCoro(), AwaitGen(), AwaitNotCallable(),
           plain_gen(), gen_coro(), [1], AwaitGen]
for t in targets:
    async def main():
        return await t
    c = main()
    try:
        out = []
        while True:
            out.append(c.send(None))
    except StopIteration as e:
        print("await", type(t).__name__, out, e.value)
    except TypeError as e:
        print("await", type(t).__name__, "TypeError", e)
    finally:
        c.close()
async def inner():
    return 3
coro = inner()
w = coro.__await__()
print("wrapper", type(w).__name__, iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print("wrapper value", e.value)
try:
    next(w)
except RuntimeError as e:
    print("reawait", e)
