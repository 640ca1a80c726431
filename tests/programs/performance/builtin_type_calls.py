# Calling a built-in type goes straight to its __new__ and __init__ (CPython's CALL_BUILTIN_CLASS):
# results, identities and every error stay those of type.__call__, and subclasses keep their own
# __new__/__init__.
t = (1, 2)
fs = frozenset({1})
print(tuple(t) is t, tuple([1, 2]), tuple(x for x in range(3)), tuple())
print(frozenset(fs) is fs, sorted(set(x % 3 for x in range(10))), list("abc"), list())
print(dict(a=1, b=2), dict([(1, 2)], c=3), int("12"), int("ff", 16), float("1.5"), bool([]))
print(str(b"hi", "ascii"), str(5), bytes(3), bytearray(b"ab"), range(1, 10, 3), complex(1, 2))
print(slice(1, 2), type(5), object().__class__.__name__, memoryview(b"xy").tolist())
print(repr(ValueError("bad", 2)), KeyError("k").args, StopIteration(7).value)

for make in (lambda: tuple(1), lambda: tuple(1, 2), lambda: list(1, 2), lambda: set(3),
             lambda: dict(1), lambda: int("x"), lambda: int(x=1), lambda: range(1, 2, 0),
             lambda: range(), lambda: float([]), lambda: object(1), lambda: bool(1, 2),
             lambda: str(1, 2, 3, 4), lambda: BaseException(a=1), lambda: frozenset(1, 2),
             lambda: slice(), lambda: complex("x"), lambda: bytes(-1), lambda: memoryview(1)):
    try:
        make()
    except Exception as e:
        print(type(e).__name__, e)


class MyTuple(tuple):
    def __new__(cls, *args):
        print("MyTuple.__new__", args)
        return super().__new__(cls, args)


class MyList(list):
    def __init__(self, *args):
        print("MyList.__init__", args)
        super().__init__(args)


class MyError(ValueError):
    def __init__(self, *args):
        print("MyError.__init__", args)
        super().__init__(*args)


print(MyTuple(1, 2), MyList(3, 4), repr(MyError("m")))


class Odd(int):
    pass


print(type(int(Odd(5))).__name__, type(Odd(5)).__name__, int(True), type(int(True)).__name__)


def many():
    out = []
    for i in range(200):
        out.append((tuple(range(i % 4)), list((i,)), set((i % 2,)), ValueError(i).args))
    return out[-1]


for _ in range(3):
    print(many())
