# Built-in types cannot be renamed or changed; type.__setattr__ wants a str name;
# class names cannot contain NUL; special type attributes cannot be deleted.


def attempt(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)


class H:
    pass


attempt("rename int", lambda: type.__dict__["__name__"].__set__(int, "pwned"))
attempt("requalname int", lambda: type.__dict__["__qualname__"].__set__(int, "pwned"))
attempt("delete int name", lambda: type.__dict__["__name__"].__delete__(int))
attempt("int name intact", lambda: (int.__name__, int.__qualname__, repr(int)))
attempt("set on int", lambda: type.__setattr__(int, "x", 1))
attempt("int name key", lambda: type.__setattr__(int, 5, 1))
attempt("delete int attr", lambda: type.__delattr__(int, "real"))
attempt("int name key on H", lambda: type.__setattr__(H, 5, 1))
attempt("int name del on H", lambda: type.__delattr__(H, 5))
attempt("H dict clean", lambda: 5 in H.__dict__)
attempt("NUL in name", lambda: setattr(H, "__name__", "a\x00b"))
attempt("non-str name", lambda: setattr(H, "__name__", 5))
attempt("del H name", lambda: delattr(H, "__name__"))
attempt("del H qualname", lambda: delattr(H, "__qualname__"))
attempt("del H doc", lambda: delattr(H, "__doc__"))
attempt("del H bases", lambda: delattr(H, "__bases__"))
H.__name__ = "Renamed"
attempt("renamed", lambda: (H.__name__, H.__qualname__))
attempt("descriptor on renamed", lambda: type.__dict__["__name__"].__get__(5))
attempt("ok int.__new__", lambda: int.__new__(int, 5))
attempt("int.__new__(bool)", lambda: int.__new__(bool, 1))
attempt("object.__new__(int)", lambda: object.__new__(int))
attempt("ok Exception.__new__(ValueError)", lambda: Exception.__new__(ValueError))
attempt("BaseException.__new__(OSError)", lambda: BaseException.__new__(OSError))


class L(list):
    pass


class M(int):
    def __new__(cls, value):
        return int.__new__(cls, value)


attempt("object.__new__(L)", lambda: object.__new__(L))
attempt("ok list.__new__(L)", lambda: list.__new__(L))
attempt("ok int subclass", lambda: M(3) + 1)
attempt("True intact", lambda: (True is bool(1), repr(True)))
