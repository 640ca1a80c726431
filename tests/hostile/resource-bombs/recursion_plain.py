# category: resource-bombs
# must: plain, mutual, lambda, generator, class-body and comprehension recursion end in RecursionError and the VM keeps working
# oracle: cpython
import sys

def f(n): return f(n + 1)
def a(n): return b(n + 1)
def b(n): return a(n + 1)
lam = lambda: lam()
def gen(n):
    yield from gen(n + 1)
def comp(n):
    return [comp(n + 1) for _ in range(1)]
def make_class():
    class K:
        make_class()
def deco(fn):
    return deco(fn)
def kwargs(**k):
    return kwargs(**k, **{"x%d" % len(k): 1})
def catching(n):
    try:
        return catching(n + 1)
    except RecursionError:
        raise
def in_finally(n):
    try:
        pass
    finally:
        in_finally(n + 1)

G = {}
G["e"] = lambda: eval("e()", G)
cases = [("plain", lambda: f(0)), ("mutual", lambda: a(0)), ("lambda", lam),
         ("yield from", lambda: next(gen(0))), ("comprehension", lambda: comp(0)),
         ("class body", make_class), ("decorator", lambda: deco(1)), ("growing kwargs", kwargs),
         ("catch and reraise", lambda: catching(0)), ("finally", lambda: in_finally(0)),
         ("exec", lambda: exec("def r(): r()\nr()", {})), ("eval nesting", lambda: eval("e()", G))]
for label, fn in cases:
    try:
        fn()
        print(label, "returned")
    except RecursionError as e:
        print(label, "RecursionError", e)
    except TypeError as e:
        print(label, "TypeError")
for i in range(3):
    try:
        f(0)
    except RecursionError:
        print("again", i, "RecursionError")
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print("recovered", depth(900))
