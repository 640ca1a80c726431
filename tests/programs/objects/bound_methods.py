# Bound and unbound methods: identity, equality, __self__/__func__, method caching, builtin methods.
class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self, other="world"):
        return f"{self.name} greets {other}"

    def __eq__(self, other):
        return isinstance(other, Greeter) and self.name == other.name

    __hash__ = None


g = Greeter("ann")
m1 = g.greet
m2 = g.greet
print(m1(), m1("bob"), type(m1).__name__)
print(m1 is m2, m1 == m2, m1.__self__ is g, m1.__func__ is Greeter.greet)
g2 = Greeter("ann")
print(g.greet == g2.greet)
print(Greeter.greet(g, "direct"), type(Greeter.greet).__name__)
print(m1.__name__, m1.__qualname__, m1.__doc__, m1.__module__)
try:
    m1.new_attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
Greeter.greet.tag = "function attribute"
print(m1.tag)
append = [].append
print(type(append).__name__, append.__name__, type(append.__self__).__name__)
lst = [3, 1, 2]
sort = lst.sort
sort()
print(lst, lst.sort.__self__ is lst)
upper = "abc".upper
print(upper(), upper.__self__)
print(type(str.upper).__name__, str.upper("xyz"), type(dict.fromkeys).__name__)
methods = [g.greet, Greeter("bo").greet]
print([m() for m in methods])
import_free = type(g.greet)
rebound = import_free(Greeter.greet, Greeter("made"))
print(rebound("manually"))


class CallableAttr:
    def __call__(self, *args):
        return ("callable instance", args)


class UsesCallable:
    attr = CallableAttr()


print(UsesCallable().attr(1))
try:
    Greeter.greet()
except TypeError as e:
    print(type(e).__name__, e)
print(repr(m1).startswith("<bound method Greeter.greet of"), repr(Greeter.greet).startswith("<function Greeter.greet at"))
print(repr(append).startswith("<built-in method append of list object at"))
