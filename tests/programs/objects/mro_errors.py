# MRO failures and bad bases: inconsistent MRO message, duplicate bases, non-class bases, final types.
class A: pass
class B(A): pass


def attempt(label, fn):
    try:
        cls = fn()
        print(label, "ok", [c.__name__ for c in cls.__mro__])
    except TypeError as e:
        print(label, "->", type(e).__name__, e)


attempt("A before B", lambda: type("Bad", (A, B), {}))
attempt("B before A", lambda: type("Good", (B, A), {}))
attempt("duplicate", lambda: type("Dup", (A, A), {}))
attempt("bool base", lambda: type("SubBool", (bool,), {}))
attempt("non-class base", lambda: type("NC", (1,), {}))
attempt("NoneType base", lambda: type("NT", (type(None),), {}))
attempt("layout conflict", lambda: type("LC", (int, str), {}))
attempt("list and dict", lambda: type("LD", (list, dict), {}))


class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass


attempt("crossed", lambda: type("Cross", (P, Q), {}))
try:
    class Bad2(A, B):
        pass
except TypeError as e:
    print("class statement:", e)
try:
    class FromInstance(A()):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class FromFunc(len):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Good(Q, Y):
    pass


print("consistent", [c.__name__ for c in Good.__mro__])
