# category: builtin-args
# must: itertools/operator/functools helpers with bad arguments raise the same errors as CPython
# oracle: cpython
import itertools as it, operator as op, functools as ft
cases = [
    'list(it.repeat(1, -1))',
    "it.islice('abc', -1)",
    "it.islice('a', 'x')",
    "list(it.islice('abc', None, None, 0))",
    "next(it.count('a'))",
    "list(it.product('ab', repeat=-1))",
    "list(it.permutations('ab', -1))",
    "list(it.combinations('ab', -1))",
    "list(it.combinations('ab', 5))",
    'type(it.chain(5)).__name__',
    'list(it.chain(5))',
    'list(it.chain.from_iterable([1]))',
    "it.tee('a', -1)",
    'list(it.accumulate(5))',
    "list(it.accumulate([1, 'a']))",
    "list(it.batched('abc', 0))",
    'list(it.pairwise(5))',
    'list(it.starmap(len, [1]))',
    "list(it.compress('ab', 5))",
    'it.groupby(5)',
    "list(it.zip_longest('a', 5))",
    'it.cycle()',
    'list(it.dropwhile(5, [1]))',
    'op.itemgetter()',
    'op.attrgetter(5)',
    "op.attrgetter('a..b')(1)",
    "op.attrgetter('real.imag')(5)",
    'op.methodcaller()',
    'op.methodcaller(5)',
    'op.add(1)',
    'op.index(1.5)',
    "op.length_hint(5, 'x')",
    'op.length_hint(5, -1)',
    'op.getitem([], 1)',
    'op.concat(1, 2)',
    'op.countOf(5, 1)',
    'op.indexOf([1], 2)',
    'op.setitem((), 0, 1)',
    'ft.reduce(op.add, [])',
    'ft.reduce(5, [1, 2])',
    'ft.reduce(op.add, 5)',
    'ft.partial()',
    'ft.cmp_to_key(5)(1) < ft.cmp_to_key(5)(2)',
    "ft.lru_cache(maxsize='x')",
    'type(ft.lru_cache(5)).__name__',
    "ft.lru_cache(-1)(len)('ab')",
    'ft.lru_cache(None)(len)([])',
    'ft.total_ordering(5)',
    'ft.singledispatch(len).register(5)',
    'ft.wraps(5)(len)',
    'ft.cache(5)(1)',
]
for src in cases:
    try:
        r = eval(src)
        print("ok", src, repr(r)[:80])
    except Exception as e:
        print(src, type(e).__name__, e)
