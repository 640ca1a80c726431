# contextvars: ContextVar construction and defaults, Token objects, reset rules and CPython's error messages.
import contextvars
import re


def clean(text):
    return re.sub(r" at 0x[0-9a-f]+", " at ADDR", str(text))


def attempt(label, func):
    try:
        print(label, "->", clean(repr(func())))
    except (TypeError, ValueError, RuntimeError, LookupError, AttributeError) as e:
        print(label, "!!", type(e).__name__, clean(e))


var = contextvars.ContextVar("var")
with_default = contextvars.ContextVar("with_default", default=None)
print(clean(var), clean(with_default), var.name, with_default.get(), var.get(5))
attempt("unset", var.get)
try:
    var.get()
except LookupError as e:
    print(e.args[0] is var, type(e).__name__)
attempt("no name", lambda: contextvars.ContextVar())
attempt("name keyword", lambda: contextvars.ContextVar(name="x"))
attempt("two positional", lambda: contextvars.ContextVar("x", 1))
attempt("too many", lambda: contextvars.ContextVar("x", 1, 2))
attempt("bad keyword", lambda: contextvars.ContextVar("x", foo=1))
attempt("bad name", lambda: contextvars.ContextVar(b"x"))
attempt("get keyword", lambda: var.get(default=1))
attempt("get two", lambda: var.get(1, 2))
attempt("set none", lambda: var.set())
attempt("set name", lambda: setattr(var, "name", "y"))
attempt("set attr", lambda: setattr(var, "other", 1))
attempt("subclass", lambda: type("X", (contextvars.ContextVar,), {}))
print(var == var, var != with_default, hash(var) == hash(var), contextvars.ContextVar[int],
      contextvars.Token[str])
attempt("Context[int]", lambda: contextvars.Context[int])
t1 = var.set(1)
t2 = var.set(2)
print(t1.var is var, t1.old_value is contextvars.Token.MISSING, t2.old_value, var.get())
print(contextvars.Token.MISSING, type(contextvars.Token.MISSING),
      type(contextvars.Token.MISSING).__module__, clean(t2))
attempt("token attr", lambda: setattr(t1, "var", None))
attempt("token hash", lambda: hash(t1))
attempt("new token", lambda: contextvars.Token())
attempt("new MISSING", lambda: type(contextvars.Token.MISSING)())
var.reset(t2)
print(var.get())
attempt("reuse", lambda: var.reset(t2))
attempt("other var", lambda: with_default.reset(t1))
attempt("not a token", lambda: var.reset("token"))
attempt("no token", lambda: var.reset())
var.reset(t1)
attempt("after full reset", var.get)
ctx = contextvars.Context()
token = ctx.run(var.set, "in ctx")
attempt("other context", lambda: var.reset(token))
print(ctx.run(var.reset, token), ctx.get(var, "gone"))
attempt("token used", lambda: ctx.run(var.reset, token))


def worker(n):
    tok = var.set(n)
    try:
        return var.get()
    finally:
        var.reset(tok)


print([contextvars.copy_context().run(worker, i) for i in range(3)], var.get("clean"))
attempt("pickle", lambda: __import__("pickle").dumps(var))
print(contextvars.ContextVar.get.__doc__.splitlines()[0], contextvars.copy_context.__doc__)
