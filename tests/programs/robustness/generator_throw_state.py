# gen.throw() chains the thrown exception to the generator's own handled
# exception, never the caller's; next(coroutine) is a TypeError; athrow()
# checks its arguments when the awaitable runs, not when it is created.
import warnings


def attempt(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)


def plain():
    try:
        yield
    except IndexError as e:
        yield repr(e.__context__)


def handling():
    try:
        raise KeyError("own")
    except KeyError:
        try:
            yield
        except IndexError as e:
            yield repr(e.__context__)


for factory in (plain, handling):
    g = factory()
    next(g)
    try:
        raise LookupError("caller")
    except LookupError:
        print(factory.__name__, "context:", g.throw(IndexError))
    g = factory()
    next(g)
    print(factory.__name__, "context outside a handler:", g.throw(IndexError("i")))


def delegating():
    result = yield from plain()
    yield result


g = delegating()
next(g)
try:
    raise LookupError("caller")
except LookupError:
    print("yield from context:", g.throw(IndexError))


def unstarted():
    yield 1


g = unstarted()
try:
    raise LookupError("caller")
except LookupError:
    try:
        g.throw(IndexError)
    except IndexError as e:
        print("unstarted context:", repr(e.__context__))


async def coro():
    return 1


c = coro()
attempt("next(coroutine)", lambda: next(c))
attempt("next(coroutine, 0)", lambda: next(c, 0))
c.close()


async def agen():
    yield 1


cases = [(), (None,), (5,), (int,), (ValueError("i"), "x"), (KeyError, KeyError("x"), 5),
         (ValueError, ValueError("v"), None), (ValueError,), (1, 2, 3, 4)]
for args in cases:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        awaitable = agen().athrow(*args)
    print("athrow%r" % (args,), type(awaitable).__name__,
          [(w.category.__name__, str(w.message)) for w in caught])
    try:
        awaitable.send(None)
    except BaseException as e:
        print("  sent:", type(e).__name__, e)


def warned_throw(label, thunk):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            thunk()
        except BaseException as e:
            print(label, "raises", type(e).__name__, e)
    print(label, "warnings", [(w.category.__name__, str(w.message)) for w in caught])


def started():
    g = unstarted()
    next(g)
    return g


warned_throw("gen.throw(T)", lambda: started().throw(ValueError))
warned_throw("gen.throw(T, None)", lambda: started().throw(ValueError, None))
warned_throw("gen.throw()", lambda: started().throw())
warned_throw("gen.throw(4 args)", lambda: started().throw(ValueError, None, None, None))
c = coro()
warned_throw("coro.throw(T, v, None)", lambda: c.throw(RuntimeError, RuntimeError("a"), None))
c = coro()
warned_throw("await-wrapper.throw(T, None)", lambda: c.__await__().throw(KeyError, None))
warned_throw("asend.throw(T, None)", lambda: agen().asend(None).throw(KeyError, None))
warned_throw("athrow.throw(T, None)", lambda: agen().athrow(KeyError).throw(KeyError, None))
