# category: subclass-walk
# must: metaclasses that override mro() or __subclasses__ cannot inject non-types into a walk
# oracle: cpython
class BadMro(type):
    def mro(cls):
        return [cls, 5, object]
try:
    class A(metaclass=BadMro):
        pass
    print("no error")
except TypeError as e:
    print("TypeError non-type in mro")
class EmptyMro(type):
    def mro(cls):
        return []
try:
    class B(metaclass=EmptyMro):
        pass
    print("empty mro", B.__mro__)
except Exception as e:
    print("empty mro", type(e).__name__)
class TupleMro(type):
    def mro(cls):
        return (cls, int, object)
try:
    class C(metaclass=TupleMro):
        pass
    print("mro with int", C.__mro__ == (C, int, object))
except Exception as e:
    print("mro with int", type(e).__name__)
class FakeSubs(type):
    def __subclasses__(cls):
        return ["not a type", 42]
class D(metaclass=FakeSubs):
    pass
print("overridden subclasses", D.__subclasses__())
print("real subclasses", type.__subclasses__(D))
class E(D):
    pass
print("real subclasses after E", type.__subclasses__(D) == [E])
print("object sees D", D in object.__subclasses__())
try:
    D.__mro__ = (D,)
except AttributeError as e:
    print("AttributeError set __mro__")
try:
    D.__bases__ = (5,)
except TypeError as e:
    print("TypeError set __bases__")
try:
    D.__bases__ = (int,)
except TypeError as e:
    print("TypeError layout", e)
class Raising(type):
    def mro(cls):
        raise KeyError("boom")
try:
    class F(metaclass=Raising):
        pass
except KeyError as e:
    print("KeyError from mro", e)
