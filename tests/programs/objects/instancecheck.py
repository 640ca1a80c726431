# isinstance/issubclass with tuples, unions, __instancecheck__/__subclasscheck__ on metaclasses, __class__ override.
class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, type(obj).__name__)
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return hasattr(sub, "quack")


class Duck(metaclass=Meta):
    pass


class Robot:
    def quack(self):
        return "beep"


print(isinstance(Robot(), Duck), isinstance(1, Duck))
print(issubclass(Robot, Duck), issubclass(int, Duck))
print(isinstance(Duck(), Duck))
print(isinstance(1, (str, (bytes, int))), isinstance(1, int | str), issubclass(bool, int | None))
print(isinstance(True, int), issubclass(bool, object), isinstance(int, type), isinstance(type, type))
print(issubclass(int, (str, int)), isinstance(None, type(None)))
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(1, [int])
except TypeError as e:
    print(type(e).__name__, e)


class Pretender:
    @property
    def __class__(self):
        return int


p = Pretender()
print(isinstance(p, int), isinstance(p, Pretender), type(p).__name__)


class Weird(type):
    def __instancecheck__(cls, obj):
        return "truthy string"


class W(metaclass=Weird):
    pass


print(isinstance(5, W))


class A: pass
class B(A): pass


print(isinstance(B(), A), issubclass(B, B), issubclass(A, B), A.__subclasses__())
print(type.__instancecheck__(A, B()), type.__subclasscheck__(A, B))
