# category: exceptions
# must: traceback.format_exception/print_exception/TracebackException render odd exceptions exactly like CPython
# oracle: cpython
import traceback, io, sys

def caught(fn):
    try:
        fn()
    except BaseException as e:
        return e
class StrRaises(Exception):
    def __str__(self):
        raise ValueError
def raiser():
    raise KeyError("k")
def chained():
    try:
        raiser()
    except KeyError as e:
        raise ValueError("v") from e
cyc_a, cyc_b = ValueError("a"), KeyError("b")
cyc_a.__cause__ = cyc_b
cyc_b.__context__ = cyc_a
items = {
    "plain": caught(raiser),
    "chained": caught(chained),
    "str raises": StrRaises(),
    "cycle": cyc_a,
    "group": caught(lambda: (_ for _ in ()).throw(ExceptionGroup("eg", [ValueError(1), caught(raiser)]))),
    "syntax": caught(lambda: compile("x = (", "<src>", "exec")),
    "syntax odd": SyntaxError("m", ("<f>", 10**6, -5, "t\0ext", 3, -9)),
    "no args": Exception(),
    "system exit": SystemExit(2),
    "unicode": UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"),
    "oserror": OSError(2, "nf", "p"),
    "keyerror tuple": KeyError((1, 2)),
    "base group": BaseExceptionGroup("bg", [KeyboardInterrupt(), ValueError()]),
}
for name, exc in items.items():
    lines = traceback.format_exception(exc)
    only = traceback.format_exception_only(exc)
    buf = io.StringIO()
    traceback.print_exception(exc, file=buf)
    te = traceback.TracebackException.from_exception(exc)
    print(name, len(lines), only[-1].rstrip("\n"), buf.getvalue() == "".join(lines), list(te.format()) == lines)
eg = ExceptionGroup("top", [ExceptionGroup("l%d" % i, [ValueError(i)]) for i in range(20)])
print("max_group_width", len(traceback.format_exception(eg)), sum("and 5 more" in l for l in traceback.format_exception(eg)))
te = traceback.TracebackException.from_exception(eg, max_group_width=2, max_group_depth=1)
print("limited group", sum("more exceptions" in l for l in te.format()))
print("limit", len(traceback.format_exception(items["chained"], limit=0)), len(traceback.format_exception(items["chained"], chain=False)))
for bad in [5, None, "s", ValueError]:
    try:
        r = traceback.format_exception(bad)
        print("format", repr(bad), r)
    except (TypeError, AttributeError) as e:
        print("format", repr(bad), type(e).__name__)
try:
    traceback.format_exception(ValueError, ValueError("x"), 5)
except AttributeError as e:
    print("tb int", type(e).__name__)
try:
    print("exc_only class", traceback.format_exception_only(ValueError))
except (TypeError, AttributeError) as e:
    print("exc_only class", type(e).__name__)
print("exc_only None", traceback.format_exception_only(None))
print("extract stack", [f.name for f in traceback.extract_stack()][-1:])
print("stack summary", type(traceback.StackSummary.from_list([("f", 1, "n", "l")])).__name__)
try:
    traceback.StackSummary.from_list([5])
except TypeError as e:
    print("from_list int", type(e).__name__)
