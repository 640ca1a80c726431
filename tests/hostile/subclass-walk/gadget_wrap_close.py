# category: subclass-walk
# must: the os._wrap_close gadget hands back the guest's own os functions only
# oracle: cpython
import os
subs = object.__subclasses__()
wc = [c for c in subs if c.__name__ == '_wrap_close']
print("found", len(wc) == 1)
c = wc[0]
print("module", c.__module__)
g = c.__init__.__globals__
print("globals is os dict", g is os.__dict__)
for name in ['system', 'popen', 'execv', 'fork', 'listdir', 'remove', 'getcwd']:
    f = g.get(name)
    print(name, f is getattr(os, name, None), callable(f))
print("getcwd str", type(g['getcwd']()) is str)
print("listdir list", type(g['listdir']('.')) is list)
try:
    c()
except TypeError as e:
    print("TypeError no args")
class P:
    def close(self):
        return 3
    def read(self):
        return 'data'
w = c(P(), P())
print("read via getattr", w.read())
print("close", w.close())
with w as x:
    print("enter returns self", x is w)
print("iter", hasattr(w, '__iter__'))
