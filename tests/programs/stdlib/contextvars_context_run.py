# contextvars: Context.run isolation and nesting, re-entry errors, copies, iterators and mapping protocol of Context.
import contextvars
import re


def clean(text):
    return re.sub(r" at 0x[0-9a-f]+", " at ADDR", str(text))


def attempt(label, func):
    try:
        print(label, "->", clean(repr(func())))
    except (TypeError, ValueError, RuntimeError, LookupError, ZeroDivisionError,
            AttributeError) as e:
        print(label, "!!", type(e).__name__, clean(e))


a = contextvars.ContextVar("a", default="a-default")
b = contextvars.ContextVar("b")
a.set(1)
ctx = contextvars.copy_context()
print(type(ctx), ctx[a], len(ctx), a in ctx, b in ctx, ctx.get(b), ctx.get(b, "dflt"))


def body(value):
    a.set(value)
    b.set(value * 2)
    return a.get(), b.get(), contextvars.copy_context() == ctx


print(ctx.run(body, 10), a.get(), b.get("unset"), ctx[a], ctx[b])
print(ctx.run(lambda: (a.get(), b.get())), ctx.copy() == ctx, ctx.copy() is ctx)
empty = contextvars.Context()
print(len(empty), empty.run(a.get), empty.run(b.get, "none"), list(empty))
attempt("nested run", lambda: ctx.run(lambda: empty.run(lambda: (a.get(), b.get("x")))))
attempt("re-enter", lambda: ctx.run(ctx.run, lambda: 1))
attempt("re-enter nested", lambda: ctx.run(lambda: empty.run(ctx.run, int)))
attempt("run raises", lambda: ctx.run(lambda: 1 / 0))
attempt("after raise", lambda: ctx.run(a.get))
attempt("run no args", lambda: ctx.run())
attempt("run kwargs", lambda: ctx.run(dict, x=1, y=2))
attempt("run not callable", lambda: ctx.run(5))


def set_and_copy():
    a.set("inside")
    return contextvars.copy_context()


snapshot = empty.run(set_and_copy)
a.set("outside")
print(snapshot[a], empty[a], a.get(), snapshot == empty)
empty.run(a.set, "changed")
print(snapshot[a], empty[a])
c1 = contextvars.Context()
c2 = contextvars.Context()
print(c1 == c2, c1 != c2, c1 == 1, c1 != 1)
attempt("order", lambda: c1 < c2)
attempt("hash", lambda: hash(c1))
attempt("bad key", lambda: ctx["a"])
attempt("bad get", lambda: ctx.get(1))
attempt("bad contains", lambda: 1 in ctx)
attempt("missing", lambda: empty[b])
attempt("get keyword", lambda: ctx.get(a, default=1))
attempt("new with args", lambda: contextvars.Context({}))
attempt("setitem", lambda: ctx.__setitem__(a, 1))
attempt("subclass", lambda: type("X", (contextvars.Context,), {}))
keys = ctx.keys()
print(type(keys).__name__, len(keys), sorted(v.name for v in keys), list(keys),
      type(iter(ctx)) is type(keys), type(ctx.values()).__name__, type(ctx.items()).__name__)
print(sorted(ctx.values()), sorted((k.name, v) for k, v in ctx.items()), sorted(v.name for v in ctx))
print(dict(ctx) == {a: 1, b: 20}, contextvars.Context.__module__, type(ctx).__name__)


def gen():
    yield a.get()
    a.set("from generator")
    yield a.get()


g = gen()
print(next(g), ctx.run(next, g), a.get())
