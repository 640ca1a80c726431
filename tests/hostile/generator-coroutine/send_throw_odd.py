# category: generator-coroutine
# must: send() of non-None to a just-started generator and throw() with odd arguments fail as in CPython
# oracle: cpython
import sys, warnings
warnings.simplefilter("ignore", DeprecationWarning)

def gen():
    try:
        x = yield 1
        yield ("got", x)
    except Exception as e:
        yield ("caught", type(e).__name__, str(e))

g = gen()
for v in (5, "x", None):
    try:
        print("send", repr(v), g.send(v))
    except TypeError as e:
        print("send", repr(v), type(e).__name__, e)
try:
    raise KeyError("other")
except KeyError as e:
    other_tb = e.__traceback__
throws = [
    (int,), (5,), ("str",), (object,), (ValueError, "msg"), (ValueError, ValueError("inst")),
    (ValueError("inst"), "extra"), (ValueError, None, other_tb), (ValueError, None, 5),
    (ValueError, "m", None), (BaseException,), (type("E", (Exception,), {}),), (KeyError, ("a",)),
    (ValueError, 1, 2, 3), (Exception, KeyError("k")),
]
for args in throws:
    g = gen()
    next(g)
    try:
        r = g.throw(*args)
        print("throw", len(args), "->", r)
    except TypeError as e:
        print("throw", len(args), "TypeError", e)
    except BaseException as e:
        print("throw", len(args), "escaped", type(e).__name__)
g = gen()
try:
    g.throw(ValueError("before start"))
except ValueError as e:
    print("unstarted throw propagates", e, g.gi_frame)
try:
    g.throw(ValueError, None, other_tb)
except ValueError as e:
    n = 0
    tb = e.__traceback__
    while tb:
        n += 1
        tb = tb.tb_next
    print("tb kept", n >= 1)
