# Exception attribute setters and deleters, keyword arguments, X.__new__(Y)
# checks, add_note with an odd __notes__, and traceback tb_next checks.


def attempt(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)


def delete(name):
    def thunk():
        e = ValueError(1)
        delattr(e, name)
        return getattr(e, name, "<missing>")
    return thunk


for name in ("args", "__context__", "__traceback__", "__cause__", "__suppress_context__"):
    attempt("del " + name, delete(name))


def set_suppress(value):
    def thunk():
        e = ValueError()
        e.__suppress_context__ = value
        return e.__suppress_context__
    return thunk


for value in (1, "x", None, 0, True, False):
    attempt("suppress %r" % (value,), set_suppress(value))


def system_exit_code():
    e = SystemExit(4)
    del e.code
    first = e.code
    del e.code
    return first, e.code, e.args


attempt("del SystemExit.code", system_exit_code)


def add_note_to(notes):
    def thunk():
        e = ValueError()
        e.__notes__ = notes
        e.add_note("x")
        return e.__notes__
    return thunk


for notes in (5, (1,), [1]):
    attempt("add_note to %r" % (notes,), add_note_to(notes))


def split_with_notes(notes):
    def thunk():
        g = ExceptionGroup("n", [ValueError(), KeyError()])
        g.__notes__ = notes
        match, rest = g.split(ValueError)
        return match, rest, getattr(match, "__notes__", None), getattr(rest, "__notes__", None)
    return thunk


for notes in (5, (1, 2), ["a"]):
    attempt("split notes %r" % (notes,), split_with_notes(notes))

attempt("BaseException(kw=1)", lambda: BaseException(kw=1))
attempt("ValueError(kw=1)", lambda: ValueError(1, kw=1))


class Mine(Exception):
    pass


class Keyworded(Exception):
    def __init__(self, *args, **kwargs):
        super().__init__(*args)
        self.kwargs = kwargs


attempt("Mine(kw=1)", lambda: Mine(kw=1))
attempt("Keyworded(kw=1)", lambda: Keyworded(1, kw=2).kwargs)
attempt("ValueError.__new__(Exception)", lambda: ValueError.__new__(Exception))
attempt("KeyError.__new__(ValueError)", lambda: KeyError.__new__(ValueError))
attempt("Exception.__new__(ValueError)", lambda: Exception.__new__(ValueError))
attempt("BaseException.__new__(KeyError)", lambda: BaseException.__new__(KeyError))
attempt("BaseException.__new__(OSError)", lambda: BaseException.__new__(OSError, 2, "x"))
attempt("OSError.__new__(FileNotFoundError)", lambda: OSError.__new__(FileNotFoundError))
attempt("ValueError.__new__(Mine)", lambda: ValueError.__new__(Mine))
attempt("own __new__", lambda: ["__new__" in t.__dict__ for t in (ValueError, KeyError, Exception,
                                                                  SystemExit, TypeError)])
attempt("with_traceback(5)", lambda: ValueError().with_traceback(5))


def traceback_of(func):
    try:
        func()
    except Exception as e:
        return e.__traceback__


def inner():
    raise KeyError("k")


def outer():
    inner()


def set_tb_next(value):
    def thunk():
        tb = traceback_of(outer)
        tb.tb_next = value
        return tb.tb_next
    return thunk


attempt("tb_next = 5", set_tb_next(5))
attempt("tb_next = 'x'", set_tb_next("x"))
attempt("tb_next = None", set_tb_next(None))


def self_loop():
    tb = traceback_of(outer)
    tb.tb_next = tb


def longer_loop():
    tb = traceback_of(outer)
    tb.tb_next.tb_next.tb_next = tb


def relink():
    tb = traceback_of(outer)
    other = traceback_of(outer)
    tb.tb_next = other
    return tb.tb_next is other


def delete_tb_next():
    tb = traceback_of(outer)
    del tb.tb_next


attempt("tb_next = self", self_loop)
attempt("tb_next loop", longer_loop)
attempt("tb_next other chain", relink)
attempt("del tb_next", delete_tb_next)


class OddCause(Exception):
    def __new__(cls, *args):
        return 5


try:
    raise ValueError("v") from OddCause
except ValueError as e:
    print("odd cause", repr(e.__cause__), e.__suppress_context__)
    import sys
    sys.excepthook(type(e), e, e.__traceback__)
