# _typing: TypeAliasType and the type statement -- lazy __value__, __module__, parameters, subscription, | and errors.
import typing


def attempt(label, func):
    try:
        print(label, "->", repr(func()))
    except (TypeError, ValueError, AttributeError, NameError) as e:
        print(label, "!!", type(e).__name__, e)


type Alias = int
type ListOf[T] = list[T]
type Pairs[K, V] = dict[K, list[V]]
type Lazy = Undefined
type Rec = int | list[Rec]
type Variadic[*Ts] = tuple[int, *Ts]
type Call[**P, R] = typing.Callable[P, R]
print(Alias, type(Alias), Alias.__name__, Alias.__value__, Alias.__type_params__,
      Alias.__parameters__, Alias.__module__)
print(ListOf.__value__, ListOf.__type_params__, ListOf[int], type(ListOf[int]).__name__,
      ListOf[int].__origin__ is ListOf, ListOf[int].__args__)
print(Pairs[str, int], Pairs.__parameters__, Pairs.__value__[str, int])
attempt("lazy", lambda: Lazy.__value__)
Undefined = bytes
print(Lazy.__value__, Rec.__value__, Rec.__value__.__args__[1].__args__[0] is Rec)
print(Variadic.__type_params__, Variadic.__parameters__, Variadic[str, float],
      Variadic.__value__)
print(Call.__type_params__, Call[[int], str], Call.__value__)
print(Alias | None, None | Alias, Alias | ListOf[int], list[Alias], typing.Optional[Alias])
print(typing.get_args(ListOf[int]), typing.get_origin(ListOf[int]) is ListOf)
print(Alias == Alias, hash(Alias) == hash(Alias), Alias.__reduce__())
A = typing.TypeAliasType("A", list[int])
B = typing.TypeAliasType("B", int, type_params=())
T = typing.TypeVar("T")
C = typing.TypeAliasType(name="C", value=dict[str, T], type_params=(T,))
print(A, A.__value__, A.__module__, A.__type_params__, B[int], C[int], C.__parameters__)
attempt("not generic", lambda: A[int])
attempt("no args", lambda: typing.TypeAliasType())
attempt("no value", lambda: typing.TypeAliasType("X"))
attempt("no name", lambda: typing.TypeAliasType(value=int))
attempt("bad name", lambda: typing.TypeAliasType(1, int))
attempt("three positional", lambda: typing.TypeAliasType("X", int, ()))
attempt("four", lambda: typing.TypeAliasType("X", int, 1, foo=1))
attempt("bad keyword", lambda: typing.TypeAliasType("X", int, foo=1))
attempt("list params", lambda: typing.TypeAliasType("X", int, type_params=[T]))
attempt("None params", lambda: typing.TypeAliasType("X", int, type_params=None))
attempt("set attr", lambda: setattr(A, "foo", 1))
attempt("set name", lambda: setattr(A, "__name__", "Y"))
attempt("set value", lambda: setattr(A, "__value__", 1))
attempt("set module", lambda: setattr(A, "__module__", "m"))
attempt("del name", lambda: delattr(A, "__name__"))
attempt("call", lambda: A())
attempt("or str", lambda: A | "str")
attempt("subclass", lambda: type("X", (typing.TypeAliasType,), {}))
attempt("order", lambda: A < A)


class Scope:
    item = int
    type InClass = list[item]
    def method(self):
        type InMethod[T] = tuple[T, Scope.item]
        return InMethod


print(Scope.InClass.__value__, Scope().method()[str], Scope().method().__value__)


def factory():
    local = str
    type Local = dict[local, int]
    return Local


print(factory().__value__, factory().__module__)
ns = {"__name__": "fake_module"}
exec("type E = int\nimport typing\nF = typing.TypeAliasType('F', int)", ns)
print(ns["E"].__module__, ns["F"].__module__)
ns = {}
exec("type E = int", ns)
print(ns["E"].__module__)
