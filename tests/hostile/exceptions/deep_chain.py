# category: exceptions
# must: 1000 levels of raise ... from and of implicit context are built, walked and formatted like CPython
# oracle: cpython
import traceback

def build(n, explicit):
    exc = None
    for i in range(n):
        try:
            if explicit:
                raise ValueError(i) from exc
            else:
                try:
                    if exc is not None:
                        raise exc
                    raise KeyError(i)
                except BaseException:
                    raise ValueError(i)
        except ValueError as e:
            exc = e
    return exc

top = build(1000, True)
depth = 0
e = top
while e.__cause__ is not None:
    e = e.__cause__
    depth += 1
print("cause depth", depth, e.args)
lines = traceback.format_exception(top)
print("formatted", len(lines), sum("direct cause" in l for l in lines))
te = traceback.TracebackException.from_exception(top)
print("TracebackException", type(te).__name__)
ctx = build(300, False)
d = 0
e = ctx
while e.__context__ is not None:
    e = e.__context__
    d += 1
print("context depth", d)
print("context formatted", sum("During handling" in l for l in traceback.format_exception(ctx)))
def nest(n):
    if n == 0:
        raise LookupError("bottom")
    try:
        nest(n - 1)
    except LookupError as e:
        raise LookupError(n) from e
try:
    nest(200)
except LookupError as e:
    n = 0
    while e.__cause__:
        e = e.__cause__
        n += 1
    print("recursive chain", n, e.args)
print("str of deep", str(top), repr(top))
g = ExceptionGroup("g0", [ValueError()])
for i in range(1, 200):
    g = ExceptionGroup("g%d" % i, [g])
print("deep group", len(traceback.format_exception(g)) > 0)
m, r = g.split(ValueError)
print("deep split", m is g, r)
