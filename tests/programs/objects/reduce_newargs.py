"""object.__reduce_ex__ for protocols 2+: __getnewargs__/__getnewargs_ex__ (copyreg.__newobj__/__newobj_ex__), list/dict subclass items, and the checks on what those methods return."""
import pickle, copy
class C2:
    def __new__(cls, a, b):
        o = object.__new__(cls); o.a, o.b = a, b; return o
    def __getnewargs__(self): return (self.a, self.b)
class C4:
    def __new__(cls, a, b, *, value):
        o = object.__new__(cls); o.a, o.b, o.value = a, b, value; return o
    def __getnewargs_ex__(self): return ((self.a, self.b), {'value': self.value})
class L(list): pass
class D(dict): pass
for proto in (2, 4, 5):
    x = pickle.loads(pickle.dumps(C2(1, 2), proto)); print(x.a, x.b)
    y = pickle.loads(pickle.dumps(C4(1, 2, value=3), proto)); print(y.a, y.b, y.value)
l = L([1, 2]); l.z = 3; print(pickle.loads(pickle.dumps(l, 2)), pickle.loads(pickle.dumps(l, 2)).z)
d = D(a=1); print(pickle.loads(pickle.dumps(d, 4)), copy.copy(C2(5, 6)).b, copy.deepcopy(C4(1, 2, value=[9])).value)
r = C2(1, 2).__reduce_ex__(2)
print(r[0].__name__, r[1], L([1]).__reduce_ex__(2)[3] is not None)
class Bad:
    def __getnewargs__(self): return [1]
try: Bad().__reduce_ex__(2)
except TypeError as e: print(e)
class Bad2:
    def __getnewargs_ex__(self): return (1,)
try: Bad2().__reduce_ex__(2)
except ValueError as e: print(e)
