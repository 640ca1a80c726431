# Callbacks run newest first when the referent dies; a reference that dies before its referent never calls back; exceptions in callbacks are unraisable.
import sys
import weakref


class Target:
    pass


sys.unraisablehook = lambda args: print("unraisable", args.exc_type.__name__, args.exc_value)
t = Target()
refs = [weakref.ref(t, lambda r, i=i: print("callback", i)) for i in range(4)]
dropped = weakref.ref(t, lambda r: print("never"))
del dropped
bad = weakref.ref(t, lambda r: 1 / 0)
del t
print("after del")
u = Target()
keep = weakref.ref(u, lambda r: print("callback sees dead ref", r() is None))
u = None
