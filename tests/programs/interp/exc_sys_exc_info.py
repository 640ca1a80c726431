# sys.exc_info() and sys.exception() inside/outside handlers, in nested calls, restored after handlers.
import sys

print(sys.exc_info(), sys.exception())
try:
    raise ValueError("current")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is v.__traceback__, repr(sys.exception()))
print(sys.exc_info(), sys.exception())


def inspect_current():
    return repr(sys.exception())


try:
    raise KeyError("seen from callee")
except KeyError:
    print(inspect_current())
try:
    raise TypeError("outer")
except TypeError:
    try:
        raise IndexError("inner")
    except IndexError:
        print("in inner:", repr(sys.exception()))
    print("back in outer:", repr(sys.exception()))
print("after all:", sys.exception())


def gen():
    try:
        raise OSError("in generator")
    except OSError:
        yield repr(sys.exception())
        yield repr(sys.exception())


g = gen()
print(next(g))
print("outside generator:", sys.exception())
try:
    raise RuntimeError("caller")
except RuntimeError:
    print(next(g))
try:
    raise ValueError("finally test")
except ValueError:
    try:
        pass
    finally:
        print("in finally inside handler:", repr(sys.exception()))
try:
    try:
        raise ValueError("x")
    finally:
        print("in finally with pending:", repr(sys.exception()))
except ValueError:
    pass
