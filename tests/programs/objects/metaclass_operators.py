# Operators defined on a metaclass apply to classes themselves: Class + x, Class[x], len(Class), iter(Class), Class | x.
class EnumMeta(type):
    def __iter__(cls):
        return iter(sorted(k for k in cls.__dict__ if k.isupper()))

    def __len__(cls):
        return len(list(iter(cls)))

    def __getitem__(cls, name):
        return cls.__dict__[name]

    def __contains__(cls, name):
        return name in list(iter(cls))

    def __add__(cls, other):
        return f"{cls.__name__} + {other!r}"

    def __radd__(cls, other):
        return f"{other!r} + {cls.__name__}"

    def __eq__(cls, other):
        return isinstance(other, str) and other == cls.__name__ or other is cls

    __hash__ = type.__hash__

    def __bool__(cls):
        return len(cls) > 0

    def __call__(cls, *a):
        return f"called {cls.__name__}{a}"

    def __repr__(cls):
        return f"<enum {cls.__name__}>"


class Color(metaclass=EnumMeta):
    RED = 1
    GREEN = 2
    BLUE = 3


class Empty(metaclass=EnumMeta):
    pass


print(list(Color), len(Color), Color["GREEN"], "RED" in Color, "PINK" in Color)
print(Color + 1, 1 + Color, Color == "Color", Color == Color, Color != "Other", bool(Color), bool(Empty))
print(Color(1, 2), repr(Color), [Color], {Color: 1}[Color])
print(type(Color | None).__name__ if hasattr(type, "__or__") else "no union")
try:
    Color - 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(Color())
except TypeError as e:
    print(type(e).__name__, e)
print(int | str, (int | str) == (str | int), type(int | str).__name__)
