"""math: the host's math module behind the bridge (interpreter level).

Every function is the host's own C implementation: arguments cross unboxed, so
results, exception types and messages are CPython's.  Guest objects reach the
host as opaque proxies that forward ``__float__``, ``__index__``, ``__floor__``,
``__ceil__``, ``__trunc__`` and iteration to the guest (bridge.py), which is
what math.floor(x), math.fsum(iterable) and friends call."""

import math as host_math

from snakevm.module.moduledef import ModuleDef

_CONSTANTS = ("pi", "e", "tau", "inf", "nan")


def make_module():
    m = ModuleDef("math", doc=host_math.__doc__)
    m.host_functions(host_math, [name for name in dir(host_math)
                                 if not name.startswith("_") and name not in _CONSTANTS])
    for name in _CONSTANTS:
        m.host_value(name, getattr(host_math, name))
    return m.w_module
