# category: frame-walk
# must: generator gi_* attributes reflect state and gi_frame is None once finished
# oracle: cpython
import sys, inspect
def sub():
    yield 1
    yield 2
def g():
    yield sys._getframe().f_back.f_code.co_name
    yield from sub()
it = g()
print("frame before", type(it.gi_frame).__name__, it.gi_frame.f_lasti >= -1)
print("running", it.gi_running, "suspended", it.gi_suspended)
print("state", inspect.getgeneratorstate(it))
print("first", next(it))
print("suspended", it.gi_suspended, "yieldfrom", it.gi_yieldfrom)
print("second", next(it))
print("yieldfrom type", type(it.gi_yieldfrom).__name__, it.gi_yieldfrom.gi_code.co_name)
print("code", it.gi_code.co_name, it.gi_code is g.__code__)
print("frame code", it.gi_frame.f_code is g.__code__)
print("frame back", it.gi_frame.f_back)
print("locals", it.gi_frame.f_locals)
list(it)
print("finished frame", it.gi_frame, it.gi_running, it.gi_suspended, it.gi_yieldfrom)
print("state", inspect.getgeneratorstate(it))
for name in ["gi_frame", "gi_code", "gi_running", "gi_suspended", "gi_yieldfrom"]:
    try:
        setattr(it, name, 1)
        print("set", name)
    except Exception as e:
        print(name, type(e).__name__)
