# A function whose hot loop is compiled in the middle of a call (on-stack replacement) and that
# then raises, handles and re-raises: the handlers run once each, the re-raise leaves the
# frame, and contexts chain as CPython chains them (ExitStack.__exit__ has this shape).
from contextlib import ExitStack

handled = []


def raise_exc(exc):
    raise exc


def unwind_callbacks(callbacks, n):
    for i in range(n):              # hot: compiled from here on
        pass
    pending = None
    while callbacks:
        callback = callbacks.pop()
        try:
            callback()
        except BaseException as e:
            handled.append(type(e).__name__)
            if pending is not None and e.__context__ is None:
                e.__context__ = pending
            pending = e
    if pending is not None:
        try:
            fixed = pending.__context__
            raise pending
        except BaseException:
            handled.append("fixing")
            pending.__context__ = fixed
            raise


for n in (10, 3000):
    handled.clear()
    try:
        unwind_callbacks([lambda: raise_exc(IndexError), lambda: raise_exc(KeyError)], n)
    except Exception as exc:
        print(n, type(exc).__name__, type(exc.__context__).__name__, handled)

for _ in range(60):
    try:
        with ExitStack() as stack:
            stack.callback(raise_exc, IndexError)
            stack.callback(raise_exc, KeyError)
            1 / 0
    except Exception as exc:
        result = (type(exc).__name__, type(exc.__context__).__name__,
                  type(exc.__context__.__context__).__name__)
print(result)
