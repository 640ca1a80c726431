# __class__ assignment needs the same instance layout: same __slots__, same
# __dict__/weakref support, same built-in base; __class__ cannot be deleted.


def attempt(label, thunk):
    try:
        thunk()
        print(label, "allowed")
    except Exception as e:
        print(label, type(e).__name__, e)


class A:
    __slots__ = ("a",)


class B:
    __slots__ = ("b",)


class A2:
    __slots__ = ("a",)


class C:
    pass


class D:
    pass


class L(list):
    pass


class L2(list):
    pass


class W:
    __slots__ = ("a", "__weakref__")


def reclass(obj, cls):
    obj.__class__ = cls


s = A()
s.a = 1
attempt("slots to other slots", lambda: reclass(s, B))
attempt("slots to plain", lambda: reclass(s, C))
attempt("plain to slots", lambda: reclass(C(), A))
attempt("same slot names", lambda: reclass(s, A2))
print(type(s).__name__, s.a)
attempt("slots to weakref slots", lambda: reclass(A(), W))
attempt("plain to plain", lambda: reclass(C(), D))
attempt("list subclass to plain", lambda: reclass(L(), C))
attempt("list subclass to list subclass", lambda: reclass(L(), L2))
attempt("plain to int", lambda: reclass(C(), int))
attempt("delete __class__", lambda: delattr(C(), "__class__"))
