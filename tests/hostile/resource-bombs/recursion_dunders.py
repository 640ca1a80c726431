# category: resource-bombs
# must: unbounded recursion through special methods (__repr__, __getattr__, __eq__, __hash__, __iter__, ...) ends in RecursionError, and the VM recovers
# oracle: cpython
import sys

class R:
    def __repr__(self): return repr(self)
class S:
    def __str__(self): return str(self)
class G:
    def __getattr__(self, name): return getattr(self, name)
class GA:
    def __getattribute__(self, name): return getattr(self, name)
class E:
    def __eq__(self, other): return self == other
class H:
    def __hash__(self): return hash(self)
class I:
    def __iter__(self): return iter(self)
class L:
    def __len__(self): return len(self)
class B:
    def __bool__(self): return bool(self)
class GI:
    def __getitem__(self, i): return self[i]
class C:
    def __call__(self): return self()
class D:
    def __get__(self, obj, typ): return obj.d
class HasD:
    d = D()
class F:
    def __format__(self, spec): return format(self, spec)
class Idx:
    def __index__(self): return [0][self]
class Add:
    def __add__(self, o): return self + o
class Init:
    def __init__(self): Init()
class Del:
    def __delattr__(self, n): delattr(self, n)

cases = [("repr", lambda: repr(R())), ("str", lambda: str(S())), ("getattr", lambda: G().x),
         ("getattribute", lambda: GA().x), ("eq", lambda: E() == 1), ("hash", lambda: hash(H())),
         ("iter", lambda: iter(I())), ("len", lambda: len(L())), ("bool", lambda: bool(B())),
         ("getitem", lambda: GI()[0]), ("call", lambda: C()()), ("descriptor", lambda: HasD().d),
         ("format", lambda: format(F(), "")), ("index", lambda: [0][Idx()]), ("add", lambda: Add() + 1),
         ("init", lambda: Init()), ("delattr", lambda: delattr(Del(), "x")),
         ("f-string", lambda: f"{R()!r}"), ("in dict key", lambda: {H(): 1}), ("print", lambda: print(S()))]
for label, fn in cases:
    try:
        fn()
        print(label, "returned")
    except RecursionError:
        print(label, "RecursionError")
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print("recovered", depth(500), sys.getrecursionlimit())
