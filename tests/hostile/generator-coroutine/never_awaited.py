# category: generator-coroutine
# must: a coroutine that is never awaited keeps a guest cr_frame, warns once when dropped, and can be closed
# oracle: cpython
import sys, warnings, gc

async def secret(x):
    hidden = x * 2
    return hidden

c = secret(21)
print("frame", type(c.cr_frame).__name__, c.cr_frame.f_code.co_name, c.cr_frame.f_locals)
print("lasti int", type(c.cr_frame.f_lasti) is int, "lineno", c.cr_frame.f_lineno == secret.__code__.co_firstlineno)
print("back", c.cr_frame.f_back, c.cr_running, c.cr_suspended if hasattr(c, "cr_suspended") else "n/a")
print("globals", c.cr_frame.f_globals is globals())
c.close()
print("closed frame", c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print("send after close", e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    d = secret(1)
    del d
    gc.collect()
    print("warnings", [(x.category.__name__, str(x.message)) for x in w])
e = secret(2)
try:
    e.throw(KeyError("k"))
except KeyError:
    print("throw into unstarted raises", e.cr_frame)
f = secret(3)
try:
    f.send(1)
except TypeError as ex:
    print("send non-None", ex)
f.close()
try:
    iter(secret(0))
except TypeError as ex:
    print("iter coroutine", ex)
g = secret(0)
try:
    next(g)
except TypeError as ex:
    print("next coroutine", ex)
g.close()
print("repr startswith", repr(secret).startswith("<function secret"))
async def never_started_locals(a, b=2, *c, **d):
    pass
h = never_started_locals(1, 3, 4, k=5)
print("args locals", h.cr_frame.f_locals)
h.close()
