# Attribute lookup on types: metaclass data descriptors vs class __dict__, metaclass methods, type.__dict__ entries.
class MetaProp(type):
    @property
    def shared(cls):
        return f"metaclass property for {cls.__name__}"

    def meta_method(cls):
        return f"meta_method bound to {cls.__name__}"

    plain = "metaclass plain attribute"


class Klass(metaclass=MetaProp):
    shared = "class attribute shadowed by metaclass data descriptor"
    plain = "class attribute wins over metaclass non-descriptor"

    def method(self):
        return "instance method"


print(Klass.shared)
print(Klass.plain)
print(Klass().shared)
print(Klass.meta_method())
try:
    Klass().meta_method()
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Klass.__dict__["method"]).__name__, type(Klass.method).__name__, type(Klass().method).__name__)
print(type(type.__dict__["__name__"]).__name__, type(int.__dict__["real"]).__name__, type(list.__dict__["append"]).__name__)
print(type(object.__dict__["__class__"]).__name__, type(int.__dict__["from_bytes"]).__name__, type(dict.__dict__["fromkeys"]).__name__)
print(type(str.__dict__["maketrans"]).__name__, type(object.__dict__["__init_subclass__"]).__name__)
print(Klass.__name__, Klass.__qualname__, type(Klass).__name__, Klass.__class__.__name__)
Klass.__name__ = "Renamed"
print(Klass.__name__, repr(Klass))
try:
    Klass.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.__name__ = "x"
except TypeError as e:
    print(type(e).__name__, e)
print(int.real.__get__(5), int.__dict__["real"].__name__, list.append.__name__, list.append.__qualname__)
print("__doc__" in type.__dict__, type(int.__doc__).__name__)
print(type.__dict__["mro"].__name__, type.mro(bool)[0].__name__, len(type.__subclasses__(type)) >= 0)
