# _typing: TypeVar/ParamSpec/TypeVarTuple objects -- attributes, reprs, read-only members, clinic argument errors, caller __module__.
import types, typing, _typing


def attempt(label, func):
    try:
        print(label, "->", repr(func()))
    except (TypeError, ValueError, AttributeError) as e:
        print(label, "!!", type(e).__name__, e)


print(sorted(n for n in dir(_typing) if not n.startswith("__")), _typing.__doc__)
for cls in (typing.TypeVar, typing.ParamSpec, typing.TypeVarTuple, typing.ParamSpecArgs,
            typing.ParamSpecKwargs, typing.TypeAliasType, typing.Generic):
    print(cls, cls.__module__, cls.__qualname__, cls.__doc__.splitlines()[0],
          sorted(k for k in cls.__dict__ if k not in ("__doc__", "__new__")))
T = typing.TypeVar("T")
B = typing.TypeVar("B", bound="Forward")
C = typing.TypeVar("C", int, "str")
Co = typing.TypeVar("Co", covariant=True)
Contra = typing.TypeVar("Contra", contravariant=[1])
Inf = typing.TypeVar("Inf", infer_variance=True)
for tv in (T, B, C, Co, Contra, Inf):
    print(repr(tv), tv.__name__, tv.__bound__, tv.__constraints__, tv.__covariant__,
          tv.__contravariant__, tv.__infer_variance__, tv.__module__)
print(typing.TypeVar("N", bound=None).__bound__, typing.TypeVar(name="K").__name__)
P = typing.ParamSpec("P", bound=int)
print(repr(P), P.__bound__, P.__module__, typing.ParamSpec("Q", bound=None).__bound__,
      typing.ParamSpec("R").__bound__, repr(typing.ParamSpec("S", covariant=True)))
print(P.args, P.kwargs, P.args.__origin__ is P, P.args is P.args, P.args == P.args,
      P.args != P.kwargs, P.args == typing.ParamSpec("P").args)
print(typing.ParamSpecArgs(T), typing.ParamSpecKwargs("x"), typing.ParamSpecArgs(origin=P))
Ts = typing.TypeVarTuple("Ts")
print(repr(Ts), Ts.__name__, Ts.__module__, list(Ts), type(iter(Ts)).__name__)
print(T | int, int | T, T | None, None | P, "str" | T, T | "str", T | 1)
print(T.__typing_subst__(int), T.__typing_subst__([int]), P.__typing_subst__((int,)),
      P.__typing_subst__(...), P.__typing_subst__(P))
print(T.__reduce__(), P.__reduce__(), Ts.__reduce__(), T == T, T == typing.TypeVar("T"),
      hash(T) == hash(T))
T.__module__ = "elsewhere"
print(T.__module__)
del T.__module__
print(T.__module__)
T.extra = 5
print(T.extra, hasattr(T, "__dict__"))
attempt("no name", lambda: typing.TypeVar())
attempt("bad name", lambda: typing.TypeVar(1))
attempt("bad keyword", lambda: typing.TypeVar("X", foo=1))
attempt("name twice", lambda: typing.TypeVar("X", name="X"))
attempt("one constraint", lambda: typing.TypeVar("X", int))
attempt("bound and constraints", lambda: typing.TypeVar("X", int, str, bound=int))
attempt("bivariant", lambda: typing.TypeVar("X", covariant=True, contravariant=True))
attempt("infer and variance", lambda: typing.TypeVar("X", covariant=True, infer_variance=True))
attempt("tuple bound", lambda: typing.TypeVar("X", bound=(int,)))
attempt("Generic bound", lambda: typing.TypeVar("X", bound=typing.Generic))
attempt("paramspec positional", lambda: typing.ParamSpec("P", int))
attempt("paramspec twice", lambda: typing.ParamSpec("P", name="P"))
attempt("paramspec too many", lambda: typing.ParamSpec(name="P", a=1, b=2, c=3, d=4, e=5))
attempt("paramspec biv", lambda: typing.ParamSpec("P", covariant=True, contravariant=True))
attempt("tvt bound", lambda: typing.TypeVarTuple("Ts", bound=int))
attempt("tvt missing", lambda: typing.TypeVarTuple(foo="Ts"))
attempt("tvt bad name", lambda: typing.TypeVarTuple(b"Ts"))
attempt("args no origin", lambda: typing.ParamSpecArgs())
attempt("args two", lambda: typing.ParamSpecKwargs(1, 2))
attempt("set name", lambda: setattr(T, "__name__", "U"))
attempt("del covariant", lambda: delattr(T, "__covariant__"))
attempt("set bound", lambda: setattr(T, "__bound__", int))
attempt("set origin", lambda: setattr(P.args, "__origin__", 1))
attempt("args attr", lambda: setattr(P.args, "x", 1))
attempt("tvt name", lambda: setattr(Ts, "__name__", "x"))
attempt("no attr", lambda: T.missing)
attempt("call", lambda: T())
attempt("subscript", lambda: T[int])
attempt("order", lambda: T < T)
attempt("hash args", lambda: hash(P.args))
attempt("order args", lambda: P.args < P.args)
attempt("tvt or", lambda: Ts | int)
attempt("tvt subst", lambda: Ts.__typing_subst__(int))
attempt("subst bad", lambda: T.__typing_subst__(3))
attempt("paramspec subst bad", lambda: P.__typing_subst__(3))
attempt("mro entries", lambda: T.__mro_entries__(()))
attempt("mro entries arity", lambda: T.__mro_entries__())
for base in (T, P, Ts, P.args, typing.TypeVar, typing.ParamSpecKwargs):
    attempt("subclass " + type(base).__name__, lambda: types.new_class("X", (base,)))
attempt("idfunc", lambda: _typing._idfunc(7))
attempt("idfunc two", lambda: _typing._idfunc(1, 2))
def make():
    return typing.TypeVar("Q"), typing.ParamSpec("R"), typing.TypeVarTuple("S")
make.__module__ = "pkg.mod"
print([x.__module__ for x in make()])
ns = {}
exec("import typing\nT = typing.TypeVar('T')", ns)
print(ns["T"].__module__)
