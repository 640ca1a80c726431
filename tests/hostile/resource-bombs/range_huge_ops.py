# category: resource-bombs
# must: operations on range(10**20) and other huge ranges are computed arithmetically or raise OverflowError, never iterate
# oracle: cpython
def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r)
    except (OverflowError, ValueError, IndexError, TypeError, MemoryError) as e:
        print(label, type(e).__name__, e)

r = range(10**20)
attempt("len", lambda: len(r))
attempt("__len__", lambda: r.__len__())
attempt("bool", lambda: bool(r))
attempt("index in", lambda: 10**19 in r)
attempt("index()", lambda: r.index(10**19 + 7))
attempt("count()", lambda: r.count(5))
attempt("item", lambda: r[10**19])
attempt("item -1", lambda: r[-1])
attempt("item out", lambda: r[10**20])
attempt("slice", lambda: r[10**19::3])
attempt("slice len", lambda: r[::7].stop)
attempt("reversed", lambda: next(reversed(r)))
attempt("iter next", lambda: next(iter(r)))
attempt("hash equal", lambda: hash(r) == hash(range(0, 10**20, 1)))
attempt("eq", lambda: r == range(0, 10**20))
attempt("step huge", lambda: list(range(0, 10**20, 10**19)))
attempt("negative step", lambda: range(10**20, 0, -3)[-1])
attempt("enumerate start", lambda: next(enumerate(r, 10**30)))
attempt("zip", lambda: next(zip(r, r)))
attempt("sum of slice", lambda: sum(r[:10]))
attempt("len(range(-10**20, 10**20))", lambda: len(range(-10**20, 10**20)))
attempt("range(2**63)[2**62]", lambda: range(2**63)[2**62])
attempt("range step 0", lambda: range(0, 1, 0))
attempt("range float", lambda: range(1.0))
attempt("reversed len hint", lambda: reversed(r).__length_hint__())
attempt("iter len hint", lambda: iter(r).__length_hint__())
attempt("range.__reduce__", lambda: r.__reduce__())
