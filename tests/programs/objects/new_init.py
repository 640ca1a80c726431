# __new__ and __init__: argument passing, __new__ returning other types, immutable subclasses, errors.
class Tracked:
    def __new__(cls, *args, **kwargs):
        print("__new__", cls.__name__, args, kwargs)
        instance = super().__new__(cls)
        instance.created = True
        return instance

    def __init__(self, value, *, flag=False):
        print("__init__", value, flag)
        self.value = value


t = Tracked(1, flag=True)
print(t.created, t.value)


class ReturnsOther:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never called")


print(ReturnsOther())


class ReturnsSubclass:
    def __new__(cls):
        return object.__new__(Sub)

    def __init__(self):
        print("__init__ called on", type(self).__name__)


class Sub(ReturnsSubclass):
    pass


print(type(ReturnsSubclass()).__name__)


class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())


u = Upper("shout")
print(u, type(u).__name__, isinstance(u, str), u + "!")


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    def __init__(self, x, y):
        self.label = f"P{x}{y}"


p = Point(1, 2)
print(p, p.label, p[0], len(p))


class NoInit:
    pass


for call in [lambda: NoInit(1), lambda: object.__new__(1), lambda: object.__new__(int), lambda: int.__new__(str)]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)


class InitReturns:
    def __init__(self):
        return 5


try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)


class OnlyNew:
    def __new__(cls, a, b):
        inst = super().__new__(cls)
        inst.total = a + b
        return inst


print(OnlyNew(2, 3).total)
print(object.__new__(OnlyNew).__class__.__name__)
