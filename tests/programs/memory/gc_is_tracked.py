# gc.is_tracked: atomic values and containers of atomic values are not tracked; containers of containers, instances, functions and classes are.
import gc


class C:
    pass


def f():
    pass


for value in (0, 1.5, "s", b"b", None, True, (), {}, {"a": 1}, {"a": []}, (1, 2), ([],),
              [], [1], set(), C(), C, f, lambda: 0):
    print(type(value).__name__, gc.is_tracked(value))
