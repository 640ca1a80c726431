# Non-data descriptors (only __get__): instance __dict__ shadows them; functions as descriptors; caching.
class Cached:
    def __init__(self, func):
        self.func = func
        self.name = func.__name__

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        print("computing", self.name)
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value


class Circle:
    def __init__(self, r):
        self.r = r

    @Cached
    def area(self):
        return 3 * self.r * self.r


c = Circle(2)
print(c.area)
print(c.area)
del c.__dict__["area"]
print(c.area)
print(type(Circle.area).__name__)


class Constant:
    def __get__(self, obj, objtype):
        return ("constant", obj is None, objtype.__name__)


class Holder:
    value = Constant()


h = Holder()
print(h.value, Holder.value)
h.value = "instance wins"
print(h.value)


def plain(self, x=0):
    return ("plain called", type(self).__name__, x)


bound = plain.__get__(h, Holder)
print(bound(), type(bound).__name__, plain.__get__(None, Holder) is plain)
Holder.method = plain
print(h.method(5))
h.method = lambda: "instance attribute function is not bound"
print(h.method())


class Tracer:
    def __get__(self, obj, objtype=None):
        return lambda *a: ("traced", a)


class UsesTracer:
    __len__ = Tracer()
    call = Tracer()


u = UsesTracer()
print(u.call(1))
try:
    print(len(u))
except TypeError as e:
    print(type(e).__name__, e)
print(hasattr(Constant(), "__set__"), hasattr(Constant, "__get__"))
