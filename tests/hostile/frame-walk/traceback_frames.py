# category: frame-walk
# must: tb_frame/tb_next of caught exceptions and their f_back chains are guest frames ending at the module
# oracle: cpython
import sys

def ordinary(x):
    t = type(x)
    return isinstance(t.__module__, str) and issubclass(type(t), type)

def deep(n):
    if n == 0:
        raise ValueError("bottom")
    return deep(n - 1)

try:
    deep(3)
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        assert ordinary(tb.tb_frame) and ordinary(tb.tb_lasti) and ordinary(tb.tb_lineno)
        print("tb", type(tb).__name__, tb.tb_lineno > 0, type(tb.tb_lasti).__name__)
        last = tb
        tb = tb.tb_next
    print(names)
    f = last.tb_frame
    backs = []
    while f is not None:
        backs.append(f.f_code.co_name)
        f = f.f_back
    print("back chain", backs)
    print("bottom locals", last.tb_frame.f_locals)
    print("exc_info same", sys.exc_info()[2] is e.__traceback__)
    print("globals", last.tb_frame.f_globals is globals())
try:
    tb.tb_next = 5
except TypeError as e:
    print("tb_next int", type(e).__name__)
t = e.__traceback__
try:
    t.tb_next = t
except ValueError as ex:
    print("tb cycle", type(ex).__name__)
for attr in ("tb_frame", "tb_lineno", "tb_lasti"):
    try:
        setattr(t, attr, None)
        print("set", attr)
    except (AttributeError, TypeError) as ex:
        print(attr, type(ex).__name__)
t.tb_next = None
print("cut", t.tb_next)
import types
try:
    types.TracebackType(None, sys._getframe(), 0, 1)
    print("built tb")
except TypeError as ex:
    print("TracebackType bad next", type(ex).__name__)
nt = types.TracebackType(None, sys._getframe(), 0, 7)
print("built", nt.tb_lineno, nt.tb_frame is sys._getframe())
for args in [(None, None, 0, 1), (None, sys._getframe(), "x", 1), (5, sys._getframe(), 0, 1)]:
    try:
        types.TracebackType(*args)
        print("accepted")
    except TypeError as ex:
        print("TypeError")
