# Weak references to objects in a collected cycle are cleared before finalizers run, and their callbacks are called.
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, "ref now", self.ref())


gc.collect()
a = Node("a")
a.me = a
a.ref = weakref.ref(a)
watcher = weakref.ref(a, lambda r: print("callback, dead:", r() is None))
del a
print("collected", gc.collect())
print(watcher())
