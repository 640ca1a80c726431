# throw()/close() into a coroutine awaiting a chain of coroutines and awaitables; exceptions travel the chain.
class Suspend:
    def __await__(self):
        try:
            value = yield "suspended"
        except KeyError as e:
            print("awaitable saw", repr(e))
            raise
        return value


async def level3():
    try:
        return await Suspend()
    finally:
        print("level3 finally")


async def level2():
    try:
        return await level3()
    except KeyError:
        print("level2 handled KeyError")
        return "recovered in level2"


async def level1():
    result = await level2()
    return "level1 got " + result


c = level1()
print(c.send(None))
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("finished:", e.value)
c2 = level1()
c2.send(None)
try:
    c2.send("sent value")
except StopIteration as e:
    print("finished:", e.value)
c3 = level1()
c3.send(None)
try:
    c3.throw(ValueError("unhandled"))
except ValueError as e:
    print("propagated to driver:", repr(e))
c4 = level1()
c4.send(None)
c4.close()
print("closed c4")


async def awaits_twice():
    first = await Suspend()
    second = await Suspend()
    return first, second


c5 = awaits_twice()
print(c5.send(None), c5.send(1))
try:
    c5.send(2)
except StopIteration as e:
    print(e.value)
