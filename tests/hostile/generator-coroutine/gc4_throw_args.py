# category: generator-coroutine
# must: generator.throw with odd arguments raises like CPython
# oracle: cpython
import warnings
warnings.simplefilter("ignore", DeprecationWarning)
def g():
    while True:
        try:
            yield
        except Exception as e:
            print("  caught", type(e).__name__, e.args)
try:
    raise OSError("other")
except OSError as e:
    other_tb = e.__traceback__
cases = [(int,), (None,), ("x",), (ValueError, ValueError("a")), (ValueError("a"), 5), (ValueError, 5),
         (ValueError, "v", other_tb), (ValueError, None, 5), (ValueError(), None, other_tb), (ValueError("b"), ValueError("c")),
         (KeyError, (1, 2)), (object(),), (BaseException,), (type,), (Exception, None, None)]
for args in cases:
    it = g()
    next(it)
    try:
        it.throw(*args)
        print("ok", type(args[0]).__name__)
    except Exception as e:
        print("raised", type(e).__name__)
    except BaseException as e:
        print("base", type(e).__name__)
it = g()
try:
    it.throw()
except TypeError as e:
    print("no args", type(e).__name__)
it = g()
try:
    it.throw(ValueError)
except ValueError as e:
    print("unstarted", type(e).__name__, it.gi_frame)
