# len(x), isinstance(x, C) and `x in container` have shortcuts (CALL_NO_KW_LEN,
# CALL_NO_KW_ISINSTANCE, compiled code's own tests, the built-in containers' own
# __contains__ called directly): every case they do not cover behaves as the general call.
import abc
import builtins
import traceback


class Sized:
    def __len__(self):
        return 3


class BadLen:
    def __len__(self):
        return -1


class Base:
    pass


class Derived(Base):
    pass


class Liar:
    @property
    def __class__(self):
        return Base


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 42


class Checked(metaclass=Meta):
    pass


class Abstract(abc.ABC):
    pass


Abstract.register(int)


class ListWithContains(list):
    def __contains__(self, item):
        return item == "always"


class Eq:
    def __eq__(self, other):
        return other == 7

    __hash__ = object.__hash__


def lengths(objects):
    total = 0
    for obj in objects:
        total += len(obj)
    return total


def classify(obj):
    return (isinstance(obj, Base), isinstance(obj, (int, str)), isinstance(obj, int | None),
            isinstance(obj, Checked), isinstance(obj, Abstract), isinstance(obj, object))


def memberships(item):
    return (item in [1, 2, Eq()], item in (1, 2), item in {1: 0}, item in {2}, item in
            frozenset({1}), item in ListWithContains([item]))


for _ in range(300):        # hot: specialized, and compiled with --jit=on
    n = lengths([[1, 2], (1,), "abc", b"ab", {1: 2}, {1}, Sized(), range(5)])
    kinds = [classify(obj) for obj in (Derived(), 1, "s", None, 42, Liar(), 2.5)]
    found = [memberships(item) for item in (1, 2, 7, "always")]
print(n)
for row in kinds:
    print(row)
for row in found:
    print(row)
print("a" in "cat", "" in "", "at" in "cat")


def report(function, *args):
    try:
        print(function(*args))
    except Exception as e:
        print(type(e).__name__, e)
        frame = traceback.extract_tb(e.__traceback__)[-1]
        print("  line", frame.lineno, "in", frame.name)


for _ in range(3):
    report(lengths, [[1], 5])
    report(lengths, [BadLen()])
    report(isinstance, 1, 5)
    report(memberships, [])
    report(lambda: 1 in "abc")
    report(lambda: [] in {1})


# a global named len or isinstance that is not the built-in
def shadowed(obj):
    return len(obj), isinstance(obj, int)


for _ in range(200):
    result = shadowed([1, 2])
print(result)
len = lambda obj: "my len"                  # noqa: E731
isinstance = lambda obj, cls: "my isinstance"   # noqa: E731
print(shadowed([1, 2]))
del len, isinstance
print(shadowed([1, 2]))
builtins.len, saved = (lambda obj: "patched builtins.len"), builtins.len
print(shadowed([1, 2]))
builtins.len = saved
print(shadowed([1, 2]))
