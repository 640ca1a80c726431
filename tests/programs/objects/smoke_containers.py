# Smoke test: list, tuple, dict, set basics — building, indexing, methods, iteration, membership.
lst = [3, 1, 2]
lst.append(4)
lst.sort()
print(lst, lst[0], lst[-1], len(lst), 2 in lst)
print(lst.pop(), lst, lst.index(2))
t = (1, "a", None)
print(t, t[1], len(t), t + (2,))
d = {"one": 1, "two": 2}
d["three"] = 3
print(d, d["two"], d.get("four", 0), len(d), "one" in d)
for key, value in d.items():
    print(key, value)
print(list(d.keys()), list(d.values()))
s = {3, 1, 2, 3}
s.add(5)
print(sorted(s), len(s), 1 in s)
print(sorted(s | {9}), sorted(s & {1, 5}))
nested = {"list": [1, [2, 3]], "tuple": (4,)}
print(nested["list"][1][0], nested)
print([x * 2 for x in lst], {k: v for k, v in d.items() if v > 1})
print(list(range(3)), list("hi"), dict(a=1), set(), tuple([1]))
