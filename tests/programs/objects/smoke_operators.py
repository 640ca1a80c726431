# Smoke test: a class overloading arithmetic, comparison, len, getitem, contains, iteration and bool.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __iter__(self):
        yield self.x
        yield self.y

    def __contains__(self, v):
        return v in (self.x, self.y)

    def __bool__(self):
        return bool(self.x or self.y)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a * 3, a == Vec(1, 2), a != b, len(a), a[0], a[1], list(a), 2 in a, 5 in a)
print(bool(Vec(0, 0)), bool(a), sorted([b, a], key=lambda v: v.x), [v * 2 for v in (a, b)])
x, y = b
print(x, y)
