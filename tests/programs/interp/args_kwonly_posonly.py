# Keyword-only and positional-only parameters, including names shared between them and **kwargs.
def f(a, b, /, c, d=4, *, e, f=6):
    return a, b, c, d, e, f


print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, d=0, e=5, f=7))


def pos_only(x, y=2, /):
    return x, y


print(pos_only(1), pos_only(1, 3))


def posonly_and_kwargs(name, /, **kw):
    return name, kw


print(posonly_and_kwargs("positional", name="keyword"))


def kwonly(*, key, other="o"):
    return key, other


print(kwonly(key=1), kwonly(other=2, key=3))


def after_args(*args, last):
    return args, last


print(after_args(1, 2, last=3))
for name, call in [
    ("pos as kw", lambda: pos_only(x=1)),
    ("pos as kw 2", lambda: f(1, b=2, c=3, e=5)),
    ("kwonly positional", lambda: kwonly(1)),
    ("missing kwonly", lambda: kwonly()),
    ("missing two kwonly", lambda: f(1, 2, 3)),
    ("too many with kwonly", lambda: f(1, 2, 3, 4, 5)),
    ("after args missing", lambda: after_args(1, 2)),
    ("pos only too many", lambda: pos_only(1, 2, 3)),
]:
    try:
        call()
    except TypeError as e:
        print(name, "->", type(e).__name__, e)
print(f.__code__.co_posonlyargcount, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
print(f.__code__.co_varnames)


class Point:
    def __init__(self, x, y, /):
        self.x, self.y = x, y


try:
    Point(x=1, y=2)
except TypeError as e:
    print(type(e).__name__, e)
print(vars(Point(1, 2)))
