"""pwd: the password database, the host's functions behind the bridge (entries
are guest struct sequences pwd.struct_passwd)."""

import pwd as host_pwd

from snakevm.objspace.bridge import to_guest
from snakevm.module.moduledef import ModuleDef


def make_module():
    m = ModuleDef("pwd", doc=host_pwd.__doc__)
    m.host_functions(host_pwd, ("getpwuid", "getpwnam", "getpwall"))
    m.value("struct_passwd", to_guest(host_pwd.getpwuid(0)).w_type)
    return m.w_module
