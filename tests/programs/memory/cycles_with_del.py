# Cycles whose members define __del__ are collected (PEP 442): each finalizer runs once, before the cycle is broken, seeing intact objects.
import gc


class Member:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("finalizing", self.name, "partner", self.partner.name)


gc.collect()
a, b = Member("a"), Member("b")
a.partner, b.partner = b, a
del a, b
print("before collect")
print("collected", gc.collect())
print("garbage", gc.garbage)
