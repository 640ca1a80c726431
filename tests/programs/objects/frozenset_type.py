# frozenset: hashable, usable as dict keys and set members, operations return frozenset, immutability.
f = frozenset([3, 1, 2, 1])
print(sorted(f), len(f), 1 in f, repr(frozenset()), repr(frozenset([1])), type(f).__name__)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), frozenset() == frozenset(), frozenset([1]) == {1})
d = {frozenset({"a", "b"}): "ab", frozenset(): "empty"}
print(d[frozenset({"b", "a"})], d[frozenset()])
nested = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(nested), frozenset({1}) in nested)
g = frozenset({2, 3, 4})
print(sorted(f | g), sorted(f & g), sorted(f - g), sorted(f ^ g), type(f | g).__name__, type(f.union([9])).__name__)
print(f <= frozenset(range(5)), f.isdisjoint({9}), f.issuperset({1}), f.copy() is f)
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
h = f
h |= {10}
print(sorted(h), sorted(f), h is f)


class MyFrozen(frozenset):
    pass


mf = MyFrozen([1, 2])
print(type(mf).__name__, type(mf | {3}).__name__, type(mf.copy()).__name__, sorted(mf), mf == frozenset({1, 2}))
print(repr(MyFrozen()), repr(MyFrozen([5])))
print(frozenset("aab") == frozenset("ab"), sorted(frozenset("hello")), frozenset(x for x in range(3)) == {0, 1, 2})
print(frozenset({frozenset({1})}), {frozenset(): 1})
print(set(f) == f, type(set(f)).__name__, frozenset.__mro__)
try:
    frozenset([[]])
except TypeError as e:
    print(type(e).__name__, e)
