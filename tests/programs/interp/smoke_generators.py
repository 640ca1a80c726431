# Smoke test: simple generators, next(), list() over a generator, generator expressions, yield from.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


print(list(count_up(5)))
g = count_up(2)
print(next(g), next(g))
print(next(g, "done"))
print(sum(x * x for x in range(4)))


def chain(a, b):
    yield from a
    yield from b


print(list(chain([1, 2], "ab")))


def squares():
    for i in range(3):
        yield i * i
    return "finished"


gen = squares()
print([v for v in gen])
try:
    next(gen)
except StopIteration:
    print("exhausted")
evens = (n for n in range(10) if n % 2 == 0)
print(list(evens))
print(tuple(count_up(3)), max(count_up(4)))
