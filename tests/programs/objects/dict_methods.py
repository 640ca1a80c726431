# dict: construction forms, get/setdefault/pop/popitem/update/fromkeys/copy/clear, insertion order, reprs.
d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, list(d), len(d), "a" in d, 10 in d)
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=1), dict(zip("ab", range(2))), dict())
print(d.get("a"), d.get("zz"), d.get("zz", "default"), d.setdefault("a", 99), d.setdefault("new", []), d)
print(d.pop("new"), d.pop("missing", "fallback"), d)
d.update({"d": 4}, e=5)
d.update([("f", 6)])
print(d)
print(d.popitem(), d.popitem(), d)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), {}.fromkeys(range(2), "x"))
c = d.copy()
c["zz"] = 0
print(c is d, "zz" in d, c)
c.clear()
print(c, {} == {}, {"a": 1} == {"a": 1.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
del d["a"]
d["a"] = "re-added goes to the end"
print(list(d))
shared = dict.fromkeys("xy", [])
shared["x"].append(1)
print(shared)
print(repr({1: {2: [3, (4,)]}}), str({"q": "quote'"}), {None: None, True: False, (1, 2): 1.5})
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e, repr(e))
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    d.pop("nothing")
except KeyError as e:
    print(type(e).__name__, e)
try:
    dict(a=1, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
it_d = {"one": 1}
try:
    for k in it_d:
        it_d["two"] = 2
except RuntimeError as e:
    print(type(e).__name__, e)
print(sorted({3: "c", 1: "a", 2: "b"}.items()), min({"b": 1, "a": 2}), max({"b": 1, "a": 2}.values()))
print(dict(sorted({"b": 2, "a": 1}.items())), dict.__name__, type({}.keys()).__name__)
print({k: v for k, v in [("x", 1), ("x", 2)]}, {**{"a": 1}, **{"a": 2, "b": 3}})
