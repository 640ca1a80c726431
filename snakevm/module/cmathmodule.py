"""cmath: the host's complex math behind the bridge (see mathmodule.py; guest
objects reach the host as proxies forwarding __complex__/__float__/__index__)."""

import cmath as host_cmath

from snakevm.module.moduledef import ModuleDef

_CONSTANTS = ("pi", "e", "tau", "inf", "nan", "infj", "nanj")


def make_module():
    m = ModuleDef("cmath", doc=host_cmath.__doc__)
    m.host_functions(host_cmath, [name for name in dir(host_cmath)
                                  if not name.startswith("_") and name not in _CONSTANTS])
    for name in _CONSTANTS:
        m.host_value(name, getattr(host_cmath, name))
    return m.w_module
