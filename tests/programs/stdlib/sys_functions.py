# sys: functions and settings (trace/profile storage, switch interval, asyncgen hooks, coroutine origin depth, audit hooks, intern, exc_info, _getframe, call_tracing, exit), with CPython's errors.
import sys


def attempt(label, func, *args, **kwargs):
    try:
        result = func(*args, **kwargs)
        print(label, result.__name__ if callable(result) and hasattr(result, "__name__") else repr(result))
    except (ValueError, TypeError, OverflowError, RuntimeError) as e:
        print(label, type(e).__name__, e)


def tracer(frame, event, arg):
    return tracer


def profiler(frame, event, arg):
    pass


print(sys.gettrace(), sys.getprofile())
sys.settrace(tracer)
sys.setprofile(profiler)
print(sys.gettrace() is tracer, sys.getprofile() is profiler)
sys.settrace(None)
sys.setprofile(None)
print(sys.gettrace(), sys.getprofile())
attempt("getswitchinterval", sys.getswitchinterval)
attempt("setswitchinterval", sys.setswitchinterval, 0.01)
attempt("getswitchinterval", sys.getswitchinterval)
attempt("setswitchinterval", sys.setswitchinterval, 0)
attempt("setswitchinterval", sys.setswitchinterval, "x")
attempt("setswitchinterval", sys.setswitchinterval, 1)
sys.setswitchinterval(0.005)
hooks = sys.get_asyncgen_hooks()
print(type(hooks).__name__, hooks.firstiter, hooks.finalizer, len(hooks), tuple(hooks))
attempt("set_asyncgen_hooks", sys.set_asyncgen_hooks, firstiter=5)
attempt("set_asyncgen_hooks", sys.set_asyncgen_hooks, finalizer="x")
attempt("set_asyncgen_hooks", sys.set_asyncgen_hooks, firstiter=tracer)
print(sys.get_asyncgen_hooks().firstiter is tracer, sys.get_asyncgen_hooks().finalizer)
sys.set_asyncgen_hooks(firstiter=None, finalizer=None)
print(sys.get_asyncgen_hooks())
attempt("get_coroutine_origin_tracking_depth", sys.get_coroutine_origin_tracking_depth)
attempt("set_coroutine_origin_tracking_depth", sys.set_coroutine_origin_tracking_depth, 3)
attempt("get_coroutine_origin_tracking_depth", sys.get_coroutine_origin_tracking_depth)
attempt("set_coroutine_origin_tracking_depth", sys.set_coroutine_origin_tracking_depth, -1)
sys.set_coroutine_origin_tracking_depth(0)
attempt("setrecursionlimit", sys.setrecursionlimit, 0)
attempt("setrecursionlimit", sys.setrecursionlimit, "x")
attempt("intern", sys.intern, "abc")
attempt("intern", sys.intern, 5)
s = "".join(["inter", "ned"])
print(sys.intern(s) is sys.intern("interned"))
print(type(sys.getrefcount(s)).__name__, sys.getrefcount(s) >= 1, type(sys.getallocatedblocks()).__name__)
print(sys.call_tracing(lambda a, b: a + b, (2, 3)))
attempt("call_tracing", sys.call_tracing, len, [1])
print(sys._getframe().f_code.co_name, sys._getframe(0).f_lineno > 0)


def outer():
    return inner()


def inner():
    return sys._getframe(1).f_code.co_name, sys._getframe().f_back.f_code.co_name


print(outer())
attempt("_getframe", sys._getframe, 10000)
print(sys.exc_info(), sys.exception())
try:
    raise KeyError("k")
except KeyError as e:
    info = sys.exc_info()
    print(info[0].__name__, info[1] is e, info[2] is e.__traceback__, sys.exception() is e)
    try:
        raise ValueError("inner")
    except ValueError:
        print(sys.exception())
    print(repr(sys.exception()))
print(sys.exc_info())
events = []
sys.addaudithook(lambda event, args: events.append(event) if event.startswith("snakevm.test") else None)
sys.audit("snakevm.test.event", 1, "two")
attempt("audit", sys.audit)
attempt("audit", sys.audit, 5)
print(type(sys._current_frames()).__name__, type(sys._current_exceptions()).__name__)
print(sys.is_finalizing(), sys.is_stack_trampoline_active(), sys.activate_stack_trampoline("perf"),
      sys.deactivate_stack_trampoline())
attempt("activate_stack_trampoline", sys.activate_stack_trampoline, "nope")
print(sys.getdlopenflags() == sys.getdlopenflags(), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
sys.set_int_max_str_digits(0)
attempt("set_int_max_str_digits", sys.set_int_max_str_digits, 10)
sys.set_int_max_str_digits(4300)
for code in (None, 0, 3, "message", (1, 2)):
    try:
        sys.exit(code)
    except SystemExit as e:
        print("SystemExit", repr(e.code), e.args)
try:
    sys.exit(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(sys.getsizeof(0) == sys.getsizeof(0), sys.getsizeof(object(), 7) > 0)
print(events)


def failing_hook(event, args):
    if event == "snakevm.test.fail":
        raise KeyError("raised by the hook")


sys.addaudithook(failing_hook)
try:
    sys.audit("snakevm.test.fail", 1)
except KeyError as e:
    print("KeyError", e)
print(events)
