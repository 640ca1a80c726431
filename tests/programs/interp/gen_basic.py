# Generators: laziness, iteration protocol, state across yields, exhaustion, generator attributes.
def countdown(n):
    print("start", n)
    while n > 0:
        yield n
        n -= 1
    print("end")


g = countdown(3)
print(type(g).__name__, g.__name__, g.__qualname__)
print("created, not started")
print(next(g))
print(list(g))
print(list(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(12)])
print(iter(f) is f, hasattr(f, "__next__"))


def evens(limit):
    for i in range(limit):
        if i % 2 == 0:
            yield i


print(sum(evens(10)), max(evens(7)), sorted(evens(5), reverse=True))


def pipeline():
    nums = (n for n in range(10))
    squares = (n * n for n in nums)
    return [s for s in squares if s % 3 == 0]


print(pipeline())


def with_locals():
    x = 1
    yield x
    x += 10
    yield x


w = with_locals()
print(w.gi_frame is not None, w.gi_running, next(w), w.gi_frame.f_locals, next(w))
print(list(w), w.gi_frame)
print(w.gi_code.co_name, countdown.__code__.co_flags & 0x20 != 0)


def empty():
    return
    yield


print(list(empty()))
print([list(zip("ab", countdown(2)))])
