# enumerate and zip: start argument, laziness, strict=True errors, iterator types and reprs.
print(list(enumerate("abc")), list(enumerate("abc", 10)), list(enumerate([], 5)), list(enumerate("ab", start=-1)))
e = enumerate(["x", "y"])
print(type(e).__name__, next(e), next(e), next(e, "done"), iter(e) is e)
print(list(zip("abc", [1, 2, 3])), list(zip("ab", range(10))), list(zip()), list(zip([1, 2])), list(zip(*[(1, "a"), (2, "b")])))
print(dict(zip("ab", "xy")), list(zip("a", "b", "c")))
try:
    list(zip("abc", [1, 2], strict=True))
except ValueError as err:
    print(type(err).__name__, err)
try:
    list(zip("a", "bc", strict=True))
except ValueError as err:
    print(type(err).__name__, err)
try:
    list(zip("ab", "ab", "a", strict=True))
except ValueError as err:
    print(type(err).__name__, err)
print(list(zip("ab", "xy", strict=True)))
pulled = []


def source(name, n):
    for i in range(n):
        pulled.append((name, i))
        yield i


print(list(zip(source("first", 2), source("second", 5))), pulled)
z = zip([1], [2])
print(type(z).__name__, list(z), list(z))
try:
    enumerate(5)
except TypeError as err:
    print(type(err).__name__, err)
try:
    enumerate("a", "b")
except TypeError as err:
    print(type(err).__name__, err)
try:
    zip(1, [])
except TypeError as err:
    print(type(err).__name__, err)
big = enumerate("ab", 2 ** 64)
print(list(big))
for i, (a, b) in enumerate(zip("xy", "XY"), 1):
    print(i, a, b)
print(list(enumerate(zip("ab", "cd"))), sorted(enumerate("cab"), key=lambda p: p[1]))
