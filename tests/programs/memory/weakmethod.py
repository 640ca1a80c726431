# weakref.WeakMethod keeps a bound method alive as long as its object; dies with it, with its callback.
import weakref


class C:
    def method(self):
        return "called"


c = C()
wm = weakref.WeakMethod(c.method, lambda r: print("method ref died"))
print(wm()(), wm() == c.method)
try:
    weakref.ref(c.method)
    print("plain ref to bound method created")
except TypeError as e:
    print(type(e).__name__, e)
del c
print(wm())
