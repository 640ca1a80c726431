# Small functions that call nothing get a frameless "leaf" in the compiling tier; whatever a leaf
# cannot do on its fast paths is done by the ordinary call, so every result, exception,
# traceback, trace event and recursion error is the same as without it.
import sys
import traceback
import types


class Point:
    kind = "point"

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def is_origin(self):
        return self.x == 0 and self.y == 0

    def describe(self):
        return (self.kind, self.x)

    def scaled_x(self, k):
        return self.x * k / 2


class Truthy:
    def __bool__(self):
        print("  __bool__ ran")
        return False


class Plain:
    pass


SCALE = 3


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def pick(a, b):
    if a:
        return b
    return -b


def scale(v):
    return v * SCALE


def first(seq):
    return seq[0]


def compare(a, b):
    return a < b


def negate(v):
    return -v


def warm_up():
    p = Point(3, 4)
    for i in range(200):
        p.norm2()
        p.is_origin()
        p.describe()
        p.scaled_x(i)
        eval_a(i, i + 1)
        pick(i, i)
        scale(i)
        first([i])
        compare(i, i + 1)
        negate(i)


def results():
    p = Point(3, 4)
    print(p.norm2(), p.is_origin(), p.describe(), p.scaled_x(5))
    print(eval_a(3, 4), pick(0, 2), pick("x", 2), pick(None, 2), pick(Plain(), 5))
    print(scale(2), scale(2.5), scale("ab"), first((7, 8)), first("xyz"))
    print(compare(1, 2.5), compare("a", "b"), compare([1], [2]), negate(2.5))
    # operands the fast paths do not take: the ordinary call does them
    print(Point(1.5, 2).norm2(), Point("a", "b").describe(), Point(10 ** 400, 0).is_origin())
    print(pick(Truthy(), 1))


def errors():
    cases = [
        lambda: eval_a(-1, 0),                                  # ZeroDivisionError
        lambda: Point(10 ** 400, 1).scaled_x(1),                # OverflowError: int to float
        lambda: negate("s"),
        lambda: first([]),
        lambda: compare(1, "a"),
        lambda: Point.norm2(Plain()),                           # AttributeError
    ]
    for case in cases:
        try:
            case()
        except Exception as e:
            tb = traceback.extract_tb(e.__traceback__)
            print(type(e).__name__, e, [(frame.name, frame.line) for frame in tb[1:]])


def changes():
    global SCALE
    SCALE = 10
    print(scale(2))
    del SCALE
    try:
        scale(2)
    except NameError as e:
        print("NameError", e)
    SCALE = 3
    Point.kind = "moved"
    print(Point(0, 0).describe())
    p = Point(1, 1)
    p.x = 5
    print(p.norm2())
    del p.x
    try:
        p.norm2()
    except AttributeError as e:
        print("AttributeError", e)
    Point.norm2 = lambda self: "replaced"
    print(p.norm2())


def shared_code():
    other = types.FunctionType(scale.__code__, {"SCALE": 100}, "scale")
    print(other(2), scale(2))


def traced():
    events = []

    def tracer(frame, event, arg):
        if event in ("call", "return") and frame.f_code.co_name in ("scaled_x", "eval_a"):
            events.append((event, frame.f_code.co_name, arg if event == "return" else None))
        return tracer

    sys.settrace(tracer)
    Point(1, 2).scaled_x(3)
    eval_a(1, 2)
    sys.settrace(None)
    print(events)


def recurse(n):
    if n == 0:
        return negate(1)
    return recurse(n - 1)


def recursion():
    limit = sys.getrecursionlimit()
    depths = []
    for extra in range(-3, 4):
        try:
            recurse(limit + extra)
            depths.append("ok")
        except RecursionError:
            depths.append("RecursionError")
    print(depths.count("RecursionError") > 0, depths == sorted(depths, key=lambda d: d != "ok"))


warm_up()
results()
errors()
changes()
shared_code()
traced()
recursion()
