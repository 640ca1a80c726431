# Generator expressions: laziness, first iterable evaluated eagerly, scoping, single use, as arguments.
def source(n):
    print("source created", n)
    for i in range(n):
        print("producing", i)
        yield i


gen = (x * 2 for x in source(3))
print("genexpr created")
print(next(gen))
print(list(gen))
try:
    bad = (x for x in 5)
except TypeError as e:
    print("eager first iterable:", type(e).__name__, e)
lazy_error = (1 / x for x in [1, 0])
print(next(lazy_error))
try:
    next(lazy_error)
except ZeroDivisionError as e:
    print("lazy body:", e)
x = "outer"
g = (x for x in "ab")
print(list(g), x)
print(sum(i * i for i in range(10)))
print(list((i, j) for i in range(3) for j in range(i)))
print(sorted((c for c in "hello"), reverse=True))
print(type(x for x in []).__name__)
g = (n for n in range(3))
print(list(g), list(g))
print(tuple(n for n in range(5) if n % 2))
print(", ".join(str(n) for n in range(4)))
print(any(n > 2 for n in [1, 5]), all(n > 2 for n in [3, 1]))
nested = ((a, b) for a in range(2) for b in (a * 10 for _ in range(1)))
print(list(nested))
filtered = (w for w in ["a", "bb", "ccc"] if len(w) > 1)
print(next(filtered), next(filtered), next(filtered, "exhausted"))
print((lambda it: [v for v in it])(v + 1 for v in range(3)))
g = (y for y in range(3))
print(g.gi_frame is not None, g.__name__)
