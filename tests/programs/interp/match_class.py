# match: class patterns with positional (__match_args__) and keyword sub-patterns, builtin self-matching types.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center = center
        self.radius = radius


def where(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Circle(Point(x, y), r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(center=Point() as c, radius=r):
            return f"circle r={r} cx={c.x}"
        case Point():
            return "some point"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int() | float():
            return "number"
        case str(s):
            return "string " + s
        case list([*items]):
            return f"list of {len(items)}"
        case dict(d):
            return f"dict {d}"
    return "unknown"


for o in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), Circle(Point(1, 2), 20), Circle(Point(7, 8), 2),
          -4, 4, 2.5, "s", [1, 2], {"a": 1}, None]:
    print(where(o))


class NoArgs:
    pass


try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)


class TooFew:
    __match_args__ = ("a",)
    a = 1


try:
    match TooFew():
        case TooFew(1, 2):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match 5:
        case print():
            pass
except TypeError as e:
    print(type(e).__name__, e)
