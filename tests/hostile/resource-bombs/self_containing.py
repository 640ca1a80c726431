# category: resource-bombs
# must: str/repr/==/hash/len of self-containing and 100 000-deep nested containers end in '[...]' or RecursionError, never a crash
# oracle: cpython
def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", str(r)[:40])
    except (RecursionError, MemoryError, ValueError, TypeError) as e:
        print(label, type(e).__name__)

l = [1]
l.append(l)
d = {}
d["self"] = d
d["list"] = [d]
t = ([],)
t[0].append(t)
attempt("str self list", lambda: str(l))
attempt("repr self dict", lambda: repr(d))
attempt("repr tuple via list", lambda: repr(t))
attempt("self list == self list", lambda: l == l)
attempt("self list == copy", lambda: l == [1, l])
attempt("self list in", lambda: 2 in l)
attempt("hash tuple with list", lambda: hash(t))
attempt("sorted self", lambda: sorted([l, l]))

deep = []
for _ in range(100000):
    deep = [deep]
deep2 = []
for _ in range(100000):
    deep2 = [deep2]
attempt("str deep list", lambda: len(str(deep)))
attempt("deep == deep", lambda: deep == deep2)
attempt("deep < deep", lambda: deep < deep2)
deept = ()
for _ in range(100000):
    deept = (deept,)
t1 = t2 = ()
for _ in range(500):
    t1, t2 = (t1,), (t2,)
attempt("hash 500-deep tuple", lambda: hash(t1) == hash(t2))
attempt("repr deep tuple", lambda: len(repr(deept)))
deepd = {}
for _ in range(100000):
    deepd = {"k": deepd}
attempt("repr deep dict", lambda: len(repr(deepd)))
attempt("str deep after", lambda: str([[[1]]]))
del deep, deep2, deept, deepd
print("done")
