# Chained comparisons: short-circuiting, single evaluation of middle operands, mixed operators.
calls = []


def v(n):
    calls.append(n)
    return n


print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0)
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(1) < v(0) < v(3), calls)
calls.clear()
print(v(1) == v(1) != v(2) is not None, calls)
calls.clear()
print(1 in [1, 2] in [[1, 2]], "a" not in "bcd" == True)
x = 5
print(0 <= x < 10, 0 <= x < 5, x == 5 == 5.0)
print([i for i in range(10) if 2 < i <= 6])


class Noisy:
    def __init__(self, name):
        self.name = name

    def __lt__(self, other):
        print("lt", self.name, other.name)
        return Result(self.name + "<" + other.name)


class Result:
    def __init__(self, text):
        self.text = text

    def __bool__(self):
        print("bool", self.text)
        return True

    def __repr__(self):
        return "Result(%s)" % self.text


a, b, c = Noisy("a"), Noisy("b"), Noisy("c")
print(a < b < c)
print(a < b)
try:
    print(1 < "x" < 3)
except TypeError as e:
    print(type(e).__name__, e)
print(None is None is not False)
print(1 < 2 > 0 < 4 != 4)
