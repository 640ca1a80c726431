# category: generator-coroutine
# must: throwing exceptions carrying another exception's traceback keeps a sane traceback chain
# oracle: cpython
import warnings
warnings.simplefilter("ignore", DeprecationWarning)
def make():
    try:
        {}["missing"]
    except KeyError as e:
        return e
other = make()
def g():
    try:
        yield 1
    except KeyError as e:
        tb = e.__traceback__
        names = []
        while tb:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print("names", names)
        yield 2
it = g()
next(it)
print("threw", it.throw(other))
it = g()
next(it)
print("threw 3-arg", it.throw(KeyError, KeyError("x"), other.__traceback__))
it = g()
next(it)
for bad_tb in [5, "tb", other]:
    try:
        it.throw(KeyError, None, bad_tb)
    except TypeError as e:
        print("bad tb", type(bad_tb).__name__, type(e).__name__)
e2 = KeyError("y").with_traceback(other.__traceback__)
it = g()
next(it)
print("with_traceback", it.throw(e2))
try:
    KeyError().with_traceback(5)
except TypeError as e:
    print("with_traceback bad", type(e).__name__)
