# map, filter and reversed: laziness, multiple iterables, None predicate, types, exhaustion, errors.
m = map(str.upper, ["a", "b"])
print(type(m).__name__, list(m), list(m))
print(list(map(pow, [2, 3], [3, 2])), list(map(lambda *a: sum(a), [1, 2], [10, 20], [100, 200, 300])))
print(list(map(len, [])), list(map(int, "123")))
calls = []


def trace(x):
    calls.append(x)
    return x * 2


lazy = map(trace, [1, 2, 3])
print(calls, next(lazy), calls)
f = filter(None, [0, 1, "", "a", None, [], [0]])
print(type(f).__name__, list(f))
print(list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, "a1b2")))
r = reversed([1, 2, 3])
print(type(r).__name__, list(r), list(r), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(3))))
print(type(reversed({1: 2})).__name__, list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))
for src in ["map()", "map(len)", "filter(len)", "reversed(5)", "reversed({1, 2})", "list(map(len, [1]))", "reversed()"]:
    try:
        print(eval(src))
    except TypeError as err:
        print(src, "->", type(err).__name__, err)
lst = [1, 2, 3]
rev = reversed(lst)
lst.append(4)
print(list(rev))
lst2 = [1, 2, 3]
rev2 = reversed(lst2)
next(rev2)
lst2.clear()
print(list(rev2))
print(sum(map(abs, [-1, -2, 3])), max(filter(None, [0, 5, 2])), sorted(map(lambda s: s[::-1], ["ab", "cd"])))
nested = map(lambda x: x + 1, filter(lambda x: x > 1, map(lambda x: x * x, range(4))))
print(list(nested))
print(reversed([]).__length_hint__(), reversed([1, 2]).__length_hint__())
