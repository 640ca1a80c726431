# category: generator-coroutine
# must: coroutines driven by hand with send(None)/throw()/close() behave as under an event loop
# oracle: cpython
import types

class Future:
    def __init__(self):
        self.value = None
    def __await__(self):
        r = yield self
        return r

log = []
async def worker(name, n):
    total = 0
    for i in range(n):
        total += await Future()
    log.append((name, total))
    return total

def loop(coros):
    pending = [(c, None) for c in coros]
    results = []
    steps = 0
    while pending:
        c, val = pending.pop(0)
        steps += 1
        try:
            fut = c.send(val)
            print("yielded", type(fut).__name__, c.cr_await is not None)
            pending.append((c, steps))
        except StopIteration as e:
            results.append(e.value)
    return results, steps

print(loop([worker("a", 2), worker("b", 1)]))
print(log)
c = worker("t", 3)
c.send(None)
try:
    c.throw(ValueError("boom"))
except ValueError as e:
    print("throw through await", e, c.cr_frame)
c = worker("x", 3)
c.send(None)
print("close mid", c.close(), c.cr_frame)
async def catcher():
    try:
        await Future()
    except KeyError:
        return "handled"
c = catcher()
c.send(None)
try:
    c.throw(KeyError)
except StopIteration as e:
    print("caught inside", e.value)
async def swallow_exit():
    try:
        await Future()
    except GeneratorExit:
        await Future()
c = swallow_exit()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("close ignored", e)
@types.coroutine
def raw():
    x = yield "raw"
    return x
async def uses_raw():
    return await raw()
c = uses_raw()
print(c.send(None))
try:
    c.send("v")
except StopIteration as e:
    print("raw result", e.value)
c = uses_raw()
w = c.__await__()
print("wrapper send", w.send(None))
try:
    w.throw(IndexError)
except IndexError:
    print("wrapper throw", c.cr_frame)
print("wrapper close", w.close())
