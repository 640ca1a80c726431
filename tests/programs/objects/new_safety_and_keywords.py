"""Built-in __new__: which calls are "not safe" (CPython follows tp_base to the type
whose __new__ really builds the instance, whatever the MRO's order), and the class
argument of a built-in __new__ is positional-only (a key named 'cls' is a key)."""

from typing import NamedTuple, Generic, TypeVar, TypedDict

T = TypeVar("T")


class Pair(NamedTuple, Generic[T]):
    first: T
    second: T


print(Pair(1, 2), Pair[int](3, 4), type(Pair(1, 2)).__mro__[1].__name__)


class Options(TypedDict):
    cls: type
    self: int
    type: str


print(Options(cls=str, self=42, type="t"))
print(dict(cls=1, self=2, type=3), sorted(dict(cls=1).items()))
print(object.__new__(object) is not None, tuple.__new__(tuple, (1,)))


class Mixin:
    pass


class Triple(Mixin, tuple):
    pass


class Number(int):
    pass


class Fancy(Number):
    def __new__(cls, value):
        return super().__new__(cls, value * 2)


print(tuple.__new__(Triple, (1, 2, 3)), int.__new__(Number, 5), Fancy(4),
      int.__new__(Fancy, 7))
for build in (lambda: int.__new__(bool, 1), lambda: object.__new__(Number),
              lambda: object.__new__(Fancy), lambda: tuple.__new__(int),
              lambda: object.__new__(Triple), lambda: BaseException.__new__(Number),
              lambda: ValueError.__new__(KeyError)):
    try:
        print("made", build())
    except TypeError as e:
        print("TypeError:", e)
