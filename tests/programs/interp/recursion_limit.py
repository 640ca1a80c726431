# RecursionError at the default limit: caught and reported without depth details; recovery afterwards.
import sys

print(sys.getrecursionlimit())


def infinite(n):
    return infinite(n + 1)


try:
    infinite(0)
except RecursionError as e:
    print("caught", type(e).__name__, isinstance(e, RuntimeError))


def infinite_method_chain():
    class Loop:
        def __getattr__(self, name):
            return getattr(self, name + "x")
    return Loop().attr


try:
    infinite_method_chain()
except RecursionError:
    print("caught in __getattr__ loop")


class ReprLoop:
    def __repr__(self):
        return repr(self)


try:
    repr(ReprLoop())
except RecursionError:
    print("caught in __repr__ loop")


def recover():
    return "still works"


print(recover())
try:
    infinite(0)
except RecursionError:
    print("caught again")


def limited(n):
    return 0 if n == 0 else 1 + limited(n - 1)


print(limited(500))
sys.setrecursionlimit(200)
try:
    limited(500)
except RecursionError:
    print("caught at lower limit")
sys.setrecursionlimit(1000)
print(limited(800))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
