"""types.FunctionType: building functions from code objects (closures, defaults, globals), with CPython 3.12 argument checks; dir() inside eval with a mapping as locals."""
import types
def outer():
    x = 1
    def inner(a, b=2, *, c=3):
        "doc"
        return a + b + c + x
    return inner
f = outer()
g = types.FunctionType(f.__code__, {'__name__': 'mod'}, 'renamed', (10,), f.__closure__)
g.__kwdefaults__ = {'c': 100}
print(g(1), g.__name__, g.__qualname__, g.__doc__, g.__module__, g.__defaults__, g.__kwdefaults__)
h = types.FunctionType((lambda: 42).__code__, globals())
print(h(), h.__name__, h.__module__)
for args in ((1, {}), (f.__code__, []), (f.__code__, {}, 1), (f.__code__, {}, None, [1]), (f.__code__, {}),
             (f.__code__, {}, None, None, (1,)), (f.__code__, {}, None, None, ()), (f.__code__, {}, None, None, None, 5),
             (h.__code__, {}, None, None, (f.__closure__[0],))):
    try:
        types.FunctionType(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class M:
    def __getitem__(self, key):
        raise KeyError(key)

    def keys(self):
        return iter(["b", "a"])


print(eval("dir()", {}, M()))
