# __getattribute__ vs __getattr__: fallback order, AttributeError triggering __getattr__, special lookups bypass.
class Lazy:
    def __init__(self):
        self.real = "real value"

    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("computed_"):
            return name[9:].upper()
        raise AttributeError(f"no attribute {name!r} here")


lz = Lazy()
print(lz.real)
print(lz.computed_thing)
try:
    lz.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(lz, "other", "default"), hasattr(lz, "computed_x"))


class Logged:
    def __init__(self):
        self.x = 1

    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("__getattribute__", name)
        return super().__getattribute__(name)

    def __getattr__(self, name):
        return f"fallback for {name}"

    def method(self):
        return "method result"


lg = Logged()
print(lg.x)
print(lg.nope)
print(lg.method())
print(len([1, 2]))


class RaisesInGetattribute:
    def __getattribute__(self, name):
        if name == "boom":
            raise KeyError("not AttributeError")
        if name == "soft":
            raise AttributeError("soft")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "recovered " + name


r = RaisesInGetattribute()
print(r.soft)
try:
    r.boom
except KeyError as e:
    print(type(e).__name__, e)


class SpecialBypass:
    def __getattr__(self, name):
        return lambda *a: "from __getattr__"

    def __getattribute__(self, name):
        return object.__getattribute__(self, name)


sb = SpecialBypass()
print(sb.__len__())
try:
    len(sb)
except TypeError as e:
    print(type(e).__name__, e)
print(type(sb).__name__, sb.anything())
