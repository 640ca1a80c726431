"""format() of int/str/float subclasses with an empty spec uses str(); dir()
of a class goes through its metaclass's __dir__ (enum); a module's __class__
can be set to a ModuleType subclass (importlib.util.LazyLoader does)."""
import enum
import types


class I(int):
    def __str__(self):
        return "eye"


class S(str):
    def __str__(self):
        return "ess"


class F(float):
    def __str__(self):
        return "eff"


print(format(I(3)), format(I(3), "d"), format(S("x")), format(S("x"), ">3"), format(F(1.5)))
print(format(True), f"{I(4)}", f"{I(4):x}", "{}|{:>4}".format(I(5), I(6)))
try:
    int.__format__(3, 4)
except TypeError as e:
    print(e)


class Color(enum.IntEnum):
    RED = 1

    def __str__(self):
        return self.name.lower()

    def wowser(self):
        pass


print(dir(Color), format(Color.RED), str(Color.RED), f"{Color.RED}")


class Meta(type):
    def __dir__(cls):
        return ["b", "a"]


class WithMeta(metaclass=Meta):
    pass


class Plain:
    x = 1


print(dir(WithMeta), dir(Plain)[-2:], sorted(type.__dir__(WithMeta))[-2:], type.__dir__(Plain)[:2])


class Lazy(types.ModuleType):
    def hello(self):
        return "hi " + self.__name__


m = types.ModuleType("m")
m.__class__ = Lazy
print(type(m).__name__, m.hello())
m.__class__ = types.ModuleType
for target in (int, Plain):
    try:
        m.__class__ = target
    except TypeError as e:
        print("TypeError", e)
