# Data descriptors (__get__ + __set__/__delete__) take precedence over instance __dict__; lookup on class.
class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"<Typed {self.name} on {objtype.__name__}>"
        print("get", self.name)
        return obj.__dict__.get(self.name, "missing")

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        print("set", self.name, value)
        obj.__dict__[self.name] = value

    def __delete__(self, obj):
        print("delete", self.name)
        obj.__dict__.pop(self.name, None)


class Person:
    name = Typed(str)
    age = Typed(int)


p = Person()
print(p.name)
p.name = "ann"
p.age = 30
print(p.name, p.age)
try:
    p.age = "thirty"
except TypeError as e:
    print(type(e).__name__, e)
p.__dict__["name"] = "bypassed dict"
print(p.name)
del p.age
print(p.age)
print(Person.name)


class GetSetOnly:
    def __get__(self, obj, objtype=None):
        return "from descriptor"

    def __set__(self, obj, value):
        raise AttributeError("read-only descriptor")


class Host:
    attr = GetSetOnly()


h = Host()
h.__dict__["attr"] = "instance dict value"
print(h.attr)
try:
    h.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del h.attr
except AttributeError as e:
    print(type(e).__name__, e)


class SetOnly:
    def __set__(self, obj, value):
        obj.__dict__["stored"] = value * 2


class Host2:
    stored = SetOnly()


h2 = Host2()
print(type(h2.stored).__name__)
h2.stored = 21
print(h2.stored)
Host2.stored = "replaced on class"
print(Host2.stored, h2.stored)
