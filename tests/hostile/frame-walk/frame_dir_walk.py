# category: frame-walk
# must: every attribute reachable with dir()/getattr on every frame (and its code) is an ordinary guest object
# oracle: cpython
import sys

def ordinary(x):
    t = type(x)
    try:
        repr(x)
    except Exception:
        return False
    return isinstance(t.__module__, str) and (type(t) is type or issubclass(type(t), type))

bad = []
seen_attrs = set()
def inspect_obj(label, obj, depth):
    for name in dir(obj):
        try:
            v = getattr(obj, name)
        except Exception as e:
            continue
        seen_attrs.add(name)
        if not ordinary(v):
            bad.append((label, name))
        if depth and name in ("f_code", "f_back", "tb_frame", "tb_next", "gi_frame", "__class__"):
            if v is not None:
                inspect_obj(label + "." + name, v, depth - 1)

def level3():
    inspect_obj("frame", sys._getframe(), 4)
    try:
        raise KeyError("k")
    except KeyError as e:
        inspect_obj("tb", e.__traceback__, 3)
        inspect_obj("exc", e, 2)
def level2():
    g = (x for x in [1])
    next(g)
    inspect_obj("gen", g, 3)
    level3()
level2()
print("bad", bad)
for name in ("f_back", "f_builtins", "f_code", "f_globals", "f_lasti", "f_lineno", "f_locals",
             "f_trace", "tb_frame", "tb_lasti", "tb_lineno", "tb_next", "gi_code", "gi_frame",
             "co_code", "co_consts", "co_names", "co_varnames", "co_filename", "co_lines"):
    print(name, name in seen_attrs)
f = sys._getframe()
print("frame hashable", hash(f) == hash(f))
print("frame eq self", f == f, f != sys._getframe(0) or True)
try:
    f.__class__ = int
except TypeError:
    print("frame __class__ TypeError")
try:
    type(f)()
except TypeError:
    print("frame() TypeError")
try:
    f.extra = 1
except AttributeError:
    print("frame attrs AttributeError")
print("no __dict__", not hasattr(f, "__dict__"))
r = repr(f)
print("repr shape", r.startswith("<frame at 0x"), r.endswith("code <module>>"), ", line " in r)
