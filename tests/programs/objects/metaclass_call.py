# Metaclasses: __call__ controlling instantiation (singletons), __new__/__init__ of the metaclass, inheritance.
class Singleton(type):
    def __call__(cls, *args, **kwargs):
        if "_instance" not in cls.__dict__:
            print("creating", cls.__name__, args)
            cls._instance = super().__call__(*args, **kwargs)
        return cls._instance


class Config(metaclass=Singleton):
    def __init__(self, value):
        self.value = value


a = Config(1)
b = Config(2)
print(a is b, a.value, type(Config).__name__)


class Registry(type):
    classes = []

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.initialized_by_meta = True

    def describe(cls):
        return f"<class {cls.__name__} via Registry>"

    def __repr__(cls):
        return cls.describe()

    def __len__(cls):
        return len(cls.__dict__)


class Base(metaclass=Registry):
    pass


class Child(Base):
    pass


print(Registry.classes, Child.initialized_by_meta, repr(Child), type(Child).__name__)
print(Child.describe(), hasattr(Child(), "describe"))
print(len(Base) > 0)


class Meta1(type): pass
class Meta2(type): pass
class P1(metaclass=Meta1): pass
class P2(metaclass=Meta2): pass


try:
    class Both(P1, P2):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class Meta3(Meta1): pass
class P3(metaclass=Meta3): pass
class Mixed(P1, P3): pass


print(type(Mixed).__name__)
Dynamic = Registry("Dynamic", (), {"x": 1})
print(Dynamic.x, Registry.classes[-1], isinstance(Dynamic, type))


class NoInstances(type):
    def __call__(cls, *a):
        raise TypeError(f"{cls.__name__} cannot be instantiated")


class Abstract(metaclass=NoInstances):
    pass


try:
    Abstract()
except TypeError as e:
    print(e)
