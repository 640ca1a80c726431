# Instance and class __dict__: vars(), direct dict manipulation, mappingproxy, __dict__ assignment.
class Plain:
    cls_attr = "class"

    def __init__(self):
        self.a = 1


p = Plain()
print(p.__dict__, vars(p))
p.__dict__["b"] = 2
print(p.b, sorted(vars(p)))
p.__dict__ = {"replaced": True}
print(vars(p), p.cls_attr)
try:
    p.__dict__ = [1]
except TypeError as e:
    print(type(e).__name__, e)
proxy = Plain.__dict__
print(type(proxy).__name__, proxy["cls_attr"], "cls_attr" in proxy)
try:
    proxy["new"] = 1
except TypeError as e:
    print(type(e).__name__, e)
Plain.added = "via setattr"
print(Plain.__dict__["added"], p.added)
print(sorted(k for k in Plain.__dict__ if not k.startswith("__")))
print("__init__" in Plain.__dict__, "__dict__" in Plain.__dict__, "__weakref__" in Plain.__dict__)
p.cls_attr = "shadowed"
print(p.cls_attr, Plain.cls_attr)
del p.cls_attr
print(p.cls_attr)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)


class Sub(Plain):
    pass


print(Sub.__dict__.get("cls_attr"), Sub.cls_attr, "__dict__" in Sub.__dict__)
f = lambda: None
f.custom = 1
print(f.__dict__)


def g():
    pass


g.__dict__.update(x=1, y=2)
print(g.x, sorted(vars(g)))
print(type(object.__dict__).__name__, "__init__" in object.__dict__)
try:
    object().__dict__
except AttributeError as e:
    print(type(e).__name__, e)
