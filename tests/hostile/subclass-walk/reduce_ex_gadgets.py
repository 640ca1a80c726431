# category: subclass-walk
# must: __reduce_ex__ gadgets return guest callables and reject bad protocols without leaking
# oracle: cpython
import copyreg
r = object().__reduce_ex__(2)
print("reduce2", r[0] is copyreg.__newobj__, r[1] == (object,))
r = object().__reduce_ex__(0)
print("reduce0", r[0] is copyreg._reconstructor, r[1])
r = object().__reduce_ex__(1)
print("reduce1 callable", callable(r[0]))
print("reconstructor globals", r[0].__globals__ is copyreg.__dict__)
for proto in ['x', None, 2.5, [], -1, 10**30]:
    try:
        v = object().__reduce_ex__(proto)
        print("proto", repr(proto)[:10], type(v).__name__)
    except Exception as e:
        print("proto", repr(proto)[:10], type(e).__name__)
for obj in [[], {}, 1, 'a', (1,), {1}, frozenset(), 1.5, b'x', bytearray(b'y'), range(3)]:
    try:
        v = obj.__reduce_ex__(2)
        print(type(obj).__name__, type(v).__name__, callable(v[0]))
    except Exception as e:
        print(type(obj).__name__, type(e).__name__)
for obj in [len, print, [].append, object.__init__, (lambda: 0), type, int.__add__]:
    try:
        v = obj.__reduce_ex__(2)
        print("fn", type(v).__name__)
    except Exception as e:
        print("fn", type(e).__name__)
try:
    object.__reduce_ex__()
except TypeError:
    print("TypeError unbound no args")
try:
    object.__reduce_ex__(1, 2)
    print("int reduce_ex ok")
except TypeError as e:
    print("TypeError", e)
class C:
    def __reduce__(self):
        return (eval, ("1+1",))
f, a = C().__reduce_ex__(2)
print("custom reduce", f is eval, f(*a))
print("copyreg newobj on int", copyreg.__newobj__(int, 5))
try:
    copyreg.__newobj__(5)
except Exception as e:
    print("newobj non-type", type(e).__name__)
