# contextvars: get/set/reset, tokens, Context.run isolation, copy_context, mapping protocol and errors.
import contextvars as cv
v = cv.ContextVar("x", default=1); print(v.name, v.get())
t = v.set(2); print(t.var is v, t.old_value, cv.Token.MISSING, v.get())
for bad in (lambda: cv.ContextVar(5), lambda: cv.Token(), lambda: cv.Context(1)):
    try:
        bad()
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, e)
c = cv.copy_context(); print(c[v], len(c), list(c.keys()) == [v], v in c, c.get(v), list(c.values()))
try:
    c[5]
except TypeError as e:
    print("TypeError", e)
w = cv.ContextVar("w")
def inside():
    w.set("in"); v.set(99)
    return w.get(), v.get()
print(c.run(inside), w.get("out"), v.get(), c[w], c.get(w))
try:
    w.get()
except LookupError as e:
    print("LookupError")
v.reset(t); print(v.get())
try:
    v.reset(t)
except RuntimeError:
    print("RuntimeError used token")
def reenter():
    c.run(reenter)
try:
    c.run(reenter)
except RuntimeError:
    print("RuntimeError entered")
try:
    class X(cv.ContextVar):
        pass
except TypeError as e:
    print(e)
other = cv.ContextVar("other"); tok = cv.Context().run(other.set, 1)
try:
    other.reset(tok)
except ValueError:
    print("ValueError other context")
print(cv.ContextVar[int], sorted(k.name for k in c), c == c.copy(), type(c).__name__)
