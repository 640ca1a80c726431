# Frame attributes outside tracing: f_lineno cannot be set, f_trace_lines and
# f_trace_opcodes take only bools, f_trace can be deleted, a suspended
# generator's frame has no f_back, sys._getframe wants a C int depth.
import sys


def attempt(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)


def set_lineno(value):
    def thunk():
        sys._getframe().f_lineno = value
    return thunk


for value in (1, "x", True, 2.0):
    attempt("f_lineno = %r" % (value,), set_lineno(value))


def delete_lineno():
    del sys._getframe().f_lineno


attempt("del f_lineno", delete_lineno)


def set_flag(name, value):
    def thunk():
        frame = sys._getframe()
        setattr(frame, name, value)
        return getattr(frame, name)
    return thunk


for name in ("f_trace_lines", "f_trace_opcodes"):
    for value in (0, 1, None, "yes", True, False):
        attempt("%s = %r" % (name, value), set_flag(name, value))
attempt("del f_trace_lines", lambda: delattr(sys._getframe(), "f_trace_lines"))


def delete_trace():
    frame = sys._getframe()
    frame.f_trace = len
    del frame.f_trace
    return frame.f_trace


attempt("del f_trace", delete_trace)


def gen():
    yield sys._getframe().f_back is not None
    yield sys._getframe().f_back.f_code.co_name


def consumer(it):
    return next(it)


it = gen()
print("running f_back", consumer(it))
print("suspended f_back", it.gi_frame.f_back)
print("running again", consumer(it))
print("suspended again", it.gi_frame.f_back)
attempt("suspended f_lineno = 1", lambda: setattr(it.gi_frame, "f_lineno", 1))
it.close()
print("closed frame", it.gi_frame)

for depth in (2**70, -2**70, 2**31, 2**40):
    attempt("_getframe(%d)" % depth, lambda: sys._getframe(depth))
attempt("_getframe(-1)", lambda: sys._getframe(-1).f_code.co_name)
attempt("_getframe('x')", lambda: sys._getframe("x"))
attempt("_getframe(True)", lambda: sys._getframe(True).f_code.co_name)
attempt("_getframe(10**6)", lambda: sys._getframe(10**6))
