# Smoke test: class definition, __init__, methods, attributes, inheritance, super(), __repr__/__str__.
class Animal:
    kind = "animal"

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} makes a sound"

    def __repr__(self):
        return f"Animal({self.name!r})"


class Dog(Animal):
    kind = "dog"

    def speak(self):
        return super().speak() + " (woof)"

    def __str__(self):
        return "Dog named " + self.name


a = Animal("generic")
d = Dog("rex")
print(a.speak())
print(d.speak())
print(repr(a), repr(d), str(d), a.kind, d.kind, Animal.kind)
print(isinstance(d, Animal), isinstance(a, Dog), issubclass(Dog, Animal))
print(type(d).__name__, Dog.__name__, Dog.__bases__[0].__name__)
d.age = 3
print(d.age, d.name, hasattr(d, "age"), getattr(a, "age", None))


class Counter:
    total = 0

    def __init__(self):
        Counter.total += 1


Counter()
Counter()
print(Counter.total)
