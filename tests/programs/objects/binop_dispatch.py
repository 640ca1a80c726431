# Binary operator dispatch: __op__ then reflected __rop__, NotImplemented fallbacks and error messages.
class V:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return f"V({self.x})"

    def __add__(self, other):
        print("V.__add__", other)
        if isinstance(other, V):
            return V(self.x + other.x)
        if isinstance(other, int):
            return V(self.x + other)
        return NotImplemented

    def __radd__(self, other):
        print("V.__radd__", other)
        if isinstance(other, int):
            return V(other + self.x)
        return NotImplemented

    def __mul__(self, k):
        return V(self.x * k) if isinstance(k, int) else NotImplemented

    __rmul__ = __mul__

    def __sub__(self, o):
        return V(self.x - o.x)

    def __truediv__(self, o):
        return ("truediv", self.x, o)

    def __floordiv__(self, o):
        return ("floordiv", self.x, o)

    def __mod__(self, o):
        return ("mod", self.x, o)

    def __pow__(self, o, mod=None):
        return ("pow", self.x, o, mod)

    def __rpow__(self, o):
        return ("rpow", type(o).__name__, self.x)

    def __lshift__(self, o):
        return ("lshift", o)

    def __rshift__(self, o):
        return ("rshift", o)

    def __and__(self, o):
        return ("and", o)

    def __or__(self, o):
        return ("or", o)

    def __xor__(self, o):
        return ("xor", o)

    def __matmul__(self, o):
        return ("matmul", o)

    def __divmod__(self, o):
        return ("divmod", o)

    def __rdivmod__(self, o):
        return ("rdivmod", o)


a, b = V(1), V(2)
print(a + b, a + 5, 5 + a, 3 * a, a * 3, a - b)
print(a / 2, a // 2, a % 2, a ** 2, 2 ** a, pow(a, 2, 7))
print(a << 1, a >> 1, a & 1, a | 1, a ^ 1, a @ 1, divmod(a, 3), divmod(3, a))


class Other:
    pass


for expr in ["a + 'str'", "'str' + a", "a * 1.5", "Other() + Other()", "a @ Other() if False else Other() @ a",
             "Other() - a", "Other() ** a", "None + 1", "[] - []", "{} | []"]:
    try:
        print(expr, "->", eval(expr))
    except TypeError as e:
        print(expr, "->", type(e).__name__, e)
print(1 + 2.0, 1 + True, 2 * 1j, 7 // 2.0, -7 // 2, -7 % 2, 2 ** -1, 7 % -3, divmod(-7, 2), divmod(7.5, 2))
