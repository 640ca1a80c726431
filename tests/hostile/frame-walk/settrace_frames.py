# category: frame-walk
# must: sys.settrace callbacks receive guest frames and the events CPython reports
# oracle: cpython
import sys

events = []
def tracer(frame, event, arg):
    if frame.f_code.co_name in ("target", "gen"):
        events.append((event, frame.f_code.co_name, type(arg).__name__))
    return tracer

def target(x):
    y = x + 1
    return y

def gen():
    yield 1

sys.settrace(tracer)
target(1)
list(gen())
try:
    target("s")
except TypeError:
    pass
sys.settrace(None)
for e in events:
    print(e)
print("gettrace after", sys.gettrace())
try:
    sys.settrace(5)
    print("settrace int accepted")
    sys.settrace(None)
except TypeError:
    print("settrace TypeError")
def bad_tracer(frame, event, arg):
    raise LookupError("from tracer")
sys.settrace(bad_tracer)
try:
    target(2)
    print("no error")
except LookupError as e:
    print("tracer error propagated", e)
finally:
    sys.settrace(None)
print("trace cleared", sys.gettrace())
