# generator.send(): priming with None, values of yield expressions, send errors on unstarted generators.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total


acc = accumulator()
print(acc.send(None))
print(acc.send(5))
print(acc.send(10))
try:
    acc.send(None)
except StopIteration as e:
    print("finished with", e.value)
fresh = accumulator()
try:
    fresh.send(1)
except TypeError as e:
    print(type(e).__name__, e)


def echo():
    received = []
    try:
        while True:
            received.append((yield len(received)))
    finally:
        print("echo received", received)


e = echo()
print(next(e), e.send("a"), e.send("b"), next(e))
e.close()


def coroutine_averager():
    count = 0
    total = 0.0
    average = None
    while True:
        term = yield average
        total += term
        count += 1
        average = total / count


avg = coroutine_averager()
next(avg)
print([avg.send(v) for v in [10, 20, 30, 40]])


def two_way():
    x = yield "first"
    y = yield f"got {x}"
    yield f"got {y}"


t = two_way()
print(next(t), t.send(1), t.send(2))
try:
    t.send(3)
except StopIteration:
    print("exhausted")
try:
    t.send(4)
except StopIteration as e:
    print("still exhausted", e.value)


def self_send():
    yield me.send(None)


me = self_send()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
