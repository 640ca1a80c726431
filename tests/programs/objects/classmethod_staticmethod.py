# classmethod and staticmethod objects: binding on class/instance, __func__, wrapping, alternate constructors.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d

    @classmethod
    def from_string(cls, text):
        return cls(*map(int, text.split("-")))

    @staticmethod
    def is_valid(text):
        return text.count("-") == 2

    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"


class MyDate(Date):
    pass


print(Date.from_string("2024-01-02"), MyDate.from_string("1999-12-31"))
print(MyDate(1, 2, 3).from_string("5-6-7"))
print(Date.is_valid("1-2-3"), Date(1, 1, 1).is_valid("x"))
cm = Date.__dict__["from_string"]
sm = Date.__dict__["is_valid"]
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__ is sm.__wrapped__)
bound = Date.from_string
print(type(bound).__name__, bound.__self__.__name__, bound.__func__ is cm.__func__)
print(type(Date.is_valid).__name__, Date.is_valid is sm.__func__)
print(sm("a-b-c"), callable(sm), callable(cm))
print(cm.__get__(None, MyDate)("9-9-9"))


def free(x):
    return x * 2


s = staticmethod(free)
c = classmethod(free)
print(s(4), s.__name__, c.__name__, s.__doc__)


class Counter:
    count = 0

    @classmethod
    def increment(cls):
        cls.count += 1
        return cls.count


class SubCounter(Counter):
    pass


print(Counter.increment(), SubCounter.increment(), SubCounter.increment(), Counter.count, SubCounter.count)


class Stacked:
    @classmethod
    @property
    def name(cls):
        return cls.__name__

    @staticmethod
    @staticmethod
    def double_static():
        return "double"


print(Stacked.double_static())
try:
    classmethod(1)(2)
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(Date.__dict__["__init__"], type(free)))
