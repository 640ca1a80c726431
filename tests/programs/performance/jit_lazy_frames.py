# Frames of compiled calls are made lazily (only the fields compiled code reads); everything that
# observes one -- sys._getframe, f_back chains, f_locals, f_lineno, tracebacks kept after the call
# returned, gc, a deopt into the interpreter, a trace function -- sees the whole frame.
import gc
import sys
import traceback


def leaf(x):
    return x + 1


def observe(depth):
    f = sys._getframe(depth)
    return f.f_code.co_name, f.f_lineno, sorted(f.f_locals), f.f_lasti >= 0


def middle(a, b):
    total = a + b
    seen = observe(1)
    return total, seen


def outer():
    results = []
    for i in range(3):
        results.append(middle(i, leaf(i)))
    return results


for _ in range(60):             # hot: compiled with --jit=on too
    r = outer()
print(r)


def chain():
    f = sys._getframe()
    names = []
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names


def a1():
    return chain()


def a2():
    return a1()


for _ in range(60):
    names = a2()
print(names)


def fails(n):
    local_value = n * 2
    return local_value // (n - n)


def caller_of_fails(n):
    try:
        fails(n)
    except ZeroDivisionError as e:
        return e


for _ in range(60):
    err = caller_of_fails(5)
tb = err.__traceback__
while tb.tb_next is not None:
    tb = tb.tb_next
print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_locals)
print(traceback.format_exception(err)[-2].strip())


def keep_frame():
    x = 41
    return sys._getframe()


for _ in range(60):
    kept = keep_frame()
print(kept.f_code.co_name, kept.f_locals, kept.f_back is None, kept.f_lineno)


def unbound_later(flag):
    if flag:
        y = 1
    return y


for i in range(60):
    try:
        unbound_later(i % 2)
    except UnboundLocalError as e:
        last = str(e)
print(last)


def referrers_target():
    marker = object()
    holder = [marker]
    return len([r for r in gc.get_referrers(marker) if r is holder])


for _ in range(60):
    count = referrers_target()
print(count)


lines = []


def tracer(frame, event, arg):
    if event == "call" and frame.f_code.co_name == "traced":
        lines.append((event, frame.f_code.co_name, frame.f_back.f_code.co_name))
    return None


def traced(v):
    return v * 3


def calls_traced():
    return traced(2)


for _ in range(60):
    calls_traced()
sys.settrace(tracer)
print(calls_traced())
sys.settrace(None)
print(lines)


def recurse(n):
    if n == 0:
        return len(chain())
    return recurse(n - 1)


for _ in range(60):
    depth_seen = recurse(20)
print(depth_seen)


def takes_keywords(a, b=2):
    return observe(1)[0], a + b


def keyword_caller(n):
    try:
        return takes_keywords(a=n, b=n)
    finally:
        pass


def raising_after_keywords(n):
    sorted([3, 1, 2], key=None, reverse=True)
    return {}[n]


for i in range(60):
    seen_kw = keyword_caller(i)
    try:
        raising_after_keywords(i)
    except KeyError as e:
        kw_error = (e.args, e.__traceback__.tb_next.tb_frame.f_code.co_name)
print(seen_kw, kw_error)
