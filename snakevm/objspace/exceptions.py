"""The built-in exception hierarchy and BaseException's behaviour.

Every guest exception is a W_BaseException (or an instance of a subclass
layout such as W_OSError).  The hierarchy is declared as a table
(name, bases) in CPython 3.12's order; EXCEPTION_TYPES maps names to types.
Exception-specific attributes (OSError.errno, StopIteration.value, ...) are
declared in exception_attrs.py.
"""

from snakevm.objspace.root import W_Root
from snakevm.objspace.typedef import builtin_type, method, getset, new_method


class W_BaseException(W_Root):
    """A guest exception instance."""

    def __init__(self, w_type, args_w=()):
        self.w_type = w_type
        self.args_w = tuple(args_w)
        self.w_dict = None
        self.w_traceback = None
        self.w_cause = None
        self.w_context = None
        self.suppress_context = False
        self.notes_w = None

    def ensure_dict(self):
        if self.w_dict is None:
            from snakevm.objspace.space import space
            self.w_dict = space.newdict()
        return self.w_dict


#  name                      bases
_HIERARCHY = """
BaseException               object
BaseExceptionGroup          BaseException
Exception                   BaseException
GeneratorExit               BaseException
KeyboardInterrupt           BaseException
SystemExit                  BaseException
ArithmeticError             Exception
AssertionError              Exception
AttributeError              Exception
BufferError                 Exception
EOFError                    Exception
ImportError                 Exception
LookupError                 Exception
MemoryError                 Exception
NameError                   Exception
OSError                     Exception
ReferenceError              Exception
RuntimeError                Exception
StopAsyncIteration          Exception
StopIteration               Exception
SyntaxError                 Exception
SystemError                 Exception
TypeError                   Exception
ValueError                  Exception
Warning                     Exception
FloatingPointError          ArithmeticError
OverflowError               ArithmeticError
ZeroDivisionError           ArithmeticError
ExceptionGroup              BaseExceptionGroup,Exception
ModuleNotFoundError         ImportError
IndexError                  LookupError
KeyError                    LookupError
UnboundLocalError           NameError
BlockingIOError             OSError
ChildProcessError           OSError
ConnectionError             OSError
FileExistsError             OSError
FileNotFoundError           OSError
InterruptedError            OSError
IsADirectoryError           OSError
NotADirectoryError          OSError
PermissionError             OSError
ProcessLookupError          OSError
TimeoutError                OSError
NotImplementedError         RuntimeError
RecursionError              RuntimeError
IndentationError            SyntaxError
UnicodeError                ValueError
BytesWarning                Warning
DeprecationWarning          Warning
EncodingWarning             Warning
FutureWarning               Warning
ImportWarning               Warning
PendingDeprecationWarning   Warning
ResourceWarning             Warning
RuntimeWarning              Warning
SyntaxWarning               Warning
UnicodeWarning              Warning
UserWarning                 Warning
BrokenPipeError             ConnectionError
ConnectionAbortedError      ConnectionError
ConnectionRefusedError      ConnectionError
ConnectionResetError        ConnectionError
TabError                    IndentationError
UnicodeDecodeError          UnicodeError
UnicodeEncodeError          UnicodeError
UnicodeTranslateError       UnicodeError
"""

EXCEPTION_TYPES = {}


def _build_hierarchy():
    from snakevm.objspace.typeobject import w_object_type
    for line in _HIERARCHY.strip().splitlines():
        name, bases = line.split()
        bases_w = [w_object_type if b == "object" else EXCEPTION_TYPES[b]
                   for b in bases.split(",")]
        EXCEPTION_TYPES[name] = builtin_type(name, bases_w, instance_class=W_BaseException,
                                             has_dict=True)
    EXCEPTION_TYPES["EnvironmentError"] = EXCEPTION_TYPES["OSError"]
    EXCEPTION_TYPES["IOError"] = EXCEPTION_TYPES["OSError"]


_build_hierarchy()
w_BaseException = EXCEPTION_TYPES["BaseException"]


def new_exception(w_type, args_w):
    """Allocate an exception of (a subclass of) a built-in exception type."""
    return W_BaseException(w_type, args_w)


# -- BaseException methods -----------------------------------------------------------

@new_method(w_BaseException)
def exc_new(w_cls, *args_w, **kwargs_w):
    return new_exception(w_cls, args_w)


@method(w_BaseException, "__init__")
def exc_init(w_self, *args_w, **kwargs_w):
    w_self.args_w = tuple(args_w)
    return None


@method(w_BaseException, "__str__")
def exc_str(w_self):
    from snakevm.objspace.space import space
    if len(w_self.args_w) == 0:
        return ""
    if len(w_self.args_w) == 1:
        return space.str(w_self.args_w[0])
    return space.repr(space.newtuple(w_self.args_w))


@method(w_BaseException, "__repr__")
def exc_repr(w_self):
    from snakevm.objspace.space import space
    name = w_self.w_type.name
    if len(w_self.args_w) == 1:
        return "%s(%s)" % (name, space.repr(w_self.args_w[0]))
    return name + space.repr(space.newtuple(w_self.args_w))


@method(w_BaseException, "with_traceback")
def exc_with_traceback(w_self, w_tb):
    w_self.w_traceback = w_tb
    return w_self


@getset(w_BaseException, "args",
        setter=lambda w_self, w_value: setattr(
            w_self, "args_w", tuple(__import__("snakevm.objspace.space", fromlist=["space"])
                                    .space.unpack_iterable(w_value))))
def exc_get_args(w_self):
    from snakevm.objspace.space import space
    return space.newtuple(w_self.args_w)


def _set_traceback(w_self, w_tb):
    w_self.w_traceback = w_tb


def _set_cause(w_self, w_cause):
    w_self.w_cause = w_cause
    w_self.suppress_context = True


def _set_context(w_self, w_context):
    w_self.w_context = w_context


def _set_suppress(w_self, w_value):
    from snakevm.objspace.space import space
    w_self.suppress_context = space.is_true(w_value)


getset(w_BaseException, "__traceback__", setter=_set_traceback)(lambda w_self: w_self.w_traceback)
getset(w_BaseException, "__cause__", setter=_set_cause)(lambda w_self: w_self.w_cause)
getset(w_BaseException, "__context__", setter=_set_context)(lambda w_self: w_self.w_context)
getset(w_BaseException, "__suppress_context__", setter=_set_suppress)(
    lambda w_self: w_self.suppress_context)
