# Class keyword arguments: passed to metaclass __new__/__init__ and __init_subclass__; errors for unknown ones.
class WithOptions(type):
    def __new__(mcls, name, bases, ns, *, flavor="plain", **rest):
        cls = super().__new__(mcls, name, bases, ns, **rest)
        cls.flavor = flavor
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)


class Plain(metaclass=WithOptions):
    pass


class Spicy(metaclass=WithOptions, flavor="spicy"):
    pass


print(Plain.flavor, Spicy.flavor)


class Base:
    def __init_subclass__(cls, /, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag


class Tagged(Base, tag="t1"):
    pass


print(Tagged.tag)
try:
    class Unknown(Base, tag="x", unexpected=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class NoHook(unexpected=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
options = {"flavor": "from dict"}


class FromDict(metaclass=WithOptions, **options):
    pass


print(FromDict.flavor)
bases = (Base,)


class StarBases(*bases, tag="star"):
    pass


print(StarBases.tag, StarBases.__bases__)
Made = WithOptions("Made", (), {}, flavor="made")
print(Made.flavor)
T = type("T", (Base,), {}, tag="via type()")
print(T.tag)
try:
    type("U", (), {}, bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
