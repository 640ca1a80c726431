# The order finalizers run in when containers die: a list from its end, a dict in insertion order, a tuple from its end, nested containers.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


items = [Noisy("l0"), Noisy("l1"), Noisy("l2")]
del items
print("--")
table = {"a": Noisy("d0"), "b": Noisy("d1"), "c": Noisy("d2")}
del table
print("--")
pair = (Noisy("t0"), Noisy("t1"))
del pair
print("--")
nested = [[Noisy("inner0")], Noisy("outer1")]
nested = None
print("--")
holder = {"list": [Noisy("x")], "obj": Noisy("y")}
holder.clear()
print("end")
