# category: frame-walk
# must: sys._getframe() and the f_back chain reach only guest frames, ending at the module frame
# oracle: cpython
import sys

def ordinary(x):
    t = type(x)
    return (isinstance(t.__module__, str) and issubclass(type(t), type))

def walk():
    names = []
    f = sys._getframe()
    while f is not None:
        names.append(f.f_code.co_name)
        ok = all(ordinary(v) for v in (f.f_code, f.f_globals, f.f_builtins, f.f_locals,
                                        f.f_lineno, f.f_lasti, f.f_back))
        print("frame", f.f_code.co_name, ok, type(f).__name__, type(f.f_lineno).__name__)
        f = f.f_back
    return names

def outer():
    def inner():
        return walk()
    return inner()

print(outer())
print("depth0 is caller", sys._getframe(0).f_code.co_name)
try:
    sys._getframe(1)
    print("getframe 1 ok")
except ValueError as e:
    print("ValueError", e)
for arg in (-1, 10**6, 2**70, "1", None, 1.0):
    try:
        f = sys._getframe(arg)
        print("ok", repr(arg), f.f_code.co_name)
    except Exception as e:
        print(repr(arg), type(e).__name__)
print("module frame back", sys._getframe().f_back is None)
print("globals same", sys._getframe().f_globals is globals())
import builtins
print("builtins same", sys._getframe().f_builtins is builtins.__dict__)
