# PEP 695: generic classes and functions -- __type_params__, implicit Generic base, lazy bounds/constraints, scopes, metaclasses.
import typing


class Base:
    pass


class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print("meta", name, [b.__name__ for b in bases], kwargs)
        return super().__new__(mcls, name, bases, ns)


class C[T, *Ts, **P](Base, metaclass=Meta, flag=1):
    x: T
    def method[U: T](self, u: U) -> tuple[T, U]:
        return (self, u)
    type Inner = list[T]


print(C.__type_params__, C.__bases__, C.__orig_bases__, C.__parameters__)
print([type(p).__name__ for p in C.__type_params__], [p.__module__ for p in C.__type_params__])
print(C.method.__type_params__, C.method.__type_params__[0].__bound__, C.Inner.__value__)
print(C.__annotations__, C.method.__annotations__)
print(C[int, str, float, [bytes]], C[int, [str]].__args__)
print(type(C.__type_params__[0]) is typing.TypeVar, C.__type_params__[0].__infer_variance__,
      repr(C.__type_params__[0]), C.__type_params__[2].__infer_variance__)


def outer():
    y = int
    def f[T: y](x: T) -> T:
        return x
    class K[S: (y, str)]:
        pass
    return f, K


f, K = outer()
print(f.__type_params__[0].__bound__, K.__type_params__[0].__constraints__, f(3))


def later[T: Later, U: (Later, int)]():
    pass


try:
    later.__type_params__[0].__bound__
except NameError as e:
    print("NameError", e)


class Later:
    pass


print(later.__type_params__[0].__bound__, later.__type_params__[1].__constraints__,
      later.__type_params__[1].__bound__, later.__type_params__[0].__constraints__)


class Plain[T]:
    def get(self, v: T) -> T:
        return v


class Child[V](Plain[V]):
    pass


print(Plain.__mro__, Plain[int], Plain.__parameters__, Plain().get(1))
print(Child.__orig_bases__, Child.__parameters__, Child[str], Child.__mro__)
print((lambda: 0).__type_params__, Base.__type_params__)


def g():
    pass


g.__type_params__ = (typing.TypeVar("Z"),)
print(g.__type_params__)
for bad in ([1], None):
    try:
        g.__type_params__ = bad
    except TypeError as e:
        print(type(e).__name__, e)
try:
    class Twice[T](typing.Generic[T]):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup[T](typing.Generic):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    Plain[int, str]
except TypeError as e:
    print(type(e).__name__, e)


class Proto[T](typing.Protocol):
    def meth(self) -> T: ...


print(Proto.__parameters__, Proto[int], Proto.__mro__, typing.get_type_hints(Proto.meth))


def decorator[**P, R](func: typing.Callable[P, R]) -> typing.Callable[P, R]:
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        return func(*args, **kwargs)
    return inner


@decorator
def add(a: int, b: int) -> int:
    return a + b


print(add(2, 3), decorator.__type_params__, typing.get_type_hints(decorator))
