# __format__ may return an instance of a str subclass (CPython accepts it).


class T(str):
    pass


class R:
    def __format__(self, spec):
        return T("formatted:" + spec)


r = format(R(), "x")
print(repr(r), type(r).__name__)
print(repr(format(R())), isinstance(format(R()), str))
print("[{}]".format(R()), "[%s]" % format(R(), "y"))
print(f"<{R():z}>")
try:
    format(1, None)
except TypeError as e:
    print(e)
