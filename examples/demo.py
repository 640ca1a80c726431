"""A small tour of what snakevm runs: classes, closures, generators, exceptions."""


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, area={self.area():.2f})"


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2


def counter():
    count = 0

    def step():
        nonlocal count
        count += 1
        return count
    return step


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


shapes = [Rect(2, 3), Circle(1), Rect(1.5, 4)]
for shape in sorted(shapes, key=lambda s: s.area()):
    print(shape)

step = counter()
print("counter:", [step() for _ in range(3)])

fib = fibonacci()
print("fibonacci:", [next(fib) for _ in range(10)])

try:
    Shape("abstract").area()
except NotImplementedError:
    print("Shape.area is abstract")

print("squares:", {n: n * n for n in range(5)})
