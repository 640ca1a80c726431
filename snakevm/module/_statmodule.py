"""_stat: the host's stat constants and S_IS*/S_IMODE/S_IFMT/filemode functions
behind the bridge (ints and strs cross unboxed)."""

import _stat as host_stat

from snakevm.module.moduledef import ModuleDef


def make_module():
    m = ModuleDef("_stat", doc=host_stat.__doc__)
    for name in dir(host_stat):
        if name.startswith("_"):
            continue
        value = getattr(host_stat, name)
        if isinstance(value, int):
            m.value(name, value)
        elif callable(value):
            m.host_functions(host_stat, [name])
    return m.w_module
