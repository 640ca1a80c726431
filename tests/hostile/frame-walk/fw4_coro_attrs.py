# category: frame-walk
# must: coroutine cr_frame/cr_await/cr_code behave like CPython and never leak host objects
# oracle: cpython
import types
@types.coroutine
def suspend():
    v = yield "susp"
    return v
async def inner():
    return await suspend()
async def outer():
    r = await inner()
    return r * 2
c = outer()
print("frame type", type(c.cr_frame).__name__, c.cr_await, c.cr_running)
print("code", c.cr_code.co_name, c.cr_code is outer.__code__)
print("first", c.send(None))
aw = c.cr_await
print("await type", type(aw).__name__, aw.cr_code.co_name)
print("inner await", type(aw.cr_await).__name__, aw.cr_await.gi_code.co_name)
print("frame lineno int", type(c.cr_frame.f_lineno) is int)
print("locals", c.cr_frame.f_locals)
print("origin", c.cr_origin)
try:
    c.send(21)
except StopIteration as e:
    print("result", e.value)
print("after", c.cr_frame, c.cr_await, c.cr_running, c.cr_suspended)
for bad in [lambda: c.send(None), lambda: c.throw(ValueError), lambda: c.close()]:
    try:
        print("ok", bad())
    except Exception as e:
        print(type(e).__name__, e)
c2 = outer()
c2.close()
print("closed unstarted", c2.cr_frame)
