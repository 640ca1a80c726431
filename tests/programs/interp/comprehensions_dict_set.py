# Dict and set comprehensions, generator expressions fed to builtins, key ordering.
squares = {n: n * n for n in range(5)}
print(squares)
print({v: k for k, v in squares.items() if v > 2})
print(sorted({c for c in "mississippi"}))
print(sorted({x % 3 for x in range(10)}))
print({k: [i for i in range(k)] for k in range(3)})
print({(a, b): a * b for a in range(2) for b in range(2)})
print(sum(x for x in range(101)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(tuple(c.upper() for c in "xyz"))
print(dict((str(i), i) for i in range(3)))
order = []


def key(k):
    order.append(("key", k))
    return k


def val(v):
    order.append(("val", v))
    return v


print({key(i): val(i * 10) for i in range(2)})
print(order)
print({x: x for x in [1, 1.0, True]})
print(len({frozenset([1, 2]), frozenset([2, 1])}))
try:
    {[1]: 2 for _ in range(1)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {{1} for _ in range(1)}
except TypeError as e:
    print(type(e).__name__, e)
nested = {i: {j: i + j for j in range(2)} for i in range(2)}
print(nested)
