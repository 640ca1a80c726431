# category: generator-coroutine
# must: async generators that ignore GeneratorExit or await during aclose behave like CPython
# oracle: cpython
import types
@types.coroutine
def pause():
    yield "paused"
def drive(aw, sends=3):
    out = []
    try:
        for _ in range(sends):
            out.append(aw.send(None))
    except StopIteration as e:
        out.append(("stop", e.value))
    except BaseException as e:
        out.append(type(e).__name__)
    return out
async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
a = stubborn()
drive(a.__anext__())
print("yield in aclose", drive(a.aclose()))
async def awaits_in_finally():
    try:
        yield 1
    finally:
        await pause()
        print("  finally done")
b = awaits_in_finally()
drive(b.__anext__())
print("await in aclose", drive(b.aclose()))
async def raises():
    try:
        yield 1
    finally:
        raise ValueError("fin")
c = raises()
drive(c.__anext__())
print("raise in aclose", drive(c.aclose()))
async def stop_async():
    yield 1
    raise StopAsyncIteration
d = stop_async()
drive(d.__anext__())
print("StopAsyncIteration inside", drive(d.__anext__()))
e = stubborn()
drive(e.__anext__())
cl = e.aclose()
print("throw into aclose", drive(cl, 0), end=" ")
try:
    cl.throw(KeyError("k"))
except BaseException as ex:
    print(type(ex).__name__)
print("close awaitable", cl.close())
