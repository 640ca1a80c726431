"""unicodedata: the host's Unicode database behind the bridge.  The module
functions and ``ucd_3_2_0`` (a guest ``unicodedata.UCD`` over the host's
UCD object for Unicode 3.2.0, used by IDNA) are the host's C functions on
unboxed str."""

import unicodedata as host_unicodedata

from snakevm.module.moduledef import ModuleDef
from snakevm.module.hostobjects import host_object_type

_FUNCTIONS = ("bidirectional", "category", "combining", "decimal", "decomposition", "digit",
              "east_asian_width", "is_normalized", "lookup", "mirrored", "name", "normalize",
              "numeric")

w_ucd_type = host_object_type("UCD", "unicodedata", host_unicodedata.UCD, _FUNCTIONS,
                              ("unidata_version",))


def make_module():
    m = ModuleDef("unicodedata", doc=host_unicodedata.__doc__)
    m.host_functions(host_unicodedata, _FUNCTIONS)
    m.value("unidata_version", host_unicodedata.unidata_version)
    m.type(w_ucd_type)
    m.host_value("ucd_3_2_0", host_unicodedata.ucd_3_2_0)
    return m.w_module
