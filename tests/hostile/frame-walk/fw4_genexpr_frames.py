# category: frame-walk
# must: generator expression frames expose only guest objects and correct names
# oracle: cpython
import sys
ge = (sys._getframe() for _ in range(3))
print("code name", ge.gi_code.co_name, ge.__name__, ge.__qualname__)
fr = next(ge)
print("frame is gi_frame", fr is ge.gi_frame)
print("locals keys", sorted(fr.f_locals))
print("iter type", type(fr.f_locals[".0"]).__name__)
print("globals same", fr.f_globals is globals())
def outer():
    k = 10
    g = (sys._getframe(1).f_code.co_name for _ in [0])
    return next(g), g
name, g = outer()
print("caller of genexpr", name)
print("free vars", ge.gi_code.co_varnames, ge.gi_code.co_argcount)
inner = (x for x in (y for y in [1, 2]))
print("nested", list(inner), inner.gi_frame)
try:
    ge.gi_code.co_name = "x"
except Exception as e:
    print("set co_name", type(e).__name__)
c = ge.gi_code
for attr in ["co_consts", "co_names", "co_varnames", "co_freevars", "co_cellvars", "co_flags", "co_firstlineno"]:
    v = getattr(c, attr)
    print(attr, type(v).__name__)
print("replace", type(c.replace(co_name="z")).__name__)
