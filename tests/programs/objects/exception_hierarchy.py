# The built-in exception hierarchy: __mro__ names of many exception classes and subclass relationships.
classes = [
    BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, Exception, StopIteration, StopAsyncIteration,
    ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError, AssertionError, AttributeError,
    BufferError, EOFError, ImportError, ModuleNotFoundError, LookupError, IndexError, KeyError, MemoryError,
    NameError, UnboundLocalError, OSError, BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError,
    ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError, FileExistsError, FileNotFoundError,
    InterruptedError, IsADirectoryError, NotADirectoryError, PermissionError, ProcessLookupError, TimeoutError,
    ReferenceError, RuntimeError, NotImplementedError, RecursionError, SyntaxError, IndentationError, TabError,
    SystemError, TypeError, ValueError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError,
    UnicodeTranslateError, Warning, DeprecationWarning, PendingDeprecationWarning, RuntimeWarning, SyntaxWarning,
    UserWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning,
    BaseExceptionGroup, ExceptionGroup,
]
for cls in classes:
    print(" -> ".join(c.__name__ for c in cls.__mro__))
print(EnvironmentError is OSError, IOError is OSError)
print(issubclass(KeyError, LookupError), issubclass(UnboundLocalError, NameError), issubclass(SystemExit, Exception))
print(issubclass(StopIteration, Exception), issubclass(RecursionError, RuntimeError), issubclass(TabError, SyntaxError))
print(sorted(c.__name__ for c in ArithmeticError.__subclasses__()))
print(sorted(c.__name__ for c in ConnectionError.__subclasses__()))
print(BaseException.__bases__, Exception.__base__.__name__, KeyError.__module__, type(ValueError).__name__)
