# Uncaught TypeError from an operator between incompatible objects inside a method (binary op carets).
class Vector:
    def __init__(self, *items):
        self.items = items

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(*(a + b for a, b in zip(self.items, other.items)))

    def scaled(self, factor):
        return self + factor


v = Vector(1, 2)
print((v + v).items)
print(v.scaled(3).items)
