# gc.get_referents and gc.get_referrers on lists, dicts, tuples and instances.
import gc


class Node:
    pass


inner = [1]
outer = [inner, "s", 2]
print(gc.get_referents(outer) == [inner, "s", 2])
d = {"key": inner}
print(sorted(map(repr, gc.get_referents(d))))
t = (inner, outer)
print(gc.get_referents(t) == [inner, outer])
print(any(r is outer for r in gc.get_referrers(inner)), any(r is d for r in gc.get_referrers(inner)))
n = Node()
n.attr = inner
print(any(r is inner for r in gc.get_referents(n.__dict__)))
print(gc.get_referents(1, "x"))
print(gc.get_referents([None, 1, "a"]), gc.get_referents((None,)), gc.get_referents({"k": None}))
