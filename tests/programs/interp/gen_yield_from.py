# yield from: delegation of values, send, throw, close and return values through nested generators.
def inner():
    received = yield "inner-1"
    print("inner received", received)
    try:
        yield "inner-2"
    except KeyError as e:
        print("inner caught", repr(e))
        yield "inner-handled"
    return "inner-result"


def outer():
    result = yield from inner()
    print("outer got return value", result)
    yield "outer-after"
    return "outer-result"


g = outer()
print(next(g))
print(g.send("hello"))
print(g.throw(KeyError("k")))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("outer finished", e.value)


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain([1, 2], "ab", range(2), (x * 10 for x in range(2)))))


def closing_inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner closed")


def closing_outer():
    try:
        yield from closing_inner()
    finally:
        print("outer closed")


c = closing_outer()
next(c)
c.close()


def tree(depth):
    if depth == 0:
        yield "leaf"
        return 1
    left = yield from tree(depth - 1)
    right = yield from tree(depth - 1)
    return left + right


t = tree(3)
leaves = []
try:
    while True:
        leaves.append(next(t))
except StopIteration as e:
    print(len(leaves), "leaves, count returned:", e.value)


class Iterable:
    def __iter__(self):
        return iter([7, 8])


def from_custom():
    r = yield from Iterable()
    yield r


print(list(from_custom()))
try:
    list((lambda: (yield from 5))())
except TypeError as e:
    print(type(e).__name__, e)
