# category: generator-coroutine
# must: async generator asend/athrow/aclose misuse raises like CPython
# oracle: cpython
async def ag():
    try:
        v = yield 1
        yield v
    except KeyError:
        yield "caught"
def drive(aw):
    try:
        return ("yield", aw.send(None))
    except StopIteration as e:
        return ("value", e.value)
    except Exception as e:
        return ("raised", type(e).__name__)
a = ag()
print(drive(a.asend(None)))
sender = a.asend("x")
print(drive(sender))
print("reuse awaitable", drive(sender))
try:
    a.asend(None).send("notnone")
except Exception as e:
    print("send non-None to fresh asend", type(e).__name__)
b = ag()
print("asend non-None first", drive(b.asend(5)))
c = ag()
print("athrow unstarted", drive(c.athrow(KeyError)))
d = ag()
drive(d.__anext__())
print("athrow caught", drive(d.athrow(KeyError)))
for args in [(), (None,), (5,), (KeyError, KeyError("x"), 5)]:
    e = ag()
    drive(e.__anext__())
    try:
        print("athrow", args, drive(e.athrow(*args)))
    except Exception as ex:
        print("athrow", args, type(ex).__name__)
f = ag()
drive(f.__anext__())
aw1 = f.__anext__()
aw2 = f.__anext__()
print("concurrent", drive(aw1), drive(aw2))
print("aclose", drive(f.aclose()), drive(f.aclose()))
print("anext after close", drive(f.__anext__()))
try:
    next(ag())
except TypeError as ex:
    print("next on agen", type(ex).__name__)
