# Metaclass __prepare__: custom namespaces, recording definition order, keyword arguments to __prepare__.
class RecordingNamespace(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)


class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("prepare", name, [b.__name__ for b in bases], sorted(kwargs))
        return RecordingNamespace()

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, dict(namespace))
        cls.field_order = namespace.order
        cls.options = kwargs
        return cls

    def __init__(cls, name, bases, namespace, **kwargs):
        super().__init__(name, bases, namespace)


class Record(metaclass=Ordered, strict=True, version=2):
    zeta = 1
    alpha = 2

    def method(self):
        pass

    beta = 3
    alpha = 4


print(Record.field_order, Record.options, Record.alpha)


class NoDuplicates(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            raise TypeError(f"duplicate attribute {key!r}")
        super().__setitem__(key, value)


class Strict(type):
    def __prepare__(name, bases):
        return NoDuplicates()


try:
    class Twice(metaclass=Strict):
        x = 1
        x = 2
except TypeError as e:
    print(type(e).__name__, e)


class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42


try:
    class UsesBad(metaclass=BadPrepare):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(type(type.__prepare__("X", ())).__name__)
