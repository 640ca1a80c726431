"""binascii: the host's conversions between binary and ASCII behind the bridge.
Bytes-like arguments pass their host buffer; binascii.Error (a ValueError) and
binascii.Incomplete are guest classes that host errors are mapped to."""

import binascii as host_binascii

from snakevm.module.moduledef import ModuleDef


def make_module():
    m = ModuleDef("binascii", doc=host_binascii.__doc__)
    m.exception("Error", ("ValueError",), host_binascii.Error)
    m.exception("Incomplete", ("Exception",), host_binascii.Incomplete)
    m.host_functions(host_binascii, [name for name in dir(host_binascii)
                                     if not name.startswith("_") and name[0].islower()])
    return m.w_module
