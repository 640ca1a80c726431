# abc: ABCMeta over _abc -- abstract methods, register, caches, collections.abc checks, runtime Protocols, match on Sequence/Mapping ABCs.
import abc, collections.abc as cabc, typing
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
class B(A):
    def f(self): return 1
try: A()
except TypeError as e: print(e)
print(B().f(), isinstance(B(), A), issubclass(B, A), A.__abstractmethods__, abc.get_cache_token() >= 0)
class V: pass
A.register(V); print(issubclass(V, A), isinstance(V(), A), abc._get_dump(A)[0] == {V} if hasattr(abc, "_get_dump") else True)
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance(iter([]), cabc.Iterator), issubclass(str, cabc.Hashable), isinstance(1, cabc.Sized))
@typing.runtime_checkable
class P(typing.Protocol):
    def meth(self) -> int: ...
class Q:
    def meth(self): return 1
print(isinstance(Q(), P), isinstance(1, P))
class S(cabc.Sequence):
    def __getitem__(self, i): return [1, 2][i]
    def __len__(self): return 2
match S():
    case [a, b]: print("sequence pattern", a, b)
class M(cabc.Mapping):
    def __getitem__(self, k): return {"x": 1}[k]
    def __iter__(self): return iter(["x"])
    def __len__(self): return 1
match M():
    case {"x": v}: print("mapping pattern", v)
try: A.register(5)
except TypeError as e: print(e)
try: A.register(A); B.register(A)
except RuntimeError as e: print(e)
