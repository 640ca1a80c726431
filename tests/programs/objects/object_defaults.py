# Defaults inherited from object: __eq__/__ne__ return NotImplemented, __repr__/__str__, __format__,
# __init__ argument checks, __dir__, __sizeof__, __subclasshook__, __class__.
class Plain:
    pass


p, q = Plain(), Plain()
print(p.__eq__(p), p.__eq__(q), p.__ne__(q), p.__ne__(p), p.__lt__(q))
print(str(p) == repr(p), repr(p).startswith("<__main__.Plain object at 0x"), format(p, "") == str(p))
print(Plain.__subclasshook__(int), object.__subclasshook__(Plain), type(p.__sizeof__()).__name__)
print(type(p.__dir__()).__name__, "__init__" in p.__dir__(), p.__class__ is Plain, p.__module__)
print(Plain.__init__ is object.__init__, Plain.__new__ is object.__new__, Plain.__hash__ is object.__hash__)
try:
    Plain(1)
except TypeError as e:
    print(type(e).__name__, e)


class WithInit:
    def __init__(self, x):
        self.x = x


try:
    object.__init__(WithInit(1), 2)
except TypeError as e:
    print(type(e).__name__, e)


class WithNew:
    def __new__(cls, *args):
        return super().__new__(cls)


print(type(WithNew(1, 2)).__name__)


class NewAndInit:
    def __new__(cls, *a, **k):
        return object.__new__(cls)

    def __init__(self, *a, **k):
        object.__init__(self)


print(type(NewAndInit(1, k=2)).__name__)
try:
    object.__new__(WithInit, 1)
    print("object.__new__ ignores extra args when __init__ is overridden")
except TypeError as e:
    print(type(e).__name__, e)
print(Plain.__doc__, object.__name__, object.__qualname__, object.__module__, type(object.__doc__).__name__)
print(sorted(set(dir(object)) - set(dir(Plain))), sorted(set(dir(Plain)) - set(dir(object))))
print(p.__init_subclass__() is None, type(object.__init_subclass__).__name__)
