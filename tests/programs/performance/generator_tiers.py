"""Generators and coroutines in every tier: resumed inline by the interpreter's
SEND_GEN and FOR_ITER_GEN, and compiled (--jit=on|always) -- yields, returns,
throw/close through yield-from chains, exception state, frames, recursion."""

import sys


def leaf(n):
    for i in range(n):
        got = yield i
        if got is not None:
            yield ("got", got)
    return "leaf-done"


def middle(n):
    result = yield from leaf(n)
    yield ("middle saw", result)
    return result + "!"


def top(n):
    r = yield from middle(n)
    return r


def drive():
    for _ in range(60):                 # warm the tiers up
        out = list(top(3))
    print(out)
    g = top(3)
    print(next(g), g.send("hello"), next(g))
    try:
        while True:
            next(g)
    except StopIteration as e:
        print("returned", e.value)


def thrower():
    try:
        yield 1
        yield 2
    except KeyError as e:
        print("caught in thrower", repr(e), sys.exception() is e)
        yield "after"
    finally:
        finished.append("thrower")


finished = []


def delegate_throw():
    for _ in range(60):
        g = thrower()
        next(g)
        g.close()
    print(len(finished))
    def chain():
        yield from thrower()
    g = chain()
    print(next(g))
    print(g.throw(KeyError("k")))
    g.close()
    print(g.gi_frame, len(finished))


def raising(n):
    yield n
    raise ValueError("boom %d" % n)


def catch_from_generator():
    for i in range(60):
        try:
            for x in raising(i):
                pass
        except ValueError as e:
            last = e
    print(last, last.__traceback__.tb_next.tb_frame.f_code.co_name)

    def stop_inside():
        yield 1
        raise StopIteration("inner")
    try:
        list(stop_inside())
    except RuntimeError as e:
        print("RuntimeError:", e, "| cause:", repr(e.__cause__))


def exception_state():
    seen = []
    def gen():
        seen.append(sys.exception())
        try:
            raise TypeError("inside")
        except TypeError:
            yield sys.exception()
            seen.append(sys.exception())
        yield sys.exception()
    for _ in range(55):
        list(gen())
    print(len(seen), seen[-2:])
    try:
        raise KeyError("outer")
    except KeyError:
        g = gen()
        print(repr(next(g)))
        print(repr(sys.exception()))
        print(repr(next(g)))


def frames():
    def gen():
        f = sys._getframe()
        yield f.f_back.f_code.co_name
        yield f.f_lineno
    for _ in range(55):
        list(gen())
    g = gen()
    print(next(g), g.gi_running, g.gi_suspended, g.gi_frame.f_lasti > 0)
    print(next(g))
    def reentrant():
        yield me.send(None)
    me = reentrant()
    try:
        next(me)
    except ValueError as e:
        print("ValueError:", e)


def deep(n):
    if n:
        yield from deep(n - 1)
    else:
        yield "bottom"


def recursion():
    print(list(deep(300)))
    sys.setrecursionlimit(200)
    try:
        list(deep(400))
    except RecursionError as e:
        print("RecursionError")
    sys.setrecursionlimit(1000)


class Awaitable:
    def __await__(self):
        value = yield "suspended"
        return value * 2


async def inner(x):
    return await Awaitable() + x


async def outer():
    total = 0
    for i in range(3):
        total += await inner(i)
    return total


def coroutines():
    for _ in range(30):
        c = outer()
        sent = c.send(None)
        try:
            while True:
                sent = c.send(5)
        except StopIteration as e:
            result = e.value
    print(sent, result)
    c = outer()
    c.send(None)
    try:
        c.throw(OSError("into the await"))
    except OSError as e:
        print("OSError out:", e)
    c = inner(1)
    c.close()
    try:
        c.send(None)
    except RuntimeError as e:
        print(e)


async def agen(n):
    for i in range(n):
        yield await inner(i)


def async_generators():
    async def consume():
        return [x async for x in agen(3)]
    c = consume()
    sent = None
    try:
        while True:
            c.send(sent)
            sent = 1
    except StopIteration as e:
        print(e.value)


def nested_loops():
    def evens(n):
        for i in range(n):
            if i % 2 == 0:
                yield i
    total = 0
    for _ in range(30):
        for x in evens(20):
            for y in (x * k for k in range(3)):
                total += y
    print(total, sum(x * x for x in range(100)), max(v for v in evens(9)))


drive()
delegate_throw()
catch_from_generator()
exception_state()
frames()
recursion()
coroutines()
async_generators()
nested_loops()
