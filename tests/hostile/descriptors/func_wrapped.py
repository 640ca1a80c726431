# category: descriptors
# must: __func__, __wrapped__ and unwrap chains reach guest callables and cycles are detected
# oracle: cpython
import functools, inspect
def f(x):
    return x + 1
@functools.wraps(f)
def g(x):
    return f(x) * 2
print("wrapped", g.__wrapped__ is f, g.__name__)
print("unwrap", inspect.unwrap(g) is f)
def h():
    pass
h.__wrapped__ = h
try:
    inspect.unwrap(h)
except ValueError as e:
    print("ValueError self loop")
a = lambda: 0
b = lambda: 1
a.__wrapped__ = b
b.__wrapped__ = a
try:
    inspect.unwrap(a)
except ValueError as e:
    print("ValueError cycle")
class C:
    @classmethod
    def cm(cls):
        return cls
    @staticmethod
    def sm():
        return 's'
    def m(self):
        return self
cm = C.__dict__['cm']
sm = C.__dict__['sm']
print("cm func", cm.__func__.__name__, cm.__wrapped__ is cm.__func__)
print("sm func", sm.__func__.__name__, sm.__wrapped__ is sm.__func__)
print("bound func", C().m.__func__ is C.__dict__['m'], C.cm.__func__ is cm.__func__)
for obj, attr in [(C().m, '__func__'), (C().m, '__self__'), (cm, '__func__')]:
    try:
        setattr(obj, attr, len)
        print("set", attr, "allowed")
    except AttributeError:
        print("set", attr, "AttributeError")
print("classmethod of builtin", classmethod(len).__get__(None, int)() if False else 'skip')
try:
    classmethod(len).__get__(None, int)()
except TypeError as e:
    print("TypeError", e)
print("staticmethod len", staticmethod(len).__get__(None, int)('abc'))
print("classmethod(dict.fromkeys) call", type(classmethod(dict.fromkeys).__get__(None, dict)).__name__)
p = functools.partial(f, 1)
print("partial", p.func is f, p.args, p.keywords, p())
try:
    p.func = len
except AttributeError:
    print("partial func readonly")
try:
    functools.partial(5)
except TypeError as e:
    print("TypeError", e)
print("lru wrapped", functools.lru_cache(f).__wrapped__ is f)
print("print wrapped", hasattr(print, '__wrapped__'))
