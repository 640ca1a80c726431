"""Modules that only export the host platform's constants (errno): their
values are ints and strs, so they cross the bridge unboxed."""

import errno as host_errno


def make_errno_module():
    from snakevm.objspace.moduleobject import W_Module
    from snakevm.objspace.space import space
    w_module = W_Module("errno", doc=host_errno.__doc__)
    w_codes = space.newdict()
    for name in dir(host_errno):
        value = getattr(host_errno, name)
        if name.startswith("E") and isinstance(value, int):
            w_module.w_dict.setitem_str(name, value)
            w_codes.storage[value] = name
    w_module.w_dict.setitem_str("errorcode", w_codes)
    return w_module
