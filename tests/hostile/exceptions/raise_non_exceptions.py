# category: exceptions
# must: raising non-exceptions, odd classes and odd causes fails with CPython's TypeErrors
# oracle: cpython

class NotExc:
    pass
class NewReturnsInt(Exception):
    def __new__(cls, *a):
        return 5
class NewReturnsOther(Exception):
    def __new__(cls, *a):
        return ValueError("other")
class InitRaises(Exception):
    def __init__(self, *a):
        raise LookupError("init")
class Meta(type):
    pass
class MetaExc(Exception, metaclass=Meta):
    pass
cases = [5, "str", None, NotExc, NotExc(), object, type, Exception.__new__, [ValueError], (KeyError,),
         NewReturnsInt, NewReturnsOther, InitRaises, MetaExc, BaseException, StopIteration(1), Ellipsis]
for c in cases:
    try:
        raise c
    except BaseException as e:
        print(type(c).__name__ if not isinstance(c, type) else c.__name__, "->", type(e).__name__)
causes = [5, None, KeyError, KeyError("k"), NotExc, "s", NewReturnsInt, InitRaises]
for cause in causes:
    try:
        raise ValueError from cause
    except BaseException as e:
        print("from", getattr(cause, "__name__", type(cause).__name__), "->", type(e).__name__,
              type(e.__cause__).__name__, e.__suppress_context__)
try:
    raise
except RuntimeError as e:
    print("bare raise", e)
def reraiser():
    raise
try:
    try:
        raise KeyError("a")
    except KeyError:
        reraiser()
except KeyError as e:
    print("bare raise in callee", e)
try:
    compile('raise ValueError("x") from ValueError("y") from None', "<s>", "exec")
except SyntaxError as e:
    print("double from SyntaxError", e.lineno)
