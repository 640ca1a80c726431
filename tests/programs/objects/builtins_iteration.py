# Iteration builtins: iter (incl. sentinel), next with default, all/any short-circuit, sorted, len, list/tuple.
seen = []


def check(v):
    seen.append(v)
    return v


print(all([]), any([]), all([1, 2]), any([0, 0]), all(check(v) for v in [1, 0, 2]), seen)
seen.clear()
print(any(check(v) for v in [0, 3, 5]), seen)
print(all("abc"), any(x > 5 for x in range(3)), all(iter([True, 1, "x"])))
stream = iter([1, 2, 3])
print(next(stream), next(stream), next(stream), next(stream, "default"), next(stream, None))
values = [5, 4, 0, 3]
it = iter(values.pop, 0)
print(list(it), values)
print(sorted([3, 1, 2]), sorted("cba"), sorted([3, 1, 2], reverse=True), sorted({"b": 1, "a": 2}), sorted([]))
print(sorted(["bb", "a", "ccc"], key=len), sorted([(1, "b"), (1, "a"), (0, "z")]), sorted(range(5), key=lambda x: -x))
records = [("ann", 30), ("bob", 25), ("cid", 30), ("dan", 25)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(sorted(records), key=lambda r: r[1], reverse=True))
print(len([1, 2]), len("abc"), len({}), len(range(10)), len(b"xy"), len({1, 2}), len(frozenset()), len((1,)))
print(list(), tuple(), list("ab"), tuple([1, 2]), list({1: 2}.items()), tuple(x * 2 for x in range(3)))
try:
    sorted([1, 2], key=lambda x: 1 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    sorted([1], cmp=None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(iter([]))
except StopIteration as e:
    print(type(e).__name__, repr(e))
try:
    len(iter([]))
except TypeError as e:
    print(type(e).__name__, e)
print(list(reversed(sorted("hello"))), sorted("Hello World", key=str.lower))
print(sorted([0.5, -1, 3, True, 2.5]), sorted([[2, 1], [1, 2], [1]]), sorted("a1B2", key=str.isdigit))
