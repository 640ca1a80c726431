# property: getter/setter/deleter, decorator chaining, docstrings, read-only errors, property objects.
class Temperature:
    def __init__(self):
        self._celsius = 0

    @property
    def celsius(self):
        "Degrees Celsius."
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value

    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._celsius = None

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32


t = Temperature()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
print(t.celsius)
prop = Temperature.__dict__["celsius"]
print(type(prop).__name__, prop.__doc__, prop.fget.__name__, prop.fset is not None, prop.fdel is not None)
print(Temperature.fahrenheit.fset, Temperature.celsius.__isabstractmethod__)
manual = property(lambda self: "got", None, None, "manual doc")
print(manual.__doc__, manual.__get__(None, object) is manual, manual.__get__(t))


class NoGetter:
    x = property(None, lambda self, v: None)


try:
    NoGetter().x
except AttributeError as e:
    print(type(e).__name__, e)


class Sub(Temperature):
    @Temperature.celsius.getter
    def celsius(self):
        return "sub view of " + str(self._celsius)


s = Sub()
s.celsius = 5
print(s.celsius)


class Raising:
    @property
    def broken(self):
        raise AttributeError("inner failure")

    def __getattr__(self, name):
        return f"__getattr__ rescued {name}"


print(Raising().broken)
p2 = property(doc="only doc")
print(p2.__doc__, p2.fget)
