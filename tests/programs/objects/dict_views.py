# dict views: keys/values/items are live, set operations on keys/items, reversed, mapping attribute, errors.
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), "a" in k, 2 in v, ("b", 2) in i, ("b", 3) in i)
d["d"] = 4
del d["a"]
print(list(k), list(v), list(i))
print(sorted(k & {"b", "z"}), sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}))
print(sorted(i & {("b", 2), ("c", 0)}), k == {"b", "c", "d"}, k <= {"b", "c", "d", "e"}, k.isdisjoint({"x"}))
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(k.mapping, type(k.mapping).__name__, k.mapping["b"])
print(type(k).__name__, type(v).__name__, type(i).__name__, type(iter(k)).__name__, type(iter(i)).__name__)
print(v == v, v == d.values(), list(v) == list(d.values()))
try:
    v | {1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    k[0]
except TypeError as e:
    print(type(e).__name__, e)
it = iter(k)
print(next(it))
d["e"] = 5
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
print({"x": 1}.keys() - ["x"], {1: 1}.items() | [(2, 2)])
for key, value in d.items():
    print(key, value, end="; ")
print()
ordered = dict.fromkeys("hello")
print(list(ordered), "".join(ordered))
big = {n: n * n for n in range(6)}
for n in list(big):
    if n % 2:
        del big[n]
print(big, list(big.items())[-1])
print(repr({}.keys()), repr({1: 2}.items()), repr({"s": [1]}.values()))
