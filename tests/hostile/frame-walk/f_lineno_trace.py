# category: frame-walk
# must: f_lineno assignment outside tracing and odd f_trace values fail the way CPython's do
# oracle: cpython
import sys

f = sys._getframe()
for val in (1, 0, -1, 10**20, "3", None, 3.5):
    try:
        f.f_lineno = val
        print("set", repr(val))
    except (ValueError, TypeError, AttributeError) as e:
        print(repr(val), type(e).__name__)
print("lineno int", type(f.f_lineno) is int)
print("f_trace", f.f_trace)
f.f_trace = 5
print("f_trace set", f.f_trace)
f.f_trace = None
print("f_trace cleared", f.f_trace)
try:
    del f.f_trace
    print("deleted f_trace", f.f_trace)
except (AttributeError, TypeError) as e:
    print("del f_trace", type(e).__name__)
print("f_trace_lines", f.f_trace_lines, "opcodes", f.f_trace_opcodes)
for attr, val in (("f_trace_lines", 0), ("f_trace_opcodes", "yes"), ("f_trace_lines", None),
                  ("f_trace_lines", False), ("f_trace_opcodes", True)):
    try:
        setattr(f, attr, val)
        print("set", attr, getattr(f, attr))
    except (TypeError, AttributeError) as e:
        print(attr, repr(val), type(e).__name__)
f.f_trace_lines = True
f.f_trace_opcodes = False
def g():
    yield 1
    yield 2
gen = g()
next(gen)
try:
    gen.gi_frame.f_lineno = 1
    print("set gen lineno")
except (ValueError, AttributeError) as e:
    print("gen lineno", type(e).__name__)
print(next(gen))
print("gettrace", sys.gettrace())
try:
    f.f_lasti = 0
except AttributeError:
    print("f_lasti readonly")
try:
    f.f_code = (lambda: 0).__code__
except AttributeError:
    print("f_code readonly")
try:
    f.f_back = None
except AttributeError:
    print("f_back readonly")
