# ExceptionGroup.split/subgroup/derive, __notes__ and tracebacks preserved, custom subclasses.
eg = ExceptionGroup("top", [ValueError("v1"), TypeError("t1"), ExceptionGroup("sub", [ValueError("v2"), KeyError("k")])])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(LookupError)))
print(eg.subgroup(ZeroDivisionError))
print(repr(eg.subgroup(lambda e: isinstance(e, ValueError) and "2" in str(e))))
m, r = eg.split((TypeError, KeyError))
print(repr(m), repr(r))
full, none = eg.split(Exception)
print(full is eg, none)
print(repr(eg.derive([OSError("x")])))


class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)


mg = MyGroup("mine", [ValueError(1), TypeError(2)])
print(repr(mg.split(ValueError)))
eg.add_note("a note")
eg.add_note("another")
print(eg.__notes__, eg.subgroup(ValueError).__notes__)
try:
    eg.add_note(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise MyGroup("raised", [ValueError("x"), KeyError("y")])
except* ValueError as g:
    print("caught part", repr(g))
except* KeyError as g:
    print("caught part", repr(g))
print(eg.message, len(eg.exceptions), type(eg.exceptions).__name__)
print(issubclass(ExceptionGroup, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
print([c.__name__ for c in ExceptionGroup.__mro__])
try:
    try:
        raise ExceptionGroup("g", [ValueError("inner")])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("bare raise in except* re-raises", repr(e))
