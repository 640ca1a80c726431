"""resource: resource limits and usage of the process (shared by host and
guest), the host's functions behind the bridge."""

import resource as host_resource

from snakevm.objspace.space import space
from snakevm.objspace.bridge import to_guest
from snakevm.module.moduledef import ModuleDef


def make_module():
    m = ModuleDef("resource", doc=host_resource.__doc__)
    m.host_functions(host_resource, ("getrlimit", "setrlimit", "getrusage", "getpagesize",
                                     "prlimit"))
    m.value("struct_rusage", to_guest(host_resource.getrusage(host_resource.RUSAGE_SELF)).w_type)
    m.value("error", space.builtin_exception("OSError"))
    for name in dir(host_resource):
        if name.isupper():
            m.value(name, getattr(host_resource, name))
    return m.w_module
