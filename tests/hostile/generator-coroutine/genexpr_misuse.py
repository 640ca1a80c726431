# category: generator-coroutine
# must: generator expressions reject send/throw misuse, bind their first iterable eagerly and expose a guest .0
# oracle: cpython

ge = (x * 2 for x in range(3))
try:
    ge.send(1)
except TypeError as e:
    print("send non-None", e)
print("send None", ge.send(None))
print("send after start", ge.send("ignored"))
try:
    ge.throw(KeyError("k"))
except KeyError:
    print("throw propagates", ge.gi_frame)
try:
    (x for x in 5)
except TypeError as e:
    print("eager iter", e)
lazy = (y for x in [1] for y in 5)
try:
    next(lazy)
except TypeError as e:
    print("lazy inner", e)
g2 = (x for x in [1, 2])
it = g2.gi_frame.f_locals[".0"]
print(".0 type", type(it).__name__, next(it))
print("after stealing", list(g2))
code = (x for x in []).gi_code
print("code", code.co_name, code.co_argcount, code.co_varnames[:1])
import types
fn = types.FunctionType(code, {})
try:
    r = fn(iter([1, 2]))
    print("called genexpr code", type(r).__name__, list(r))
except TypeError as e:
    print("call genexpr code", type(e).__name__)
def outer():
    return (v for v in range(2) if (yield_ := v) >= 0)
print("walrus genexpr", list(outer()))
ge3 = (i for i in range(3))
print("close unstarted", ge3.close(), list(ge3))
nested = ((a, b) for a in range(2) for b in (a, a + 1))
print("nested", list(nested))
class C:
    v = 10
    try:
        g = list(v + i for i in range(2))
    except NameError as e:
        g = "NameError"
print("class scope", C.g)
