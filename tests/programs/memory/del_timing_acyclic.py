# __del__ of acyclic objects runs when the last reference goes: del, rebinding, leaving a frame, clearing containers, popping, attribute deletion.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


print("del statement")
a = Noisy("a")
del a
print("rebinding")
b = Noisy("b1")
b = Noisy("b2")
print("leaving a frame")


def f():
    x = Noisy("local")
    print("  in f")


f()
print("list clear / pop / slice delete")
items = [Noisy("i0"), Noisy("i1"), Noisy("i2")]
items.pop()
del items[0]
items.clear()
print("dict value replaced and deleted")
d = {"k": Noisy("v1")}
d["k"] = Noisy("v2")
del d["k"]
print("attribute deleted")


class Holder:
    pass


h = Holder()
h.x = Noisy("attr")
del h.x
print("temporary")
Noisy("temp")
print("return value dropped")
(lambda: Noisy("returned"))()
print("end")
b = None
