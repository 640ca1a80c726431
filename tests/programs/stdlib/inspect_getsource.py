# inspect/linecache: getsource of functions, classes, methods and lambdas (tokenize-based block finding), signatures.
import inspect
import linecache


def f(a, b=2, *args, c, **kw):
    """Add things.

        Indented detail.
    """
    return a + b


# a comment before the class
class C:
    """A class."""

    def method(self):
        return 1

    @staticmethod
    def helper(x: int) -> str:
        return str(x)


lam = lambda x: (x +
                 1)
print(inspect.getsource(f))
print(inspect.getsource(C))
lines, start = inspect.getsourcelines(C.method)
print(lines, start)
print(inspect.getsource(C.helper))
print(inspect.getsource(lam))
print(inspect.signature(f), inspect.signature(C.helper))
print(repr(inspect.getdoc(f)))
print(repr(inspect.getcomments(C)))
print(repr(linecache.getline(__file__, 6)))
print(len(linecache.getlines(__file__)) > 30)
print(inspect.getfile(f) == __file__, inspect.getmodule(f).__name__)
print(inspect.cleandoc("  a\n    b\n  c"))
print(inspect.isfunction(f), inspect.isclass(C), inspect.ismethod(C().method))
print([name for name, _ in inspect.getmembers(C, inspect.isfunction)])
try:
    inspect.getsource(len)
except TypeError as e:
    print(type(e).__name__, e)
