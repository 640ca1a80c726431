# ExceptionGroup and except*: matching, splitting by type, re-raising remaining parts, nesting.
def describe(eg, indent=0):
    pad = " " * indent
    print(pad + f"{type(eg).__name__}({eg.message!r}) with {len(eg.exceptions)} exceptions")
    for e in eg.exceptions:
        if isinstance(e, BaseExceptionGroup):
            describe(e, indent + 2)
        else:
            print(pad + "  " + repr(e))


eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3), KeyError(4)])
describe(eg)
try:
    raise eg
except* ValueError as group:
    print("ValueErrors:", [repr(e) for e in group.exceptions])
except* TypeError as group:
    print("TypeErrors:", [repr(e) for e in group.exceptions])
except* LookupError as group:
    print("LookupErrors:", type(group).__name__, group.exceptions)
try:
    try:
        raise ExceptionGroup("mixed", [ValueError("v"), OSError("o")])
    except* ValueError:
        print("handled the ValueError part")
except ExceptionGroup as rest:
    describe(rest)
try:
    raise ValueError("naked")
except* ValueError as group:
    print("naked exception wrapped:", type(group).__name__, repr(group.exceptions))
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
try:
    raise nested
except* ValueError as g:
    describe(g)
except* TypeError as g:
    describe(g)
try:
    try:
        raise ExceptionGroup("eg", [KeyError("k")])
    except* KeyError:
        raise RuntimeError("raised in except*")
except (ExceptionGroup, RuntimeError) as e:
    print(repr(e), repr(e.__context__))
beg = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(beg).__name__, type(BaseExceptionGroup("x", [ValueError()])).__name__)
for bad in [lambda: ExceptionGroup("m", []), lambda: ExceptionGroup("m", [1]), lambda: ExceptionGroup(1, [ValueError()]),
            lambda: ExceptionGroup("m", [KeyboardInterrupt()])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(str(eg), repr(ExceptionGroup("r", [ValueError(1)])))
