# category: exceptions
# must: __context__/__cause__ cycles and odd values are handled (set, raise, format) exactly like CPython
# oracle: cpython
import traceback

a, b = ValueError("a"), KeyError("b")
a.__context__ = b
b.__context__ = a
print("cycle set", a.__context__ is b, b.__context__ is a)
print("format cycle", len(traceback.format_exception(a)) > 0)
try:
    try:
        raise a
    except ValueError:
        raise b
except KeyError as e:
    print("raise in cycle", type(e.__context__).__name__, e.__context__.__context__ is None or e.__context__.__context__ is e)
c = ValueError("c")
c.__cause__ = c
print("self cause format", sum("direct cause" in l for l in traceback.format_exception(c)))
for val in [5, "s", None, KeyError("k"), KeyError]:
    for attr in ("__context__", "__cause__"):
        e = ValueError()
        try:
            setattr(e, attr, val)
            print("set", attr, type(val).__name__, "ok", e.__suppress_context__)
        except TypeError as ex:
            print("set", attr, type(val).__name__, "TypeError", ex)
e = ValueError()
for val in [1, "x", None, 0]:
    try:
        e.__suppress_context__ = val
        print("suppress", repr(val), repr(e.__suppress_context__))
    except TypeError:
        print("suppress", repr(val), "TypeError")
try:
    del e.__context__
except (TypeError, AttributeError) as ex:
    print("del __context__", type(ex).__name__)
x = ValueError("x")
try:
    try:
        raise x
    except ValueError:
        try:
            raise KeyError("y")
        except KeyError as y:
            raise x
except ValueError as final:
    print("re-raise creates", type(final.__context__).__name__, final.__context__.__context__ is None)
d = [ValueError(str(i)) for i in range(4)]
for i in range(4):
    d[i].__context__ = d[(i + 1) % 4]
try:
    raise d[0]
except ValueError as e:
    print("ring kept", [str(e.__context__) for e in d])
print("ring formatted lines", len(traceback.format_exception(d[0])))
