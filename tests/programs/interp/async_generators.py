# Async generators driven by hand: __anext__/asend/athrow/aclose, async for inside a coroutine.
class Tick:
    def __await__(self):
        yield "tick"


async def agen(n):
    try:
        for i in range(n):
            await Tick()
            yield i
    finally:
        print("agen cleanup")


def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks


async def consume():
    out = []
    async for v in agen(3):
        out.append(v * 10)
    return out


print(run(consume()))


async def comprehension():
    return [v async for v in agen(4) if v % 2 == 0]


print(run(comprehension()))
g = agen(2)
print(type(g).__name__, g.__name__, type(g.__anext__()).__name__)
g2 = agen(2)
print(run(g2.__anext__()))
print(run(g2.__anext__()))
try:
    run(g2.__anext__())
except StopAsyncIteration as e:
    print("StopAsyncIteration", repr(e))


async def echo():
    received = None
    while True:
        received = yield f"echo {received}"


e = echo()
print(run(e.asend(None)))
print(run(e.asend("hello")))
try:
    run(e.athrow(KeyError("thrown")))
except KeyError as err:
    print("athrow propagated", repr(err))
g3 = agen(5)
print(run(g3.__anext__()))
print(run(g3.aclose()))


async def early_break():
    gen = agen(10)
    async for v in gen:
        if v == 1:
            break
    await gen.aclose()
    return "broke at 1"


print(run(early_break()))
try:
    async def bad_for():
        async for x in [1, 2]:
            pass
    run(bad_for())
except TypeError as err:
    print(type(err).__name__, err)
