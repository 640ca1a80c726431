# C3 method resolution order: diamonds, complex hierarchies, method lookup order and __mro__/mro().
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass


def names(cls):
    return [c.__name__ for c in cls.__mro__]


for cls in (A, K1, K2, K3, Z):
    print(cls.__name__, names(cls))
print(Z.mro() == list(Z.__mro__), type(Z.__mro__).__name__)


class Base:
    def who(self):
        return ["Base"]


class Left(Base):
    def who(self):
        return ["Left"] + super().who()


class Right(Base):
    def who(self):
        return ["Right"] + super().who()


class Diamond(Left, Right):
    def who(self):
        return ["Diamond"] + super().who()


print(Diamond().who(), names(Diamond))
print(names(bool), names(int), names(object), names(type))


class X: attr = "X"
class Y(X): pass
class W(X): attr = "W"
class V(Y, W): pass


print(V.attr, names(V))
print(Diamond.__bases__, Diamond.__base__, object.__bases__, object.__base__)


class Meta(type):
    def mro(cls):
        default = super().mro()
        return [default[0]] + list(reversed(default[1:-1])) + [object]


class Custom(Left, Right, metaclass=Meta):
    pass


print(names(Custom), Custom().who())
print(issubclass(Custom, Left), isinstance(Custom(), Base))
