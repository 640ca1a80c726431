# sys.getrefcount follows the references the program makes: names, container slots, arguments.
import sys


class Obj:
    pass


o = Obj()
base = sys.getrefcount(o)
alias = o
print(sys.getrefcount(o) - base)
box = [o, o, o]
print(sys.getrefcount(o) - base)
d = {"k": o}
print(sys.getrefcount(o) - base)
del alias, box, d
print(sys.getrefcount(o) - base)


def inside(x):
    return sys.getrefcount(x) - base


print(inside(o) > 0)
