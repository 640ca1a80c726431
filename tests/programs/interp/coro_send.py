# Coroutines driven by hand with .send(None): await on custom awaitables, return values via StopIteration.
class Suspend:
    """An awaitable that suspends once, handing a message to the driver."""

    def __init__(self, message):
        self.message = message

    def __await__(self):
        reply = yield self.message
        return reply


async def add_later(a, b):
    got = await Suspend(f"adding {a}+{b}")
    return a + b + (got or 0)


async def main():
    x = await add_later(1, 2)
    y = await add_later(x, 10)
    return [x, y]


coro = main()
print(type(coro).__name__, coro.__name__, coro.__qualname__)
step = 0
value = None
try:
    while True:
        yielded = coro.send(value)
        print("driver got:", yielded)
        step += 1
        value = step * 100
except StopIteration as e:
    print("result:", e.value, "steps:", step)


async def immediate():
    return "no suspension"


c = immediate()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)


async def awaits_coroutine():
    inner = immediate()
    return await inner


try:
    awaits_coroutine().send(None)
except StopIteration as e:
    print("awaited:", e.value)


def run(coroutine):
    try:
        while True:
            coroutine.send(None)
    except StopIteration as e:
        return e.value


print(run(add_later(5, 5)))
print(main.__code__.co_flags & 0x80 != 0, type(main).__name__)
