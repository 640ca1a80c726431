# set: construction, add/discard/remove/pop, algebra operators and methods, comparisons, reprs, errors.
s = {3, 1, 2}
s.add(4)
s.add(1)
s.discard(10)
s.remove(3)
print(sorted(s), len(s), 2 in s, 3 not in s, set(), repr(set()), {1}, repr({"a"}))
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union([9], (8,))), sorted(a.intersection(range(3))), sorted(a.difference({1}, {2})), sorted(a.symmetric_difference([4, 6])))
print({1, 2} <= {1, 2}, {1, 2} < {1, 2}, {1} < {1, 2}, {1, 2, 3} > {1}, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint({9}))
c = set(a)
c |= {10}
c &= {1, 2, 10}
c -= {2}
c ^= {1, 7}
print(sorted(c))
c.update([20], "x")
c.intersection_update({20, "x", 10})
print(sorted(c, key=str))
c.difference_update({"x"})
c.symmetric_difference_update({10, 30})
print(sorted(c))
print(len({1, 1.0, True}), {0, False, 0.0} == {0}, set("hello") == set("olleh"), sorted(set("mississippi")))
p = {42}
print(p.pop(), p, bool(p))
for src in ["set().pop()", "{1}.remove(2)", "{[1]}", "{1} + {2}", "{1} < [1]", "set(5)", "{1}.add([])", "{1} & 5"]:
    try:
        print(src, "->", eval(src))
    except (KeyError, TypeError) as e:
        print(src, "->", type(e).__name__, e)
print({1, 2} == frozenset({1, 2}), {1} | frozenset({2}), type({1} | frozenset({2})).__name__, type(frozenset({2}) | {1}).__name__)
s2 = {1, 2, 3}
try:
    for x in s2:
        s2.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
print(set(range(5)) - set(range(0, 5, 2)), {x % 3 for x in range(10)}, set([(1, 2), (1, 2)]))
print(a.copy() == a, a.copy() is a, sorted(a | set()), {1, 2}.__len__(), set.__name__)
