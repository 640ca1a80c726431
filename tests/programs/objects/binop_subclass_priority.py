# Reflected operators of a subclass are tried first when the right operand is a subclass that overrides them.
class Base:
    def __init__(self, name):
        self.name = name

    def __add__(self, other):
        return f"Base.__add__({self.name}, {other.name})"

    def __radd__(self, other):
        return f"Base.__radd__({self.name}, {other.name})"

    def __lt__(self, other):
        return f"Base.__lt__({self.name}, {other.name})"

    def __gt__(self, other):
        return f"Base.__gt__({self.name}, {other.name})"


class Derived(Base):
    def __radd__(self, other):
        return f"Derived.__radd__({self.name}, {other.name})"

    def __gt__(self, other):
        return f"Derived.__gt__({self.name}, {other.name})"


class DerivedNoOverride(Base):
    pass


b, d, n = Base("b"), Derived("d"), DerivedNoOverride("n")
print(b + d)
print(d + b)
print(b + n)
print(b < d)
print(d < b)
print(b < n)


class MyInt(int):
    def __radd__(self, other):
        return f"MyInt.__radd__({other})"

    def __rsub__(self, other):
        return NotImplemented


print(1 + MyInt(5), MyInt(5) + 1, 1 - MyInt(5))


class MyFloat(float):
    def __rmul__(self, other):
        return "MyFloat.__rmul__"


print(2 * MyFloat(1.5), 2.0 * MyFloat(1.5), MyFloat(1.5) * 2)


class MyList(list):
    def __radd__(self, other):
        return "MyList.__radd__"


print([1] + MyList([2]), MyList([2]) + [1])


class Sibling1(Base):
    def __radd__(self, other):
        return "Sibling1.__radd__"


class Sibling2(Base):
    def __add__(self, other):
        return "Sibling2.__add__"


print(Sibling2("s2") + Sibling1("s1"))


class RichEq:
    def __eq__(self, other):
        return "RichEq.__eq__"


class RichEqSub(RichEq):
    def __eq__(self, other):
        return "RichEqSub.__eq__"


print(RichEq() == RichEqSub(), RichEqSub() == RichEq(), 1 == RichEq(), RichEq() != 1)
