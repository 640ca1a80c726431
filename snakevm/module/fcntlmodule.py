"""fcntl: the host's fcntl/ioctl/flock/lockf behind the bridge; file objects
are turned into descriptors with their fileno() (select.file_descriptor)."""

import fcntl as host_fcntl

from snakevm.objspace.bridge import call_host_converted, to_host_arg
from snakevm.module.moduledef import ModuleDef
from snakevm.module.selectmodule import file_descriptor


def _with_fd(name):
    host_function = getattr(host_fcntl, name)

    def call(w_fd, *args_w):
        return call_host_converted(host_function, [file_descriptor(w_fd)] +
                                   [to_host_arg(w) for w in args_w])
    call.__name__ = name
    call.__doc__ = host_function.__doc__
    return call


def make_module():
    m = ModuleDef("fcntl", doc=host_fcntl.__doc__)
    for name in ("fcntl", "ioctl", "flock", "lockf"):
        m.function(_with_fd(name), name)
    for name in dir(host_fcntl):
        value = getattr(host_fcntl, name)
        if name.isupper() and isinstance(value, int):
            m.value(name, value)
    return m.w_module
