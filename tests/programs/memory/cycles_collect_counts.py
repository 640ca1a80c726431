# gc.collect() returns the number of unreachable objects: self-referencing lists, dict cycles, instance cycles, and none for acyclic garbage.
import gc


class Node:
    pass


gc.collect()
l = []
l.append(l)
del l
print("list self-cycle", gc.collect())
a, b = {}, {}
a["b"] = b
b["a"] = a
del a, b
print("two dicts", gc.collect())
n1, n2 = Node(), Node()
n1.other, n2.other = n2, n1
del n1, n2
print("two instances", gc.collect())
x = [1, 2, 3]
del x
print("acyclic", gc.collect())
ring = [[] for _ in range(10)]
for i in range(10):
    ring[i].append(ring[(i + 1) % 10])
del ring
print("ring of 10 (the outer list was acyclic)", gc.collect())
t = ([],)
t[0].append(t)
del t
print("tuple and list", gc.collect())
print("nothing left", gc.collect())
