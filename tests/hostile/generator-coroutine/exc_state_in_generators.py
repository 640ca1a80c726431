# category: generator-coroutine
# must: sys.exc_info() and implicit exception context inside suspended/resumed generators match CPython
# oracle: cpython
import sys

def gen():
    print("start exc", sys.exc_info()[0])
    try:
        raise KeyError("in gen")
    except KeyError:
        yield sys.exc_info()[0].__name__
        print("resumed exc", sys.exc_info()[0].__name__)
    yield sys.exc_info()[0]

g = gen()
try:
    raise ValueError("outer")
except ValueError:
    print("first", next(g))
    print("outer after yield", sys.exc_info()[0].__name__)
print("module after", sys.exc_info()[0])
print("second", next(g))

def ctx_gen():
    try:
        yield
    except IndexError as e:
        yield type(e.__context__).__name__ if e.__context__ else None
c = ctx_gen()
next(c)
try:
    raise LookupError("ctx")
except LookupError:
    print("thrown context", c.throw(IndexError))

def raise_bare():
    yield
    raise
r = raise_bare()
next(r)
try:
    raise TypeError("active")
except TypeError:
    try:
        next(r)
    except RuntimeError as e:
        print("bare raise RuntimeError", e)
    except TypeError as e:
        print("bare raise reraised", e)

async def coro_exc():
    return sys.exc_info()[0]
co = coro_exc()
try:
    raise OSError
except OSError:
    try:
        co.send(None)
    except StopIteration as e:
        print("coroutine sees", e.value.__name__ if e.value else None)

def nested_except():
    try:
        raise KeyError
    except KeyError:
        try:
            yield 1
            raise ValueError
        except ValueError as e:
            yield type(e.__context__).__name__
n = nested_except()
next(n)
print("nested context", next(n))
