# category: generator-coroutine
# must: finished generators keep raising StopIteration; StopIteration inside becomes RuntimeError
# oracle: cpython
def g():
    yield 1
    return "r"
it = g()
print(list(it))
for _ in range(3):
    try:
        it.__next__()
    except StopIteration as e:
        print("stop", e.value, e.args)
def raiser():
    yield 1
    raise StopIteration("inner")
it = raiser()
next(it)
try:
    next(it)
except RuntimeError as e:
    print("runtime", e, type(e.__cause__).__name__)
try:
    next(it)
except StopIteration as e:
    print("after", e.args)
def ret_stop():
    return (yield)
it = ret_stop()
next(it)
try:
    it.send(StopIteration("x"))
except StopIteration as e:
    print("value is exc", type(e.value).__name__)
async def co():
    raise StopIteration
c = co()
try:
    c.send(None)
except RuntimeError as e:
    print("coro", e)
it = g()
print("next default", next(it, "d"), next(it, "d"), next(it, "d"))
print("closed ok", it.close(), it.gi_frame)
