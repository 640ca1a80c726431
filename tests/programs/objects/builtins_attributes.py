# Attribute builtins: getattr (with default), setattr, hasattr, delattr, vars, dir (sorted, own classes), id.
class Base:
    base_attr = 1

    def base_method(self):
        pass


class Thing(Base):
    cls_attr = "c"

    def __init__(self):
        self.inst = 2

    def method(self):
        pass


t = Thing()
print(getattr(t, "inst"), getattr(t, "cls_attr"), getattr(t, "missing", "dflt"), getattr(Thing, "base_attr"))
setattr(t, "added", [1])
print(hasattr(t, "added"), hasattr(t, "nope"), t.added)
delattr(t, "added")
print(hasattr(t, "added"), vars(t), sorted(vars(Thing)))
print([n for n in dir(t) if not n.startswith("__")])
print([n for n in dir(Thing) if not n.startswith("__")])
print("__init__" in dir(t), "__class__" in dir(t), dir(t) == sorted(dir(t)))


class CustomDir:
    def __dir__(self):
        return ["zeta", "alpha", "alpha"]


print(dir(CustomDir()))


class Proxy:
    def __getattr__(self, name):
        if name == "secret":
            raise RuntimeError("not an AttributeError")
        raise AttributeError(name)


print(hasattr(Proxy(), "anything"))
try:
    hasattr(Proxy(), "secret")
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    getattr(t, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(t, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(t, 5, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(1)
except TypeError as e:
    print(type(e).__name__, e)
a, b = Thing(), Thing()
print(id(a) == id(a), id(a) != id(b), type(id(a)).__name__, id(None) == id(None))
setattr(Thing, "dynamic_method", lambda self: "dyn")
print(t.dynamic_method(), getattr(t, "method").__name__, getattr(1, "real"), getattr("s", "upper")())
import_free_module_dir = [n for n in dir() if not n.startswith("__")]
print(sorted(import_free_module_dir))
