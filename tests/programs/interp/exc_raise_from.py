# raise, raise X from Y, raise from None: __cause__, __context__, __suppress_context__ values.
def show(e):
    print(type(e).__name__, repr(e), "cause:", repr(e.__cause__), "context:", repr(e.__context__),
          "suppress:", e.__suppress_context__)


try:
    raise ValueError("plain")
except ValueError as e:
    show(e)
try:
    try:
        raise KeyError("inner")
    except KeyError as inner:
        raise RuntimeError("outer") from inner
except RuntimeError as e:
    show(e)
try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise RuntimeError("implicit")
except RuntimeError as e:
    show(e)
try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise RuntimeError("hidden") from None
except RuntimeError as e:
    show(e)
try:
    raise TypeError("with class cause") from ValueError
except TypeError as e:
    show(e)
try:
    raise IndexError
except IndexError as e:
    show(e)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise 42
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise int
except TypeError as e:
    print(type(e).__name__, e)
err = OSError("reused")
for i in range(2):
    try:
        raise err
    except OSError as e:
        print(i, e is err, e.__traceback__ is not None)
e = ValueError("manual")
e.__cause__ = KeyError("k")
print(e.__suppress_context__)
try:
    e.__cause__ = "not an exception"
except TypeError as te:
    print(type(te).__name__, te)
