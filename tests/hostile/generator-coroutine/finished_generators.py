# category: generator-coroutine
# must: finished generators/coroutines stay finished; StopIteration inside a generator becomes RuntimeError
# oracle: cpython

def g():
    yield 1
    return "ret"
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value", e.value, e.args)
for op in ("next", "send", "throw", "close", "send_val"):
    try:
        if op == "next":
            r = it.__next__()
        elif op == "send":
            r = it.send(None)
        elif op == "send_val":
            r = it.send(7)
        elif op == "throw":
            r = it.throw(KeyError("k"))
        else:
            r = it.close()
        print(op, "->", r)
    except StopIteration as e:
        print(op, "StopIteration", e.value)
    except KeyError:
        print(op, "KeyError")
def leaky():
    raise StopIteration("inside")
    yield
try:
    next(leaky())
except RuntimeError as e:
    print("PEP 479", e, type(e.__cause__).__name__)
def leaky2():
    yield
    next(iter([]))
l2 = leaky2()
next(l2)
try:
    next(l2)
except RuntimeError as e:
    print("PEP 479 next", type(e.__cause__).__name__)
def ret_stop():
    return StopIteration("not raised")
    yield
try:
    next(ret_stop())
except StopIteration as e:
    print("returned exception value", type(e.value).__name__)
async def ac():
    raise StopIteration
c = ac()
try:
    c.send(None)
except RuntimeError as e:
    print("coroutine StopIteration", e)
async def ag():
    raise StopAsyncIteration
    yield
a = ag().__anext__()
try:
    a.send(None)
except RuntimeError as e:
    print("async gen StopAsyncIteration", e)
def sub():
    return (yield)
def outer():
    v = yield from sub()
    yield ("outer got", v)
o = outer()
next(o)
print(o.send(99))
print(list(o), o.gi_yieldfrom)
def gen_return_tuple():
    return (1, 2)
    yield
try:
    next(gen_return_tuple())
except StopIteration as e:
    print("tuple value", e.value, e.args)
