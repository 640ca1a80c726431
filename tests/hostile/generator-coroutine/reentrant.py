# category: generator-coroutine
# must: re-entering a running generator/coroutine (next, send, throw, close, yield from self) raises ValueError
# oracle: cpython

def selfish():
    yield next(me)
me = selfish()
try:
    next(me)
except ValueError as e:
    print("next", e)
print("after", me.gi_running, me.gi_frame)

def sender():
    yield me2.send(None)
me2 = sender()
try:
    next(me2)
except ValueError as e:
    print("send", e)

def thrower():
    try:
        me3.throw(KeyError)
    except ValueError as e:
        yield "inner " + str(e)
me3 = thrower()
print(next(me3))

def closer():
    try:
        me4.close()
    except ValueError as e:
        yield "close " + str(e)
    yield "still"
me4 = closer()
print(next(me4), next(me4))

def yf():
    yield from me5
me5 = yf()
try:
    next(me5)
except ValueError as e:
    print("yield from self", e)

async def coro():
    c.send(None)
c = coro()
try:
    c.send(None)
except ValueError as e:
    print("coro", e)
async def coro2():
    await c2
c2 = coro2()
try:
    c2.send(None)
except (ValueError, RuntimeError) as e:
    print("await self", type(e).__name__, e)

def running_flag():
    yield gr.gi_running
gr = running_flag()
print("gi_running inside", next(gr), "outside", gr.gi_running)
def mutual_a():
    yield next(mb)
def mutual_b():
    yield next(ma)
ma, mb = mutual_a(), mutual_b()
try:
    next(ma)
except ValueError as e:
    print("mutual", e)
print("ma dead", ma.gi_frame is None, "mb dead", mb.gi_frame is None)
