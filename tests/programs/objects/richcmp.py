# Rich comparisons: reflection (__lt__ <-> __gt__), __eq__ fallback to identity, __ne__ derived from __eq__.
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        print("eq", self.parts, getattr(other, "parts", other))
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        print("lt", self.parts, getattr(other, "parts", other))
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    __hash__ = None


v1, v2 = Version(1, 0), Version(2, 0)
print(v1 < v2)
print(v2 > v1)
print(v1 == Version(1, 0), v1 != Version(1, 0), v1 != v2)
print(v1 == 5, 5 == v1)
try:
    v1 <= v2
except TypeError as e:
    print(type(e).__name__, e)
try:
    v1 < 3
except TypeError as e:
    print(type(e).__name__, e)


class Plain:
    pass


p, q = Plain(), Plain()
print(p == p, p == q, p != q)
try:
    p < q
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([Version(3), Version(1), Version(2)], key=lambda v: v.parts)[0].parts)
print(sorted([v2, v1])[0].parts)


class Reversed:
    def __gt__(self, other):
        return "Reversed.__gt__ used for reflected <"


print(1 < Reversed())


class NeOnly:
    def __ne__(self, other):
        return "custom ne"


print(NeOnly() != 1, NeOnly() == 1)
print([1, 2] < [1, 3], (1, 2) < (1, 2, 0), "abc" < "abd", [1, "a"] == [1, "a"])
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
print({1: 2} == {1: 2}, {1} < {1, 2}, frozenset({1}) == {1}, 1 == 1.0 == True)
nan = float("nan")
print(nan == nan, nan != nan, [nan] == [nan], nan is nan)
try:
    {} < {}
except TypeError as e:
    print(type(e).__name__, e)
try:
    None > 0
except TypeError as e:
    print(type(e).__name__, e)
