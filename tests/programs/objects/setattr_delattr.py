# __setattr__ and __delattr__: interception, object.__setattr__ delegation, frozen objects, class-level setattr.
class Recorder:
    def __init__(self):
        object.__setattr__(self, "log", [])

    def __setattr__(self, name, value):
        self.log.append(("set", name, value))
        super().__setattr__(name, value)

    def __delattr__(self, name):
        self.log.append(("del", name))
        super().__delattr__(name)


r = Recorder()
r.a = 1
r.a += 1
setattr(r, "b", "via setattr")
del r.a
delattr(r, "b")
print(r.log)
print(sorted(vars(r)))


class Frozen:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete field {name!r}")


f = Frozen(1, 2)
for action in [lambda: setattr(f, "x", 5), lambda: delattr(f, "y"), lambda: exec("f.x = 9", {"f": f})]:
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)
print(f.x, f.y)


class Validated:
    def __setattr__(self, name, value):
        if name == "age" and not isinstance(value, int):
            raise TypeError("age must be int")
        object.__setattr__(self, name, value)


v = Validated()
v.age = 3
try:
    v.age = "old"
except TypeError as e:
    print(type(e).__name__, e)
print(v.age)
try:
    object.__setattr__(1, "x", 2)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(int, "new", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__setattr__(Validated, "x", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    delattr(v, "missing")
except AttributeError as e:
    print(type(e).__name__, e)


class ClassLevel:
    pass


setattr(ClassLevel, "dynamic", lambda self: "dynamic method")
print(ClassLevel().dynamic())
delattr(ClassLevel, "dynamic")
print(hasattr(ClassLevel(), "dynamic"))
