# category: frame-walk
# must: writes through f_locals behave like CPython 3.12 (a snapshot for functions, live for module/class)
# oracle: cpython
import sys

def func():
    a = 1
    loc = sys._getframe().f_locals
    loc["a"] = 99
    loc["new"] = 5
    print("func a", a, "snapshot has new", "new" in sys._getframe().f_locals)
    del loc["a"]
    print("func a after del", a)
    return loc

loc = func()
print("returned type", type(loc).__name__, sorted(loc))

sys._getframe().f_locals["mod_var"] = 42
print("module write", mod_var)

class K:
    sys._getframe().f_locals["injected"] = "yes"
    x = 1
print("class write", K.injected, K.x)

def caller_writer():
    sys._getframe(1).f_locals["from_callee"] = 1

def victim():
    z = 0
    caller_writer()
    print("victim sees", sorted(sys._getframe().f_locals))
    try:
        print(from_callee)
    except NameError:
        print("NameError from_callee")
victim()

def with_cell():
    c = 1
    def inner():
        return c
    sys._getframe().f_locals["c"] = 2
    return inner()
print("cell", with_cell())

def gen():
    v = 1
    yield
    yield v
g = gen(); next(g)
g.gi_frame.f_locals["v"] = "changed"
print("gen v", next(g))
for bad in (None, 5):
    try:
        sys._getframe().f_locals = bad
        print("assigned f_locals")
    except AttributeError:
        print("f_locals readonly")
try:
    sys._getframe().f_globals = {}
except AttributeError:
    print("f_globals readonly")
try:
    del sys._getframe().f_builtins
except AttributeError:
    print("f_builtins readonly")
