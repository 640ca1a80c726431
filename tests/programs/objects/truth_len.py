# Truth testing: __bool__, __len__ fallback, errors for bad return values, objects without either.
class B:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("__bool__", self.v)
        return self.v


class L:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        print("__len__", self.n)
        return self.n


class Both:
    def __bool__(self):
        return False

    def __len__(self):
        return 10


class Neither:
    pass


print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), bool(Both()), bool(Neither()))
print("yes" if L(2) else "no", not L(0))
print(len(Both()), len(L(4)))
for bad in [B(1), B("x"), B(None)]:
    try:
        bool(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for n in [-1, 2 ** 70, "3", 2.0]:
    try:
        print(bool(L(n)))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    len(L(-5))
except ValueError as e:
    print(type(e).__name__, e)


class IndexLen:
    def __len__(self):
        return True


print(len(IndexLen()))


class BoolNone:
    __bool__ = None


try:
    bool(BoolNone())
except TypeError as e:
    print(type(e).__name__, e)
print(bool(0.0), bool(-0.0), bool(float("nan")), bool(0j), bool(1e-300), bool(" "), bool(b""), bool(bytearray(1)))
print(bool(), bool([[]]), bool(range(0)), bool(range(1)), bool(memoryview(b"")))


class Sub(int):
    def __bool__(self):
        return True


print(bool(Sub(0)), Sub(0) == 0)
x = B(False)
while x:
    pass
else:
    print("while consulted __bool__")
print(any([L(0), L(1)]), all([B(True), B(False), B(True)]))
