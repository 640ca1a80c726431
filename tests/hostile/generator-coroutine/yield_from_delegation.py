# category: generator-coroutine
# must: yield from delegates send/throw/close to sub-iterators the way CPython does, including ones lacking send/throw
# oracle: cpython

class OnlyNext:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("sub-done")
        return self.n

def deleg(sub):
    r = yield from sub
    yield ("result", r)

d = deleg(OnlyNext())
print(next(d))
try:
    d.send(5)
except AttributeError as e:
    print("send non-None to send-less", type(e).__name__)
d = deleg(OnlyNext())
next(d)
print("send None", d.send(None))
try:
    d.throw(KeyError("k"))
except KeyError:
    print("throw to throw-less propagates", d.gi_frame)

class ThrowReturns:
    def __iter__(self):
        return self
    def __next__(self):
        return "n"
    def throw(self, *a):
        return ("thrown", len(a))
    def send(self, v):
        return ("sent", v)
d = deleg(ThrowReturns())
next(d)
print(d.send(1), d.throw(ValueError), d.throw(ValueError("x")))

class ThrowStops:
    def __iter__(self):
        return self
    def __next__(self):
        return "n"
    def throw(self, *a):
        raise StopIteration("finished by throw")
d = deleg(ThrowStops())
next(d)
print("throw stops sub", d.throw(KeyError))

class SendNotCallable:
    def __iter__(self):
        return self
    def __next__(self):
        return 1
    send = None
d = deleg(SendNotCallable())
next(d)
try:
    d.send(1)
except TypeError as e:
    print("send None attr", e)

def inner():
    try:
        yield 1
    except ValueError as e:
        yield ("inner caught", str(e))
    return "inner-ret"
d = deleg(inner())
next(d)
print(d.throw(ValueError("v")))
print(next(d))
print("yieldfrom after", d.gi_yieldfrom)
def deep(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from deep(n - 1)
    return r + 1
g = deep(200)
print(next(g))
chain = 0
y = g
while y.gi_yieldfrom is not None:
    y = y.gi_yieldfrom
    chain += 1
print("chain length", chain)
try:
    next(g)
except StopIteration as e:
    print("deep result", e.value)
