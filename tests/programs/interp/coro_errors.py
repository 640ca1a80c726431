# Coroutine errors: awaiting non-awaitables, reusing coroutines, throw/close on coroutines, cr_* attributes.
class BadAwait:
    def __await__(self):
        return 5


class Wait:
    def __await__(self):
        yield "tick"
        return "waited"


async def await_int():
    await 3


async def await_bad():
    await BadAwait()


async def simple():
    r = await Wait()
    return r


for factory in [await_int, await_bad]:
    c = factory()
    try:
        c.send(None)
    except TypeError as e:
        print(type(e).__name__, e)
c = simple()
print(c.cr_running, c.cr_frame is not None, c.cr_code.co_name, c.cr_await)
print(c.send(None))
print(type(c.cr_await).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("finished:", e.value)
print(c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)


async def handles_throw():
    try:
        await Wait()
    except ValueError as e:
        return "handled " + str(e)


h = handles_throw()
h.send(None)
try:
    h.throw(ValueError("thrown in"))
except StopIteration as e:
    print(e.value)
cl = simple()
cl.send(None)
cl.close()
print("closed; cr_frame:", cl.cr_frame)
unstarted = simple()
unstarted.close()
never_run = simple()
try:
    iter(never_run)
except TypeError as e:
    print(type(e).__name__, e)
never_run.close()


async def outer():
    inner = simple()
    inner.close()
    return await inner


try:
    outer().send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
