# weakref.finalize: called when the object dies, or explicitly once; detach, alive, atexit behaviour.
import weakref


class Resource:
    pass


r = Resource()
f = weakref.finalize(r, print, "finalized", 1)
print("alive", f.alive)
del r
print("alive after del", f.alive)
r2 = Resource()
f2 = weakref.finalize(r2, lambda: "result")
print("explicit", f2(), f2(), f2.alive)
r3 = Resource()
f3 = weakref.finalize(r3, print, "never")
print("detach", f3.detach()[1:] if f3.detach() is None else "detached")
r4 = Resource()
f4 = weakref.finalize(r4, print, "at exit")
print("atexit", f4.atexit)
print("end")
