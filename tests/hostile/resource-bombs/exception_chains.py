# category: resource-bombs
# must: very long __context__/__cause__ chains, deep ExceptionGroup nesting and huge tracebacks are created and formatted without a crash
# oracle: cpython
import traceback

def chain(n):
    e = ValueError(0)
    for i in range(1, n):
        try:
            raise ValueError(i) from e
        except ValueError as new:
            e = new
    return e

e = chain(300)
length = 0
x = e
while x is not None:
    length += 1
    x = x.__cause__
print("chain length", length)
text = traceback.format_exception(e)
print("formatted lines", len(text))
c = ValueError("a")
c.__context__ = c
print("self context formats", len(traceback.format_exception(c)) > 0)
a, b = ValueError("a"), ValueError("b")
a.__cause__, b.__cause__ = b, a
print("cycle formats", len(traceback.format_exception(a)) > 0)

g = ValueError("leaf")
for i in range(500):
    g = ExceptionGroup("g%d" % i, [g])
try:
    print("group depth 500 split", type(g.split(ValueError)[0]).__name__)
except RecursionError:
    print("group split RecursionError")
try:
    out = traceback.format_exception(g)
    print("group formatted", len(out))
except RecursionError:
    print("group format RecursionError")
try:
    raise g
except* ValueError as eg:
    print("except* caught", type(eg).__name__)
wide = ExceptionGroup("wide", [ValueError(i) for i in range(10000)])
print("wide subgroup", len(wide.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] % 2).exceptions))

def deep(n):
    if n == 0:
        raise KeyError("bottom")
    deep(n - 1)
try:
    deep(900)
except KeyError as err:
    tb = traceback.extract_tb(err.__traceback__)
    print("traceback entries", len(tb))
    print("formatted has repeat note", any("more times" in line for line in traceback.format_tb(err.__traceback__)))
