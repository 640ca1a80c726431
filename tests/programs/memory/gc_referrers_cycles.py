# get_referrers finds the containers and instances holding an object; a collected cycle no longer shows up.
import gc


class Node:
    pass


gc.collect()
target = Node()
holder_list = [target]
holder_obj = Node()
holder_obj.ref = target
print(sorted(type(r).__name__ for r in gc.get_referrers(target)
             if r is holder_list or r is holder_obj))
a = Node()
a.me = a
a.t = target
print(sum(1 for r in gc.get_referrers(target) if isinstance(r, Node)))
del a
gc.collect()
print(sum(1 for r in gc.get_referrers(target) if isinstance(r, Node)))
