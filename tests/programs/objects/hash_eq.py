# __hash__ and __eq__ rules: defining __eq__ sets __hash__ = None, inheritance of hash, hash of builtins.
class OnlyEq:
    def __eq__(self, other):
        return True


print(OnlyEq.__hash__)
try:
    hash(OnlyEq())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {OnlyEq()}
except TypeError as e:
    print(type(e).__name__, e)


class EqAndHash:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return isinstance(other, EqAndHash) and self.k == other.k

    def __hash__(self):
        return hash(self.k)


s = {EqAndHash(1), EqAndHash(1), EqAndHash(2)}
print(len(s), EqAndHash(1) in s, hash(EqAndHash(5)) == hash(5))


class Child(EqAndHash):
    def __eq__(self, other):
        return False


print(Child.__hash__)


class ChildKeepsHash(EqAndHash):
    def __eq__(self, other):
        return super().__eq__(other)

    __hash__ = EqAndHash.__hash__


print(hash(ChildKeepsHash(7)) == hash(7))


class ExplicitNone:
    __hash__ = None


try:
    hash(ExplicitNone())
except TypeError as e:
    print(type(e).__name__, e)


class BadHash:
    def __hash__(self):
        return "not an int"


try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)


class BigHash:
    def __hash__(self):
        return 2 ** 100


print(hash(BigHash()) == hash(2 ** 100))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(-0.0) == hash(0j))
print(hash((1, 2)) == hash((1, 2)), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(10 ** 20))
print(hash(1.5), hash(-1.5), hash(float("inf")), hash(frozenset()) == hash(frozenset()))
print(hash(()), hash((1,)) == hash((1,)), hash(None) == hash(None))
for unhashable in [[], {}, set(), bytearray(), ([],)]:
    try:
        hash(unhashable)
    except TypeError as e:
        print(type(e).__name__, e)
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
print(object.__hash__ is not None, type(object().__hash__()).__name__)
