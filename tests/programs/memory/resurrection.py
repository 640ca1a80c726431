# PEP 442: a finalizer that resurrects its object runs only once, for acyclic objects and for cycles found by the collector.
import gc

saved = []


class Phoenix:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)
        saved.append(self)


p = Phoenix("acyclic")
del p
print("saved", [s.name for s in saved])
saved.clear()
print("cleared saved list (no second __del__)")
gc.collect()
c = Phoenix("cycle")
c.me = c
del c
print("collect", gc.collect())
print("saved", [s.name for s in saved], gc.is_finalized(saved[0]))
s = saved.pop()
s.me = None
del s
print("collect again", gc.collect())
