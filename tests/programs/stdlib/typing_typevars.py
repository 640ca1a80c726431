# typing: TypeVar/ParamSpec/TypeVarTuple attributes, reprs and errors; Generic subscription and substitution.
import typing as t
T = t.TypeVar("T"); S = t.TypeVar("S", bound=int); A = t.TypeVar("A", str, bytes); Co = t.TypeVar("Co", covariant=True)
P = t.ParamSpec("P"); Ts = t.TypeVarTuple("Ts")
print(repr(T), repr(Co), T.__name__, S.__bound__, A.__constraints__, T.__module__, type(T).__module__, T.__covariant__)
print(P.args, P.kwargs, type(P.args).__name__, P.args.__origin__ is P, P.args == P.args, Ts, list(Ts), t.Unpack[Ts])
print(T | int, int | T, t.Optional[T], t.List[T][int], t.Dict[T, S][str, int], t.Callable[P, int][[str], ], t.Tuple[*Ts][int, str])
class Box(t.Generic[T]):
    def __init__(self, item: T):
        self.item = item
print(Box[int], Box.__parameters__, Box(1).item, t.get_args(Box[int]), t.get_origin(Box[int]) is Box)
def bad(f):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
bad(lambda: t.TypeVar("X", int))
bad(lambda: t.TypeVar("X", int, str, bound=int))
bad(lambda: t.TypeVar("X", covariant=True, contravariant=True))
bad(lambda: t.TypeVar("X", covariant=True, infer_variance=True))
bad(lambda: type("Y", (T,), {}))
bad(lambda: type("Y", (t.TypeVar,), {}))
bad(lambda: Ts.__typing_subst__(int))
bad(lambda: t.TypeVar(5))
bad(lambda: Box[int, str])
print(T.__reduce__(), t.Generic.__module__, t.NewType("UserId", int)(5), t.cast(int, "x"), t.get_type_hints(Box.__init__))
