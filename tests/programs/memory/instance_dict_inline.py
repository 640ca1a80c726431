# An instance's __dict__ is part of the instance for the collector until guest code takes it
# (CPython 3.12's inline values; snakevm does not track the dict until then): cycles through
# attributes are found and counted as one object per instance, a dict taken with __dict__ or
# vars() keeps what it holds alive, and finalizers, weak references, copies and
# gc.get_referents/get_referrers see what CPython shows.
import copy
import gc
import pickle
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  __del__", self.name)


def collect(label):
    print(label, gc.collect())


gc.collect()
gc.disable()

# a cycle through attributes: two instances (their dicts are not counted)
a, b = Node("a"), Node("b")
a.other, b.other = b, a
probe = weakref.ref(a, lambda ref: print("  callback: a died"))
del a, b
collect("attribute cycle:")

# a self-reference
c = Node("c")
c.other = c
del c
collect("self cycle:")

# a dict taken with __dict__ outlives its instance, and keeps the cycle's objects alive
d = Node("d")
d.other = d
taken = d.__dict__
del d
collect("dict taken, instance kept by it:")
print("  still there:", taken["name"], taken["other"].name)
del taken
collect("dict dropped:")

# vars() takes it too
e = Node("e")
e.other = e
namespace = vars(e)
del e
collect("vars() taken:")
print("  ", sorted(namespace))
del namespace
collect("vars() dropped:")

# finalizers in a cycle run once, before the cycle is broken
f, g = Noisy("f"), Noisy("g")
f.partner, g.partner = g, f
del f, g
collect("finalized cycle:")

# referents and referrers: the instance holds its attribute values
h = Node("h")
value = ["payload"]
h.other = value
print("referents:", [x for x in gc.get_referents(h) if x is value] == [value], Node in gc.get_referents(h))
print("referrers:", [type(x).__name__ for x in gc.get_referrers(value) if x is h])
print("tracked:", gc.is_tracked(h), gc.is_tracked(h.__dict__))

# copies and pickles read the dict without taking it
i = Node("i")
i.other = [1, 2]
j = copy.copy(i)
k = copy.deepcopy(i)
m = pickle.loads(pickle.dumps(i))
print("copies:", j.name, j.other is i.other, k.other == i.other and k.other is not i.other, m.__dict__)
del i, j, k, m
collect("copies and pickles left:")

# replaced and deleted __dict__
n = Node("n")
n.__dict__ = {"name": "replaced", "other": n}
print("replaced:", n.name, n.other is n)
del n
collect("replaced dict cycle:")
o = Node("o")
del o.__dict__
print("deleted:", vars(o))
o.other = o
del o
collect("fresh dict cycle:")
gc.enable()
print("done")
