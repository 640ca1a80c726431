# category: resource-bombs
# must: deeply stacked lazy iterators (map, filter, zip, generators, chain) are consumed or end in RecursionError, never a crash
# oracle: cpython
import itertools

def attempt(label, fn):
    try:
        print(label, "ok", fn())
    except (RecursionError, MemoryError) as e:
        print(label, type(e).__name__)

def stacked(make, depth):
    it = iter(range(5))
    for _ in range(depth):
        it = make(it)
    return it

for depth in (100, 400):
    attempt("map %d" % depth, lambda: list(stacked(lambda i: map(abs, i), depth)))
    attempt("filter %d" % depth, lambda: list(stacked(lambda i: filter(None, i), depth)))
    attempt("zip %d" % depth, lambda: len(list(stacked(lambda i: zip(i), depth))))
    attempt("generator %d" % depth, lambda: list(stacked(lambda i: (x for x in i), depth)))
    attempt("chain %d" % depth, lambda: list(stacked(lambda i: itertools.chain(i), depth)))
    attempt("enumerate %d" % depth, lambda: len(list(stacked(enumerate, depth))))
    attempt("islice %d" % depth, lambda: list(stacked(lambda i: itertools.islice(i, 3), depth)))

def gen_yield_from(n):
    if n == 0:
        yield 1
    else:
        yield from gen_yield_from(n - 1)
attempt("yield from 500", lambda: list(gen_yield_from(500)))
attempt("yield from 5000", lambda: list(gen_yield_from(5000)))
tee = iter(range(3))
for _ in range(1000):
    tee = itertools.tee(tee, 1)[0]
attempt("tee 1000", lambda: list(tee))
attempt("cycle islice", lambda: sum(itertools.islice(itertools.cycle([1, 2]), 100000)))
attempt("repeat huge islice", lambda: len(list(itertools.islice(itertools.repeat(0, 10**18), 5))))
attempt("count huge start", lambda: next(itertools.count(10**100)))
attempt("product huge repeat", lambda: next(itertools.product([1], repeat=100000))[:3])
