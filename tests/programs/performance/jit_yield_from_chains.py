# Chains of generators and coroutines delegating to each other (yield from, await): whatever
# the compiling tier does to pass values through the intermediate levels, the values, sent
# values, return values, exceptions caught at any level, throw(), close(), the frames and
# lines seen from the innermost level and tracebacks are those of CPython.
import sys
import traceback
import types


def leaf_gen(n, tag):
    for i in range(n):
        received = yield (tag, i)
        if received is not None:
            print("  leaf got", received)
    return "done %s" % tag


def middle(n, depth):
    if depth == 0:
        result = yield from leaf_gen(n, "leaf")
    else:
        result = yield from middle(n, depth - 1)
    return "%s<%d" % (result, depth)


def outer(n):
    result = yield from middle(n, 3)
    print("  outer got", result)
    yield "last"


def values():
    for _ in range(3):              # (warm: the tier compiles the generators)
        print(list(outer(3)))
    g = outer(4)
    print(next(g), g.send("hello"), next(g), g.send(42))
    print(list(g))


def catches_inside(depth):
    if depth == 0:
        yield 1
        raise ValueError("from the bottom")
    try:
        yield from catches_inside(depth - 1)
    except ValueError as e:
        if depth == 2:
            print("  caught at depth", depth, e)
            yield "recovered"
            return
        raise


def exceptions():
    for _ in range(3):
        print(list(catches_inside(4)))
    g = middle(2, 2)
    next(g)
    try:
        g.throw(KeyError("thrown"))
    except KeyError as e:
        print("throw ->", repr(e), [f.name for f in traceback.extract_tb(e.__traceback__)])
    g = middle(5, 2)
    next(g)
    g.close()
    print("closed", g.gi_frame, g.gi_yieldfrom)


def frames_seen(depth):
    if depth == 0:
        f = sys._getframe()
        names = []
        while f is not None and f.f_code.co_name in ("frames_seen", "observe"):
            names.append((f.f_code.co_name, f.f_lineno))
            f = f.f_back
        yield names
        yield sys._getframe(1).f_lasti == sys._getframe(1).f_lasti
        return
    yield from frames_seen(depth - 1)


def observe():
    yield from frames_seen(3)


def frames():
    for _ in range(3):
        results = list(observe())
    print(results)
    g = observe()
    next(g)
    middle_gen = g.gi_yieldfrom
    print(g.gi_frame.f_lineno, middle_gen.gi_frame.f_lineno, middle_gen.gi_running,
          type(middle_gen.gi_yieldfrom).__name__)


class Ticket:
    def __await__(self):
        value = yield "ticket"
        return value * 2


async def bottom(x):
    return await Ticket() + x


async def chain(depth, x):
    if depth == 0:
        return await bottom(x)
    return await chain(depth - 1, x) + 1


def coroutines():
    for x in range(4):
        c = chain(4, x)
        print(c.send(None), end=" ")
        try:
            c.send(10)
        except StopIteration as e:
            print(e.value)


def failing_source():
    yield 1
    yield 2
    1 / 0


def relay(n):
    if n == 0:
        yield from failing_source()
    else:
        yield from relay(n - 1)


def tracebacks():
    for _ in range(3):
        try:
            for value in relay(3):
                pass
        except ZeroDivisionError as e:
            tb = traceback.extract_tb(e.__traceback__)
    print([(f.name, f.line) for f in tb])


@types.coroutine
def legacy(depth):
    if depth == 0:
        return (yield "legacy")
    return (yield from legacy(depth - 1))


def legacy_chains():
    for _ in range(3):
        g = legacy(3)
        print(next(g), end=" ")
        try:
            g.send("back")
        except StopIteration as e:
            print(e.value)


values()
exceptions()
frames()
coroutines()
tracebacks()
legacy_chains()
