# weakref.ref: dereferencing, dead references, callbacks with the reference, sharing of the basic reference, hashing, equality and counts.
import weakref


class Target:
    pass


t = Target()
r1 = weakref.ref(t)
r2 = weakref.ref(t)
print("shared basic ref", r1 is r2)
calls = []
r3 = weakref.ref(t, lambda ref: calls.append(ref is r3))
print("with callback is new", r3 is not r1)
print("deref", r1() is t, r3() is t)
print("count", weakref.getweakrefcount(t), len(weakref.getweakrefs(t)))
print("equal while alive", r1 == r3, hash(r1) == hash(t))
h = hash(r1)
del t
print("dead", r1(), r3(), calls)
print("hash kept", hash(r1) == h)
print("equal when dead", r1 == r3, r1 == r1)
try:
    hash(weakref.ref(Target()))
except TypeError as e:
    print(type(e).__name__, e)
for obj in (1, "s", [], {}, (), None):
    try:
        weakref.ref(obj)
    except TypeError as e:
        print(type(e).__name__, e)
print(weakref.ref(len)() is len, weakref.ref(Target)() is Target)
print(weakref.ref.__callback__.__class__.__name__, r3.__callback__, r1.__callback__)
import re


def renamed():
    pass


renamed.__name__ = "it's\tnamed"
named = Target()
named.__name__ = 5
for obj in (renamed, Target, named):
    print(re.sub(r"0x[0-9a-f]+", "ADDR", repr(weakref.ref(obj))))
