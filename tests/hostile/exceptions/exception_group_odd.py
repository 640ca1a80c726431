# category: exceptions
# must: ExceptionGroup/BaseExceptionGroup construction, split, subgroup and derive with odd contents match CPython
# oracle: cpython

cases = [
    ("msg", []), ("msg", [5]), ("msg", [ValueError()]), (5, [ValueError()]), ("msg", ValueError()),
    ("msg", (ValueError(), KeyError())), ("msg", [KeyboardInterrupt()]), ("msg", [ValueError, KeyError]),
    ("msg", iter([ValueError()])), ("msg", {ValueError()}), ("msg",), ("msg", [ValueError()], 3),
]
for args in cases:
    for cls in (ExceptionGroup, BaseExceptionGroup):
        try:
            g = cls(*args)
            print(cls.__name__, len(args), "->", type(g).__name__, len(g.exceptions))
        except (TypeError, ValueError) as e:
            print(cls.__name__, len(args), "!", type(e).__name__)
g = ExceptionGroup("top", [ValueError(1), KeyError(2), ExceptionGroup("inner", [ValueError(3), TypeError(4)])])
m, rest = g.split(ValueError)
print("split", repr(m), repr(rest))
print("split tuple", g.split((KeyError, TypeError))[0])
print("split pred", g.split(lambda e: isinstance(e, ExceptionGroup)))
for bad in [5, "x", None, (ValueError, 5), object]:
    try:
        g.split(bad)
        print("split accepted", repr(bad))
    except TypeError as e:
        print("split", repr(bad), type(e).__name__)
print("subgroup none", g.subgroup(OSError))
print("subgroup all", g.subgroup(Exception) is g)
def raising_pred(e):
    raise LookupError("pred")
try:
    g.split(raising_pred)
except LookupError as e:
    print("pred raised", e)
class MyEG(ExceptionGroup):
    pass
mg = MyEG("m", [ValueError()])
print("subclass split type", type(mg.split(ValueError)[0]).__name__)
class Derives(ExceptionGroup):
    def derive(self, excs):
        return 5
dg = Derives("d", [ValueError(), KeyError()])
try:
    dg.split(ValueError)
except TypeError as e:
    print("derive non-group", type(e).__name__)
ng = ExceptionGroup("n", [ValueError()])
ng.__notes__ = ["note"]
print("notes copied", ng.split(ValueError)[0].__notes__)
ng.__notes__ = 5
try:
    ng.split(ValueError)
    print("notes int split ok")
except TypeError as e:
    print("notes int", type(e).__name__)
print("str", str(g), "|", repr(ExceptionGroup("q", (KeyError(),))))
try:
    g.exceptions = ()
except AttributeError:
    print("exceptions readonly")
print("message", g.message, type(g.exceptions).__name__)
