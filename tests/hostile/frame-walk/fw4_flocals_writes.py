# category: frame-walk
# must: writing f_locals of various frames is harmless and matches CPython 3.12
# oracle: cpython
import sys
def f():
    x = 1
    loc = sys._getframe().f_locals
    loc["x"] = 99
    loc["new"] = 5
    print("x after write", x)
    print("new in locals()", "new" in locals())
    return sys._getframe()
fr = f()
print("dead frame locals", sorted(k for k in fr.f_locals))
try:
    fr.f_locals = {}
except Exception as e:
    print("assign f_locals", type(e).__name__)
try:
    fr.f_globals = {}
except Exception as e:
    print("assign f_globals", type(e).__name__)
try:
    fr.f_builtins["zzz"] = 1
    print("builtins write visible", zzz)
    del fr.f_builtins["zzz"]
except Exception as e:
    print("builtins write", type(e).__name__)
g = sys._getframe()
g.f_locals["mod_level"] = 7
print("module level write", mod_level)
for bad in [1, None, "s"]:
    try:
        g.f_locals[bad] = bad
        print("ok key", repr(bad))
    except Exception as e:
        print(repr(bad), type(e).__name__)
print("f_back of module", g.f_back)
