# category: generator-coroutine
# must: re-entering a running generator raises ValueError; close() inside raises too
# oracle: cpython
def g():
    yield 1
    try:
        next(me)
    except ValueError as e:
        print("next", e)
    try:
        me.send(None)
    except ValueError as e:
        print("send", e)
    try:
        me.throw(KeyError)
    except ValueError as e:
        print("throw", e)
    try:
        me.close()
    except ValueError as e:
        print("close", e)
    try:
        list(me)
    except ValueError as e:
        print("list", e)
    yield 2
me = g()
print(next(me), next(me))
me.close()
print("closed frame", me.gi_frame)
async def c():
    try:
        co.send(None)
    except Exception as e:
        print("coro", type(e).__name__, e)
    try:
        co.close()
    except Exception as e:
        print("coro close", type(e).__name__, e)
co = c()
try:
    co.send(None)
except StopIteration:
    print("coro done")
