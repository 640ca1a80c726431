"""termios: terminal control, the host's functions behind the bridge; file
objects become descriptors with fileno()."""

import termios as host_termios

from snakevm.objspace.bridge import call_host_converted, to_host_arg
from snakevm.module.moduledef import ModuleDef
from snakevm.module.selectmodule import file_descriptor


def _with_fd(name):
    host_function = getattr(host_termios, name)

    def call(w_fd, *args_w):
        return call_host_converted(host_function, [file_descriptor(w_fd)] +
                                   [_deep(w) for w in args_w])
    call.__name__ = name
    call.__doc__ = host_function.__doc__
    return call


def _deep(w_value):
    """tcsetattr's attribute list holds a list of control characters: host lists."""
    items_w = getattr(w_value, "items_w", None)
    if isinstance(items_w, list):
        return [_deep(w) for w in items_w]
    return to_host_arg(w_value)


def make_module():
    m = ModuleDef("termios", doc=host_termios.__doc__)
    m.exception("error", ("Exception",), host_termios.error)
    for name in dir(host_termios):
        value = getattr(host_termios, name)
        if name.startswith("tc"):
            m.function(_with_fd(name), name)
        elif isinstance(value, int):
            m.value(name, value)
    return m.w_module
