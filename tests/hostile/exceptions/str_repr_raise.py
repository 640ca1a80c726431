# category: exceptions
# must: exceptions whose __str__/__repr__ raise or return non-str are printed and formatted as CPython does
# oracle: cpython
import traceback, sys

class StrRaises(Exception):
    def __str__(self):
        raise KeyError("in str")
class StrReturnsInt(Exception):
    def __str__(self):
        return 5
class ReprRaises(Exception):
    def __repr__(self):
        raise LookupError("in repr")
class StrSubclass(str):
    pass
class StrReturnsSub(Exception):
    def __str__(self):
        return StrSubclass("sub")
class StrRecurses(Exception):
    def __str__(self):
        return str(self)
class NameRaises(Exception):
    pass
for cls in (StrRaises, StrReturnsInt, ReprRaises, StrReturnsSub):
    e = cls("arg")
    for fn in (str, repr, lambda x: "%s" % x, lambda x: f"{x!r}", lambda x: "{}".format(x)):
        try:
            r = fn(e)
            print(cls.__name__, "->", type(r).__name__, r)
        except Exception as ex:
            print(cls.__name__, "!", type(ex).__name__)
    lines = traceback.format_exception_only(e)
    print(cls.__name__, "format_exception_only", lines)
try:
    str(StrRecurses())
except RecursionError:
    print("recursion RecursionError")
print("format recursing", traceback.format_exception_only(StrRecurses())[-1].strip())
for cls in (StrRaises, StrReturnsInt):
    try:
        raise cls("x")
    except Exception as e:
        print("print_exc", traceback.format_exc().splitlines()[-1])
e = ValueError("v")
e.__notes__ = ["ok", 5, StrSubclass("s")]
print("notes", traceback.format_exception_only(e))
e.__notes__ = "not a list"
print("notes str", traceback.format_exception_only(e))
class NoteStrRaises:
    def __str__(self):
        raise ValueError
e.__notes__ = [NoteStrRaises()]
print("note str raises", traceback.format_exception_only(e))
try:
    e.add_note(5)
except TypeError as ex:
    print("add_note int", ex)
e.__notes__ = 5
try:
    e.add_note("x")
except Exception as ex:
    print("add_note to int notes", type(ex).__name__, ex)
del e.__notes__
e.add_note("fresh")
print("fresh notes", e.__notes__)
class Weird(Exception):
    pass
Weird.__module__ = 5
Weird.__qualname__ = "Q"
print("odd module", traceback.format_exception_only(Weird("m")))
