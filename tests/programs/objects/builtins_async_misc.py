# aiter/anext builtins driven by hand, plus callable checks for breakpoint/help (never called) and misc builtins.
class Pause:
    def __await__(self):
        yield "paused"


class Numbers:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Pause()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def main():
    it = aiter(Numbers(2))
    first = await anext(it)
    second = await anext(it)
    third = await anext(it, "default")
    try:
        await anext(it)
    except StopAsyncIteration:
        fourth = "StopAsyncIteration"
    return first, second, third, fourth


print(run(main()))


async def agen():
    yield "from agen"


async def with_agen():
    g = agen()
    return await anext(g), await anext(g, "exhausted")


print(run(with_agen()))
for bad in [lambda: aiter([1]), lambda: anext([1]), lambda: aiter(Numbers(1), 2)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(callable(breakpoint), callable(help), callable(input), callable(open), callable(__import__), callable(compile))
print(type(anext(agen())).__name__ in ("async_generator_asend", "coroutine"), type(aiter(Numbers(1))).__name__)
print(type(__build_class__).__name__, callable(globals), callable(locals), callable(vars), callable(dir))
print(repr(Ellipsis), repr(NotImplemented), bool(__debug__), __name__)
