"""itertools combinatoric iterators (interpreter level): results, keyword binding,
argument errors, subclasses, empty cases, sizes."""
import itertools as it, pickle
for f in (lambda: it.combinations('ab'), lambda: it.combinations('ab', -1), lambda: it.combinations('ab', 'x'), lambda: it.permutations('ab', 1, 2), lambda: it.product('a', repeat=-1), lambda: it.product('a', foo=1), lambda: it.combinations(iterable='ab', r=1, x=2), lambda: it.combinations('ab', iterable='x'), lambda: it.permutations(), lambda: it.combinations(1, 2), lambda: it.combinations('ab', q=1)):
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
print(list(it.combinations(iterable='abc', r=2)), list(it.permutations('abc', r=None))[:2])
print(list(it.product('ab', [1, 2], repeat=2))[:5], list(it.combinations_with_replacement(range(3), 2)))
class C(it.combinations):
    def extra(self): return 1
c = C('abcd', 3); print(type(c).__name__, next(c), c.extra(), list(c))
print(it.combinations.__module__, type(it.product()).__name__, list(it.product()), list(it.permutations([], 0)))
print(len(list(it.permutations(range(7)))), sum(1 for _ in it.combinations(range(20), 5)))
