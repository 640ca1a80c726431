# dis: dis.dis of closures, generators, coroutines, match, with, classes and source strings (CPython's exact listings).
import dis
import io
import re


def show(*args, **kwargs):
    out = io.StringIO()
    dis.dis(*args, file=out, **kwargs)
    print(re.sub(r" at 0x[0-9a-f]+", " at ADDR", out.getvalue()))


def outer(x):
    y = 1

    def inner(z):
        nonlocal y
        y += z
        return x + y
    return inner


def gen(n):
    yield from range(n)
    total = yield n
    return total


async def coro(a):
    async with a as b:
        async for i in b:
            await i


def matcher(p):
    match p:
        case [1, *rest]:
            return rest
        case {"k": v, **kw}:
            return v
        case Point(x=0) | None:
            return 0
        case _:
            return -1


def withs(path):
    with open(path) as f, open(path) as g:
        return f.read() + g.read()


def loops(a, b=2, *args, **kw):
    for i in range(a):
        if i % 2:
            b += i
    try:
        return [x * b for x in args]
    except ValueError as e:
        return None


class K:
    attr: int = 3

    def meth(self):
        return super().meth()


show(outer)
show(gen)
show(coro)
show(matcher)
show(withs)
show(loops)
show(K)
show("a = [i ** 2 for i in range(10) if i]; print(f'{a!r:>10}')")
show(outer, show_caches=True, depth=0)
show(lambda: 1 if x else (yield), adaptive=True)
show(compile("del x[0]; import os.path as p", "<s>", "exec"))
