"""unicodedata: the host's Unicode database behind the bridge.  The module
functions and ``ucd_3_2_0`` (a guest ``unicodedata.UCD`` over the host's
UCD object for Unicode 3.2.0, used by IDNA) are the host's C functions on
unboxed str.  The module's ``normalize`` returns its argument itself when
the quick check finds it normalized (so a str subclass instance comes back
as it went in, like in CPython); ``_ucnhash_CAPI`` is an opaque capsule: the
C API it carries is of no use to guest code."""

import unicodedata as host_unicodedata

from snakevm.objspace.root import W_Root
from snakevm.objspace.typedef import builtin_type, method, new_method
from snakevm.objspace.space import space
from snakevm.objspace.bridge import call_host_converted, to_host_arg, W_HostFunction
from snakevm.module.moduledef import ModuleDef
from snakevm.module.hostobjects import host_object_type

_FUNCTIONS = ("bidirectional", "category", "combining", "decimal", "decomposition", "digit",
              "east_asian_width", "is_normalized", "lookup", "mirrored", "name", "numeric")

# (UCD.normalize always makes a new str: the quick check is the current version's only)
w_ucd_type = host_object_type("UCD", "unicodedata", host_unicodedata.UCD,
                              _FUNCTIONS + ("normalize",), members=("unidata_version",))


def _normalize(host_normalize, args_w, kwargs_w):
    """host ``normalize`` on guest arguments; the unchanged input is returned as is."""
    args = [to_host_arg(w) for w in args_w]
    kwargs = {k: to_host_arg(w) for k, w in (kwargs_w or {}).items()}
    result = call_host_converted(host_normalize, args, kwargs, result=lambda r: r)
    if len(args) == 2 and result is args[1]:
        return args_w[1]
    return result


class W_Capsule(W_Root):
    """An opaque PyCapsule (its C pointer is of no use to guest code)."""

    def __init__(self, name):
        self.name = name


w_capsule_type = builtin_type("PyCapsule", instance_class=W_Capsule, acceptable_as_base=False)


@new_method(w_capsule_type)
def capsule_new(w_cls, *args_w, **kwargs_w):
    raise space.type_error("cannot create 'PyCapsule' instances")


@method(w_capsule_type, "__repr__")
def capsule_repr(w_self):
    return '<capsule object "%s" at 0x%x>' % (w_self.name, id(w_self))


class W_NormalizeFunction(W_HostFunction):
    """unicodedata.normalize: the host's, returning an unchanged input as is."""

    def call(self, args_w, kwargs_w=None):
        return _normalize(self.func, args_w, kwargs_w)


def make_module():
    m = ModuleDef("unicodedata", doc=host_unicodedata.__doc__)
    m.host_functions(host_unicodedata, _FUNCTIONS)
    m.value("normalize", W_NormalizeFunction(host_unicodedata.normalize, "normalize",
                                             "unicodedata"))
    m.value("unidata_version", host_unicodedata.unidata_version)
    m.type(w_ucd_type)
    m.host_value("ucd_3_2_0", host_unicodedata.ucd_3_2_0)
    m.value("_ucnhash_CAPI", W_Capsule("unicodedata._ucnhash_CAPI"))
    return m.w_module
