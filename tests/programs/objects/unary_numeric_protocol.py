# Unary operators and numeric conversions: __neg__/__pos__/__invert__/__abs__, __int__/__float__/__complex__, __round__.
class Num:
    def __init__(self, v):
        self.v = v

    def __neg__(self):
        return Num(-self.v)

    def __pos__(self):
        return Num(+self.v * 1)

    def __invert__(self):
        return Num(~int(self.v))

    def __abs__(self):
        return Num(abs(self.v))

    def __int__(self):
        return int(self.v)

    def __float__(self):
        return float(self.v)

    def __complex__(self):
        return complex(self.v, 1)

    def __round__(self, ndigits=None):
        return ("round", ndigits)

    def __trunc__(self):
        return "trunc"

    def __floor__(self):
        return "floor"

    def __ceil__(self):
        return "ceil"

    def __repr__(self):
        return f"Num({self.v})"


n = Num(3.7)
print(-n, +n, ~n, abs(Num(-2)), int(n), float(n), complex(n))
print(round(n), round(n, 2))
print(-(-n), -+-n)
for expr in ["-object()", "+'s'", "~[]", "abs(None)", "int(object())", "float([])", "complex({})", "round(object())"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", type(e).__name__, e)
print(-True, +False, ~True, ~0, ~-1, abs(-0.0), -0.0, abs(-5), -(2 ** 64))
print(int(3.99), int(-3.99), int("  42  "), int("-0b101", 0), int("ff", 16), int(" 1_000 "))
print(float("  1.5 "), float("1e3"), float("-inf"), float("nan"), float("1_0.5"))
print(complex("1+2j"), complex(1, 2), complex("3"), complex(-1.5))


class BadInt:
    def __int__(self):
        return "x"


try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)


class FloatSub(float):
    pass


class ReturnsFloatSub:
    def __float__(self):
        return 1.5


print(float(ReturnsFloatSub()), type(float(FloatSub(2.5))).__name__)
print(round(2.675, 2), round(-0.5), round(1.5), round(2.5), round(1234, -2), round(1250, -2), round(-1350, -2))
