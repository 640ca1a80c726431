# Getset, member and classmethod descriptors check the object they are applied to,
# and __get__(None, None) is invalid for every kind of descriptor.


def attempt(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)


FT = type(lambda: 0)


def f():
    pass


class S:
    __slots__ = ("a",)


class Named:
    name = type.__dict__["__name__"]      # a getset copied into an unrelated class


attempt("type name of int", lambda: type.__dict__["__name__"].__get__(5))
attempt("type name set on int", lambda: type.__dict__["__name__"].__set__(5, "x"))
attempt("type dict of int", lambda: type.__dict__["__dict__"].__get__(5))
attempt("exception args of int", lambda: BaseException.__dict__["args"].__get__(5))
attempt("function globals of len", lambda: FT.__dict__["__globals__"].__get__(len))
attempt("function code set on len", lambda: FT.__dict__["__code__"].__set__(len, f.__code__))
attempt("function defaults set on print", lambda: FT.__dict__["__defaults__"].__set__(print, ()))
attempt("int real of float", lambda: int.__dict__["real"].__get__(7.5))
attempt("copied getset", lambda: Named().name)
attempt("ok type name", lambda: type.__dict__["__name__"].__get__(int))
attempt("ok int real", lambda: int.__dict__["real"].__get__(True))
attempt("ok args", lambda: BaseException.__dict__["args"].__get__(KeyError("k")))
attempt("ok globals", lambda: FT.__dict__["__globals__"].__get__(f) is globals())
attempt("fromkeys for int", lambda: dict.__dict__["fromkeys"].__get__(None, int))
attempt("fromkeys of 5", lambda: dict.__dict__["fromkeys"].__get__(5))
attempt("fromkeys called on int", lambda: dict.__dict__["fromkeys"](int, "ab"))
attempt("ok fromkeys", lambda: dict.__dict__["fromkeys"].__get__(None, dict)("ab"))
for label, descr in [("method", object.__init__), ("slot wrapper", int.__add__),
                     ("function", lambda: 0), ("classmethod", dict.__dict__["fromkeys"]),
                     ("member", S.__dict__["a"]), ("getset", BaseException.__dict__["args"])]:
    attempt("%s None None" % label, lambda: descr.__get__(None, None))
    attempt("%s None" % label, lambda: descr.__get__(None))
attempt("ok method None int", lambda: int.__add__.__get__(None, int) is int.__add__)
attempt("ok getset None type", lambda: type(BaseException.__dict__["args"].__get__(None, KeyError)))
attempt("globals readonly", lambda: setattr(f, "__globals__", {}))
attempt("closure readonly", lambda: setattr(f, "__closure__", None))
attempt("method func readonly", lambda: setattr(S().__init__, "__func__", f))
attempt("member kind", lambda: type(FT.__dict__["__globals__"]).__name__)
