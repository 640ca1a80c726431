# category: descriptors
# must: built-in types cannot be mutated through type.__setattr__, setattr or getset descriptors
# oracle: cpython
class H:
    pass
for t in (int, str, list, object, type, dict, BaseException, type(None)):
    for name, thunk in [("type.__setattr__", lambda: type.__setattr__(t, 'x', 1)),
                        ("setattr", lambda: setattr(t, 'x', 1)),
                        ("override method", lambda: setattr(t, '__repr__', lambda s: 'pwned')),
                        ("del method", lambda: delattr(t, '__repr__')),
                        ("rename", lambda: setattr(t, '__name__', 'pwned')),
                        ("requalname", lambda: setattr(t, '__qualname__', 'pwned')),
                        ("bases", lambda: setattr(t, '__bases__', (H,)))]:
        try:
            thunk()
            print("allowed", t.__name__, name)
        except (TypeError, AttributeError) as e:
            print(type(e).__name__, t.__name__, name)
print("names intact", int.__name__, str.__qualname__, repr(5))
type.__setattr__(H, 'x', 1)
print("heap ok", H.x)
try:
    object.__setattr__(H, 'y', 2)
except TypeError as e:
    print("TypeError", e)
try:
    type.__setattr__(H, 5, 1)
except TypeError as e:
    print("TypeError", e)
try:
    H.__name__ = 5
except TypeError as e:
    print("TypeError", e)
try:
    H.__name__ = 'a\x00b'
except ValueError as e:
    print("ValueError", e)
H.__name__ = 'Renamed'
print(H.__name__, H.__qualname__)
