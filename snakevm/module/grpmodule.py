"""grp: the group database, the host's functions behind the bridge (entries are
guest struct sequences grp.struct_group)."""

import grp as host_grp

from snakevm.objspace.bridge import to_guest
from snakevm.module.moduledef import ModuleDef


def make_module():
    m = ModuleDef("grp", doc=host_grp.__doc__)
    m.host_functions(host_grp, ("getgrgid", "getgrnam", "getgrall"))
    m.value("struct_group", to_guest(host_grp.getgrgid(0)).w_type)
    return m.w_module
