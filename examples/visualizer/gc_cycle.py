# A reference cycle: two nodes pointing at each other stay alive after `del`, until
# the garbage collector finds them unreachable.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
print("collected", gc.collect() > 0)
