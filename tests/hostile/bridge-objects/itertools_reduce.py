# category: bridge-objects
# must: __reduce__/__setstate__ of itertools objects return only guest objects and warn as CPython 3.12 does
# oracle: cpython
import itertools, warnings, copy, pickle

def ordinary(x):
    t = type(x)
    try:
        repr(x)
    except Exception:
        return False
    return isinstance(t.__module__, str) and (type(t) is type or issubclass(type(t), type))

def deep_ok(x, depth=3):
    if not ordinary(x):
        return False
    if depth and isinstance(x, tuple):
        return all(deep_ok(v, depth - 1) for v in x)
    return True

objs = {
    "count": itertools.count(5, 2),
    "cycle": itertools.cycle("ab"),
    "repeat": itertools.repeat(1, 3),
    "chain": itertools.chain([1], [2]),
    "islice": itertools.islice(range(10), 2, 8, 2),
    "accumulate": itertools.accumulate([1, 2, 3]),
    "product": itertools.product("ab", repeat=2),
    "permutations": itertools.permutations([1, 2, 3]),
    "combinations": itertools.combinations([1, 2, 3], 2),
    "groupby": itertools.groupby("aabb"),
    "starmap": itertools.starmap(pow, [(2, 3)]),
    "takewhile": itertools.takewhile(bool, [1, 0]),
    "zip_longest": itertools.zip_longest([1], [2, 3]),
    "compress": itertools.compress("abc", [1, 0, 1]),
    "pairwise": itertools.pairwise([1, 2, 3]),
    "batched": itertools.batched([1, 2, 3], 2),
}
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    for name, it in objs.items():
        try:
            next(it)
        except StopIteration:
            pass
        try:
            r = it.__reduce__()
            print(name, "reduce", deep_ok(r), type(r).__name__)
        except TypeError as e:
            print(name, "TypeError")
    print("warnings", sorted({c.category.__name__ for c in w}), len(w) > 0)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    c = copy.copy(itertools.count(3))
    print("copy count", next(c))
    r = pickle.loads(pickle.dumps(itertools.cycle([1, 2])))
    print("pickle cycle", [next(r) for _ in range(3)])
    t = itertools.tee([1, 2, 3])
    print("tee", type(t[0]).__name__, ordinary(t[0].__reduce__()))
    it = itertools.count()
    for state in [None, 5, (1,), "x"]:
        try:
            it.__setstate__(state)
            print("setstate accepted", repr(state))
        except (TypeError, AttributeError) as e:
            print("setstate", repr(state), type(e).__name__)
    ch = itertools.chain()
    for state in [(iter([1]),), (iter([1]), iter([2])), (5,), ("a", "b"), ()]:
        try:
            ch.__setstate__(state)
            print("chain setstate ok")
        except (TypeError, ValueError) as e:
            print("chain setstate", type(e).__name__)
