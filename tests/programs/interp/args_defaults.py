# Default argument values: evaluated once at def time, mutable default sharing, __defaults__/__kwdefaults__.
calls = []


def default_value(tag):
    calls.append(tag)
    return tag


def f(a, b=default_value("b"), c=default_value("c")):
    return a, b, c


print(calls)
print(f(1), f(1, 2), f(1, c=3), f(a=0))
print(calls)


def append_to(item, target=[]):
    target.append(item)
    return target


print(append_to(1), append_to(2), append_to(3, []))
print(f.__defaults__, append_to.__defaults__)


def kw(a, *, b=2, c):
    return a, b, c


print(kw(1, c=3), kw.__kwdefaults__, kw.__defaults__)
f.__defaults__ = (20, 30)
print(f(1))
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)
x = 5


def captured(v=x):
    return v


x = 6
print(captured())


def none_default(v=None):
    if v is None:
        v = []
    v.append("x")
    return v


print(none_default(), none_default())


def many(a, b=1, c=2, d=3, e=4):
    return a + b + c + d + e


print(many(0), many(0, e=0), many(0, 1, 1, 1, 1), many(*range(5)))
print(f.__code__.co_argcount, many.__code__.co_argcount, kw.__code__.co_kwonlyargcount)
