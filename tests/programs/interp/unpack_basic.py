# Tuple/list unpacking targets: nested, swaps, attribute/subscript targets, and error messages.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(x, y), z = (3, 4), 5
print(x, y, z)
[p, q] = "pq"
print(p, q)
d = {}
d["k"], d["j"] = 10, 20
print(sorted(d.items()))


class Box:
    pass


box = Box()
box.left, box.right = [7, 8]
print(box.left, box.right)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 9  # i is assigned before lst[i] is evaluated
print(i, lst)
for (k, v) in [(1, "one"), (2, "two")]:
    print(k, v)
a = b = c = [1]
print(a is b is c)
for value in [(1, 2, 3), (1,), 5, "ab", {"k": 1}]:
    try:
        m, n = value
        print("ok", m, n)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    (m, n), o = (1, 2, 3), 4
except ValueError as e:
    print(type(e).__name__, e)


def gen():
    yield 1
    yield 2
    yield 3


try:
    m, n = gen()
except ValueError as e:
    print(type(e).__name__, e)
m, n, o = gen()
print(m, n, o)
