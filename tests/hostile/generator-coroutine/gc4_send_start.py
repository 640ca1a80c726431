# category: generator-coroutine
# must: sending non-None to a just-started generator raises TypeError and leaves it usable
# oracle: cpython
def g():
    x = yield 1
    yield x
for val in [1, "a", [], 0, False, object]:
    it = g()
    try:
        it.send(val)
    except TypeError as e:
        print("send", repr(val)[:15], type(e).__name__, str(e))
    print("still usable", next(it), it.send("v"))
it = g()
print("send None", it.send(None))
try:
    it.send()
except TypeError as e:
    print("no arg", type(e).__name__)
try:
    it.send(1, 2)
except TypeError as e:
    print("two args", type(e).__name__)
print("send after", it.send(42))
try:
    it.send(1)
except StopIteration as e:
    print("stop", e.value)
try:
    it.send(5)
except StopIteration as e:
    print("stop again", e.value)
async def co():
    return 1
c = co()
try:
    c.send(7)
except TypeError as e:
    print("coro", str(e))
c.close()
