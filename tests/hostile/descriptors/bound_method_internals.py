# category: descriptors
# must: bound methods and method-wrappers built from built-ins expose only guest __self__/__func__ and reject tampering
# oracle: cpython
import types
m = types.MethodType(len, 'abcd')
print("MethodType len", m(), m.__self__, m.__func__ is len)
for args in [(1, 2), (len,), (), (len, None)]:
    try:
        types.MethodType(*args)
        print("MethodType allowed", len(args))
    except TypeError as e:
        print("MethodType TypeError", len(args))
l = [1]
a = l.append
a(2)
print("append via bound", l, a.__self__ is l, a.__name__, a.__qualname__)
print("method-wrapper", (3).__add__(4), type((3).__add__).__name__, (3).__add__.__name__)
print("call chain", print.__call__.__call__.__self__ is print.__call__)
mw = (3).__add__
print("mw objclass", mw.__objclass__ is int if hasattr(mw, '__objclass__') else 'none')
for target, attr in [(m, '__func__'), (m, '__self__'), (a, '__name__'), (mw, '__self__'), (m, 'x')]:
    try:
        setattr(target, attr, 1)
        print("set allowed", attr)
    except (AttributeError, TypeError) as e:
        print("set", attr, type(e).__name__)
class C:
    def f(self):
        return 'f'
bm = C().f
print("bm attrs", bm.__func__.__name__, type(bm.__self__).__name__, bm.__doc__)
try:
    bm.__func__.__code__ = (lambda: 'replaced').__code__
    print("code replaced", C().f())
except Exception as e:
    print("code replace", type(e).__name__)
try:
    len.__call__.__self__.__call__ = print
except AttributeError:
    print("builtin __call__ readonly")
print("eq", [].append == [].append, l.append == l.append, (3).__add__ == (3).__add__)
print("hash works", hash(l.append.__self__ is l))
print("reduce", l.append.__reduce__()[0] is getattr)
print("bound type", type(m).__name__, type(a).__name__)
