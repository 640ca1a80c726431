# __set_name__: called for descriptors at class creation with owner and name, ordering, late assignment.
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.owner = owner
        self.name = name
        self.storage = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage, "unset")

    def __set__(self, obj, value):
        setattr(obj, self.storage, value)


class Model:
    first = Field()
    second = Field()
    alias = first


m = Model()
print(m.first, Model.first.name, Model.alias.name)
m.first = "value"
print(m.first, m._alias, m.alias, sorted(vars(m)))
late = Field()
Model.late = late
print(hasattr(late, "name"))
late.__set_name__(Model, "late")
print(late.name)


class Broken:
    def __set_name__(self, owner, name):
        raise ValueError("refusing name " + name)


try:
    class Host:
        attr = Broken()
except ValueError as e:
    print(type(e).__name__, e, "| notes:", getattr(e, "__notes__", None))


class NotADescriptor:
    def __set_name__(self, owner, name):
        print("plain object told its name:", name)


class Holder:
    thing = NotADescriptor()


Dyn = type("Dyn", (), {"f": Field()})
print(Dyn.f.owner.__name__)


class Called:
    __set_name__ = lambda self, owner, name: print("lambda set_name", name)


class UsesCalled:
    c = Called()
