# Calling a class that has neither __new__ nor __init__ of its own (object's both) makes its
# instance at once; with arguments, an abstract method, __slots__, a __del__, a metaclass, or an
# __init__/__new__ added later, it behaves as CPython's type.__call__ does.
import abc
import gc


class Bare:
    pass


class WithSlots:
    __slots__ = ("a",)


class Finalized:
    def __del__(self):
        print("  finalized", type(self).__name__)


class Abstract(abc.ABC):
    @abc.abstractmethod
    def run(self):
        pass


class Meta(type):
    def __call__(cls, *args):
        print("  Meta.__call__", cls.__name__, args)
        return super().__call__(*args)


class WithMeta(metaclass=Meta):
    pass


def make(cls, *args, **kwargs):
    try:
        obj = cls(*args, **kwargs)
        return type(obj).__name__
    except TypeError as e:
        return "TypeError: %s" % e


for _ in range(60):
    made = [make(Bare), make(WithSlots), make(Bare, 1), make(Bare, key=2), make(Abstract)]
print(made)
b = Bare()
b.x = 1
print(vars(b), isinstance(b, Bare), type(b) is Bare)
for i in range(3):
    Finalized()
    print("made", i)
print(make(WithMeta), make(WithMeta, 5))
Bare.__init__ = lambda self, v=0: setattr(self, "v", v)
print(make(Bare, 7), Bare(8).v)
del Bare.__init__
print(make(Bare), make(Bare, 9))
Bare.__new__ = lambda cls, *args: "from __new__"
print(Bare(), Bare(1, 2))
del Bare.__new__
print(make(Bare))
gc.collect()
