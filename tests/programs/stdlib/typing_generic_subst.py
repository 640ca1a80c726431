# typing over _typing: Generic subscription, type-variable substitution in GenericAlias/Union, Protocol, NamedTuple/TypedDict/dataclass generics.
import collections.abc
import copy
import dataclasses
import pickle
import types
import typing
from typing import (TypeVar, Generic, ParamSpec, TypeVarTuple, Unpack, Callable, Concatenate,
                    NamedTuple, TypedDict, Protocol, Optional, Union, get_args, get_origin)

T = TypeVar("T"); K = TypeVar("K"); V = TypeVar("V"); P = ParamSpec("P")
Ts = TypeVarTuple("Ts")


def attempt(label, func):
    try:
        print(label, "->", repr(func()))
    except (TypeError, ValueError) as e:
        print(label, "!!", type(e).__name__, e)


print(list[T].__parameters__, list[T][int], dict[T, list[K]][str, int],
      dict[T, list[K]].__parameters__, tuple[T, *Ts].__parameters__)
print(tuple[T, *Ts][int, str, float], tuple[T, *Ts][int], tuple[*Ts][()],
      tuple[T, K][*tuple[int, str]], list[typing.List[T]][int], type[T][int])
print((list[T] | None).__parameters__, (list[T] | None)[int], (list[T] | dict[T, K])[int, str],
      (int | list[T])[str].__args__, list[[int, str]], list[[]])
attempt("no params", lambda: list[int][int])
attempt("too many", lambda: list[T][int, str])
attempt("too few", lambda: dict[T, K][int])
attempt("empty", lambda: list[T][()])
attempt("union no params", lambda: (int | str)[int])
print(Callable[P, T][[int, str], bool], Callable[Concatenate[int, P], T][[str], bool],
      Callable[..., T][int], typing.Tuple[T, Unpack[Ts]][int, str, float])
print(collections.abc.Callable[[T], V][int, str], collections.abc.Mapping[K, V][str, int],
      type(collections.abc.Callable[[int], str]).__name__)


class Stack(Generic[T]):
    def __init__(self):
        self.items = []


class Pair(Generic[K, V]):
    pass


s = Stack[int]()
print(s.__orig_class__, Stack[int].__args__, Stack.__parameters__, Pair[str, V][int],
      Pair[str, int].__parameters__)


class Sub(Stack[int]):
    pass


class Sub2(Stack[T], Pair[T, V]):
    pass


print(Sub.__orig_bases__, Sub.__parameters__, Sub2.__parameters__, Sub2[int, str])
attempt("not listed", lambda: types.new_class("Bad", (Stack[T], Generic[K])))
attempt("bad Generic arg", lambda: Generic[int])
attempt("empty Generic", lambda: Generic[()])
attempt("duplicate", lambda: Generic[T, T])
attempt("plain Generic", lambda: type("G", (Generic,), {}))
attempt("subscript twice", lambda: Stack[int][int])
print(Generic[T] == Generic[T], hash(Stack[int]) == hash(Stack[int]), Optional[T][int],
      Union[T, K][int, str], get_args(Union[int, T]), get_origin(list[T]))


class Point(NamedTuple, Generic[T]):
    x: T
    y: int = 0


class Box(TypedDict, Generic[T]):
    item: T


@dataclasses.dataclass
class Cell(Generic[T]):
    value: T


print(Point(1), Point[int], Point.__parameters__, Point.__bases__, Box[int], Box(item=1),
      Cell[int](3), typing.get_type_hints(Cell), Cell.__parameters__)


@typing.runtime_checkable
class Closable(Protocol[T]):
    def close(self) -> T: ...


class File:
    def close(self):
        return 1


print(isinstance(File(), Closable), Closable[int], Closable.__parameters__)
print(pickle.loads(pickle.dumps(T)) is T, pickle.loads(pickle.dumps(P)) is P,
      pickle.loads(pickle.dumps(Ts)) is Ts, pickle.loads(pickle.dumps(Stack[int])) == Stack[int],
      pickle.loads(pickle.dumps(list[T])), copy.deepcopy(Stack[T]) == Stack[T],
      copy.copy(T) is T)
UserId = typing.NewType("UserId", int)
print(UserId(5), UserId, typing.cast(int, "x"), typing.Generic.__mro__, Stack.__mro__)
