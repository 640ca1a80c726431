# category: frame-walk
# must: frames seen from comprehensions, lambdas, class bodies and decorators match CPython 3.12 (inlined comprehensions)
# oracle: cpython
import sys

name = lambda: sys._getframe(1).f_code.co_name
print("listcomp", [sys._getframe().f_code.co_name for _ in [0]])
print("setcomp", {sys._getframe().f_code.co_name for _ in [0]})
print("dictcomp", {0: sys._getframe().f_code.co_name for _ in [0]})
print("genexpr", list(sys._getframe().f_code.co_name for _ in [0]))
print("lambda", (lambda: sys._getframe().f_code.co_name)())
print("caller from lambda", name())
class C:
    here = sys._getframe().f_code.co_name
    back = sys._getframe().f_back.f_code.co_name
    comp = [sys._getframe().f_code.co_name for _ in [0]]
    local_keys = sorted(k for k in sys._getframe().f_locals if not k.startswith("__"))
print("class body", C.here, C.back, C.comp, C.local_keys)
def deco(fn):
    deco.seen = sys._getframe(1).f_code.co_name
    return fn
@deco
def decorated():
    pass
print("decorator caller", deco.seen)
def outer():
    y = 1
    return [sorted(sys._getframe().f_locals) for x in [0]]
print("comp locals", outer())
def nested_gen():
    return [list(sys._getframe().f_back.f_code.co_name for _ in [0]) for _ in [0]]
print("nested", nested_gen())
print("default arg", (lambda f=sys._getframe(): f.f_code.co_name)())
print("in f-string", f"{sys._getframe().f_code.co_name}")
print("in eval", eval("sys._getframe().f_code.co_name"))
print("eval back", eval("sys._getframe().f_back.f_code.co_name"))
exec("print('exec', sys._getframe().f_code.co_name, sys._getframe().f_back.f_code.co_name)")
