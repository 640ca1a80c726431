# category: generator-coroutine
# must: a coroutine driven by hand with send/throw/close behaves like CPython
# oracle: cpython
import types
@types.coroutine
def step(v):
    got = yield v
    return got
async def task():
    total = 0
    for i in range(3):
        try:
            total += await step(i)
        except ZeroDivisionError:
            total += 100
    return total
c = task()
print("s0", c.send(None))
print("s1", c.send(10))
print("t", c.throw(ZeroDivisionError))
try:
    c.send(5)
except StopIteration as e:
    print("done", e.value)
for call in [lambda: c.send(None), lambda: c.throw(KeyError), lambda: c.close(), lambda: c.__await__().__next__()]:
    try:
        print("ok", call())
    except Exception as e:
        print(type(e).__name__, e)
c2 = task()
c2.send(None)
c2.close()
print("closed", c2.cr_frame, c2.cr_running)
try:
    c2.send(None)
except RuntimeError as e:
    print("send closed", e)
aw = task().__await__()
print("wrapper", type(aw).__name__, next(aw))
try:
    aw.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit propagated")
print("iter wrapper", iter(aw) is aw)
c3 = task()
try:
    next(c3)
except TypeError as e:
    print("next coro", type(e).__name__)
c3.close()
