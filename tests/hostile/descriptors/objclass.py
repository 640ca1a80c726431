# category: descriptors
# must: __objclass__ of method/slot/getset/member descriptors is the guest owner class and is read-only
# oracle: cpython
print("str.join", str.join.__objclass__ is str)
print("object.__init__", object.__init__.__objclass__ is object)
print("int.__add__", int.__add__.__objclass__ is int)
print("list.append", list.append.__objclass__ is list)
print("fromkeys", dict.__dict__['fromkeys'].__objclass__ is dict)
print("type.__name__", type.__dict__['__name__'].__objclass__ is type)
print("func.__code__", type((lambda: 0)).__dict__['__code__'].__objclass__ is type(lambda: 0))
class S:
    __slots__ = ('a',)
print("member", S.__dict__['a'].__objclass__ is S)
print("exc args", BaseException.__dict__['args'].__objclass__ is BaseException)
for desc in [str.join, int.__add__, type.__dict__['__name__'], S.__dict__['a']]:
    try:
        desc.__objclass__ = int
        print("set allowed")
    except AttributeError:
        print("set AttributeError")
for obj in [print, [].append, (lambda: 0), len, 5]:
    try:
        obj.__objclass__
        print("has __objclass__", type(obj).__name__)
    except AttributeError:
        print("no __objclass__", type(obj).__name__)
m = (5).__add__
print("method-wrapper self", m.__self__ == 5, type(m).__name__)
print("objclass dict", type(str.join.__objclass__.__dict__).__name__)
print("objclass mro", str.join.__objclass__.__mro__ == (str, object))
