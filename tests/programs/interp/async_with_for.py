# async with and async for using hand-written classes (__aenter__/__aexit__, __aiter__/__anext__).
class Yield:
    def __await__(self):
        yield


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await Yield()
        print("acquire", self.name)
        return self

    async def __aexit__(self, et, ev, tb):
        await Yield()
        print("release", self.name, et.__name__ if et else None)
        return self.suppress


class Ticker:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Yield()
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
    out = []
    async with Resource("db") as r, Resource("cache"):
        out.append(r.name)
        async for t in Ticker(3):
            out.append(t)
    async with Resource("quiet", suppress=True):
        raise ValueError("suppressed")
    try:
        async with Resource("loud"):
            raise KeyError("propagated")
    except KeyError as e:
        out.append(repr(e))
    async for t in Ticker(5):
        if t == 2:
            continue
        if t == 4:
            break
        out.append(("tick", t))
    else:
        out.append("no else after break")
    return out


print(run(main()))


async def misuse():
    async with 5:
        pass


try:
    run(misuse())
except TypeError as e:
    print(type(e).__name__, e)


class SyncOnly:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass


async def misuse2():
    async with SyncOnly():
        pass


try:
    run(misuse2())
except TypeError as e:
    print(type(e).__name__, e)
