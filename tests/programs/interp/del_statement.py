# del: names (global and local), attributes, subscripts, slices, tuples of targets; resulting errors.
x = 1
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)


def local_del():
    y = 2
    del y
    try:
        print(y)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    try:
        del y
    except UnboundLocalError as e:
        print(type(e).__name__, e)


local_del()


class Obj:
    cls_attr = "c"


o = Obj()
o.a = 1
o.b = 2
del o.a
print(sorted(vars(o)))
try:
    del o.a
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del o.cls_attr
except AttributeError as e:
    print(type(e).__name__, e)
del Obj.cls_attr
print(hasattr(Obj, "cls_attr"))
d = {"a": 1, "b": 2, "c": 3}
del d["a"], d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
lst = list(range(6))
del lst[0], lst[-1]
print(lst)
del lst[1:3]
print(lst)
try:
    del lst[10]
except IndexError as e:
    print(type(e).__name__, e)
p, q = 1, 2
del (p, q)
print("p" in globals(), "q" in globals())
try:
    del undefined_global
except NameError as e:
    print(type(e).__name__, e)
try:
    del "abc"[0]
except TypeError as e:
    print(type(e).__name__, e)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
