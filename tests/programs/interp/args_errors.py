# CPython's TypeError messages for wrong calls: missing, unexpected, multiple values, too many positional.
def one(a):
    pass


def two(a, b):
    pass


def three(a, b, c):
    pass


def defaults(a, b=1):
    pass


def kwonly(*, k):
    pass


def kwonly2(a, *, k, m):
    pass


def varargs(a, *args):
    pass


def nothing():
    pass


class C:
    def method(self, x):
        pass

    @classmethod
    def cm(cls, y):
        pass

    @staticmethod
    def sm(z):
        pass


cases = [
    lambda: one(), lambda: two(), lambda: three(), lambda: three(1), lambda: one(1, 2), lambda: two(1, 2, 3),
    lambda: defaults(), lambda: defaults(1, 2, 3), lambda: one(b=1), lambda: one(1, a=2), lambda: one(1, b=2),
    lambda: kwonly(), lambda: kwonly(1), lambda: kwonly(k=1, j=2), lambda: kwonly2(1), lambda: kwonly2(1, 2, k=3),
    lambda: nothing(1), lambda: nothing(x=1), lambda: varargs(), lambda: varargs(a=1, b=2),
    lambda: C().method(), lambda: C().method(1, 2), lambda: C.method(1), lambda: C.cm(), lambda: C.sm(),
    lambda: C().sm(1, 2), lambda: defaults(1, 2, b=3), lambda: two(1, **{"a": 2}),
    lambda: one(**{"a": 1}, **{"a": 2}), lambda: one(*[1], **[2]), lambda: one(*5),
    lambda: nothing(**{1: 2}), lambda: two(1, 2, c=3, d=4), lambda: three(1, 2, 3, 4, 5),
    lambda: kwonly2(1, 2, 3, k=4, m=5),
]
for case in cases:
    try:
        case()
        print("no error")
    except TypeError as e:
        print(e)
