# category: exceptions
# must: with_traceback() and __traceback__ reject non-tracebacks; odd but valid tracebacks format as in CPython
# oracle: cpython
import sys, traceback

def make_tb():
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e.__traceback__
tb = make_tb()
e = ValueError("v")
for val in [5, "tb", None, tb, sys._getframe(), [], e]:
    try:
        r = e.with_traceback(val)
        print("with_traceback", type(val).__name__, r is e, type(e.__traceback__).__name__)
    except TypeError as ex:
        print("with_traceback", type(val).__name__, "TypeError", ex)
for val in [5, None, tb, object()]:
    try:
        e.__traceback__ = val
        print("set __traceback__", type(val).__name__, "ok")
    except TypeError as ex:
        print("set __traceback__", type(val).__name__, "TypeError", ex)
try:
    del e.__traceback__
    print("del __traceback__ ok", e.__traceback__)
except (TypeError, AttributeError) as ex:
    print("del __traceback__", type(ex).__name__)
e.__traceback__ = tb
try:
    raise e
except ValueError as ex:
    n = 0
    t = ex.__traceback__
    names = []
    while t:
        names.append(t.tb_frame.f_code.co_name)
        t = t.tb_next
    print("raise keeps foreign tb", names)
lines = traceback.format_exception(ValueError, ValueError("x"), tb)
print("format with foreign tb", len(lines), lines[-1].strip())
print("format None tb", traceback.format_exception(ValueError("y"))[-1].strip())
print("format_tb", len(traceback.format_tb(tb)), traceback.format_tb(None))
try:
    traceback.format_tb(5)
except AttributeError as ex:
    print("format_tb int", type(ex).__name__)
print("extract", [f.name for f in traceback.extract_tb(tb)])
print("walk_tb", [f.f_code.co_name for f, _ in traceback.walk_tb(tb)])
try:
    raise KeyError("k").with_traceback(None)
except KeyError as ex:
    print("with_traceback(None) raise", ex.__traceback__.tb_frame.f_code.co_name)
