# category: frame-walk
# must: f_lineno assignment outside tracing and f_trace assignment are rejected/harmless
# oracle: cpython
import sys
def f():
    fr = sys._getframe()
    for v in [1, 10**6, -5, "x", None]:
        try:
            fr.f_lineno = v
            print("set lineno", repr(v))
        except Exception as e:
            print("lineno", repr(v), type(e).__name__)
    for t in [None, 5, print, lambda *a: None]:
        try:
            fr.f_trace = t
            print("set f_trace", type(t).__name__, fr.f_trace is t)
        except Exception as e:
            print("f_trace", type(e).__name__)
    fr.f_trace = None
    for v in [True, 0, "yes"]:
        try:
            fr.f_trace_lines = v
            print("trace_lines", repr(v), fr.f_trace_lines)
        except Exception as e:
            print("trace_lines", repr(v), type(e).__name__)
    try:
        fr.f_trace_opcodes = 1
        print("trace_opcodes", fr.f_trace_opcodes)
    except Exception as e:
        print("trace_opcodes", type(e).__name__)
    return "done"
print(f())
print("tracer", sys.gettrace())
