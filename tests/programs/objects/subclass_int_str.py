# Subclasses of int, float and str: arithmetic returns base type, overridden dunders, reprs, __new__ usage.
class P(int):
    def __repr__(self):
        return f"P({int(self)})"

    def __add__(self, other):
        return P(int(self) + int(other))


p = P(5)
print(p, repr(p), str(p), p + 1, 1 + p, p * 2, type(p * 2).__name__, type(-p).__name__, type(abs(p)).__name__)
print(p == 5, hash(p) == hash(5), isinstance(p, int), p.bit_length(), f"{p:03d}", "%d" % p, int(p).__class__.__name__)


class Celsius(float):
    def __new__(cls, value):
        if value < -273.15:
            raise ValueError("too cold")
        return super().__new__(cls, value)

    def __str__(self):
        return f"{float(self)}°C"


c = Celsius(21.5)
print(c, repr(c), c + 1, type(c + 1).__name__, round(c), c.is_integer())
try:
    Celsius(-300)
except ValueError as e:
    print(type(e).__name__, e)


class Name(str):
    def shout(self):
        return self.upper() + "!"

    def __len__(self):
        return 42


n = Name("ann")
print(n, repr(n), n.shout(), type(n.upper()).__name__, type(n + "x").__name__, type(n[0]).__name__, len(n))
print(n == "ann", "ann" == n, {n: 1}["ann"], n in ["ann"], f"{n:>5}", n.join(["a", "b"]), str(n).__class__.__name__)


class Flags(int):
    names = {1: "READ", 2: "WRITE", 4: "EXEC"}

    def __str__(self):
        return "|".join(v for k, v in sorted(self.names.items()) if self & k) or "NONE"

    def __or__(self, other):
        return Flags(int(self) | int(other))


rw = Flags(1) | Flags(2)
print(rw, type(rw).__name__, Flags(0), int(rw), str(Flags(7)), repr(rw))


class Weird(int):
    def __eq__(self, other):
        return True

    __hash__ = int.__hash__


print(Weird(1) == 2, 2 == Weird(1), Weird(3) in [9], {Weird(3): "v"}.get(3))


class B(bytes):
    pass


b = B(b"xy")
print(b, type(b).__name__, type(b + b"z").__name__, b.decode(), len(b))
print(type(P.__mro__[1]).__name__, [k.__name__ for k in P.__mro__], P(3).__class__.__name__)
