# List comprehensions: filters, nested loops, nested comprehensions, scoping of the loop variable.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 2 if x % 3])
print([(x, y) for x in range(3) for y in "ab" if x != 1])
print([[x * y for y in range(3)] for x in range(3)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
x = "outer"
print([x for x in "abc"], x)
print([y := 5, y ** 2])
print([last := n for n in range(4)], last)
words = ["apple", "Bob", "cat"]
print([w.upper() if len(w) > 3 else w for w in words])
print([(i, c) for i, c in enumerate("hey")])
print([a + b for a, b in zip([1, 2], [10, 20])])
print([*[1, 2], *[i for i in range(2)]])


def make():
    k = 10
    return [lambda: k + i for i in range(3)]


print([f() for f in make()])
print([f() for f in [lambda i=i: i for i in range(3)]])


def gen_in_comp():
    return [v for v in (yield_value() for _ in range(2))]


def yield_value():
    return "v"


print(gen_in_comp())
try:
    print([undefined_in_comp for _ in range(1)])
except NameError as e:
    print(type(e).__name__, e)
try:
    [1 / z for z in (1, 0)]
except ZeroDivisionError as e:
    print(type(e).__name__, e)
