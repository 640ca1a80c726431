# Exception objects: args handling, add_note/__notes__, str/repr variants, with_traceback, attribute setting.
e = ValueError()
print(repr(e), repr(str(e)), e.args)
e = ValueError("one")
print(repr(e), str(e), e.args)
e = ValueError("one", 2)
print(repr(e), str(e), e.args)
e.args = ("replaced",)
print(repr(e), str(e))
e.args = [1, 2]
print(e.args, type(e.args).__name__)
e = KeyError("key")
print(repr(e), str(e), str(KeyError("a", "b")), str(KeyError()))
e = Exception("x")
e.add_note("note 1")
e.add_note("note 2")
print(e.__notes__)
e.custom = "attribute"
print(e.custom, sorted(vars(e)))


class WithInit(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b


w = WithInit("first", "second")
print(repr(w), str(w), w.args, w.b)


class NoSuperInit(Exception):
    def __init__(self, value):
        self.value = value


n = NoSuperInit(10)
print(repr(n), repr(str(n)), n.args)


class CustomStr(Exception):
    def __str__(self):
        return "custom str"


print(str(CustomStr("ignored")), repr(CustomStr("shown")))
print(BaseException("b").__reduce__()[0].__name__, BaseException("b").__reduce__()[1])
try:
    raise ValueError("msg") from None
except ValueError as v:
    print(v.__cause__, v.__suppress_context__, v.__context__)
try:
    Exception().add_note()
except TypeError as t:
    print(type(t).__name__, t)
print(isinstance(ValueError(), Exception), issubclass(type(e), BaseException))
