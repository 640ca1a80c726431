# PEP 695 at run time: type aliases, generic functions and classes, __type_params__, lazy bounds and values.
import typing
type Alias = int
type ListOf[X] = list[X]
type Lazy = Undefined
print(Alias, Alias.__value__, Alias.__type_params__, ListOf.__type_params__, ListOf.__parameters__, ListOf[int], type(ListOf[int]).__name__)
print(type(Alias).__name__, type(Alias).__module__, Alias.__module__, Alias | int, int | Alias)
try:
    Lazy.__value__
except NameError as e:
    print("NameError", e)
try:
    Alias[int]
except TypeError as e:
    print("TypeError", e)
def f[T: int, *Vs, **Q](x: T) -> T:
    return x
print(f.__type_params__, f.__type_params__[0].__bound__, f.__type_params__[0].__infer_variance__, f(3))
class C[U]:
    def get(self, value: U) -> U:
        return value
print(C.__type_params__, C.__orig_bases__, [k.__name__ for k in C.__mro__], C[int], C.__parameters__, C().get(1))
class D[V: (int, str)](C[V]):
    pass
print(D.__type_params__[0].__constraints__, D.__orig_bases__, D.__parameters__)
def g[T: Forward]():
    pass
try:
    g.__type_params__[0].__bound__
except NameError as e:
    print("NameError", e)
print(typing.TypeAliasType("Z", int, type_params=()), typing.TypeAliasType("W", list[int]).__value__)
try:
    type("Y", (type(Alias),), {})
except TypeError as e:
    print("TypeError", e)
