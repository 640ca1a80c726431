# __format__: format(), str.format and f-strings call it with the spec; object.__format__ rules; __str__/__repr__.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        print("__format__ spec=%r" % spec)
        if spec == "":
            return str(self)
        if spec == "short":
            return f"${self.cents // 100}"
        return format(self.cents / 100, spec)

    def __str__(self):
        return f"Money({self.cents})"

    def __repr__(self):
        return "Money!r"


m = Money(12345)
print(format(m), format(m, "short"), format(m, ".1f"))
print("{} {:short} {!r} {!s} {:>12.2f}".format(m, m, m, m, m))
print(f"{m} {m:short} {m!r} {m!s:>12}")


class Plain:
    def __str__(self):
        return "plain-str"


print(format(Plain()), f"{Plain()}", "{}".format(Plain()))
try:
    format(Plain(), "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(object(), ">10")
except TypeError as e:
    print(type(e).__name__, e)


class BadFormat:
    def __format__(self, spec):
        return 5


try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"


print(str(OnlyRepr()), f"{OnlyRepr()}", format(OnlyRepr()))


class BadStr:
    def __str__(self):
        return 1


try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
try:
    repr(type("R", (), {"__repr__": lambda self: None})())
except TypeError as e:
    print(type(e).__name__, e)


class FromInt(int):
    def __format__(self, spec):
        return "FromInt:" + super().__format__(spec)


print(f"{FromInt(42):05d}", format(True, "d"), format(True), format(3, ""), format(2.5, ""))
print(format("s", ""), format(None), format(1+2j, ""))
