# Starred assignment targets, starred call arguments and starred items in displays.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
a, *mid, b = range(6)
print(a, mid, b)
a, *mid, b = (1, 2)
print(a, mid, b)
[*everything] = (5, 6)
print(everything)
(a, *b), c = "xyz", 0
print(a, b, c)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, *c = 5
except TypeError as e:
    print(type(e).__name__, e)
print([*range(3), *"ab", 9])
print((*[1, 2], *(3,)))
print(sorted({*[1, 2], *(2, 3)}))
print({**{"a": 1}, "b": 2, **{"a": 3}})


def f(*args, **kw):
    return args, sorted(kw.items())


print(f(*[1, 2], 3, *(4,)))
print(f(**{"x": 1}, y=2, **{"z": 3}))
print(f(*"ab", **dict(q=1)))
for x, *ys in [(1, 2, 3), (4,)]:
    print(x, ys)
print(*[1, 2, 3], sep="-")
t = 1, *[2, 3]
print(t)
