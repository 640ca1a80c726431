"""_struct: the host's struct packing behind the bridge.

pack/unpack run in the host's C code on unboxed values; guest objects with
__index__/__float__ reach it as bridge proxies, so CPython's checks and
messages apply ("required argument is not an integer").  Buffers (bytes,
bytearray, memoryview, array) pass their host buffer, so pack_into writes
into the guest object.  ``Struct`` is a guest type over a host Struct that
guest code may subclass; struct.error is a guest class."""

import _struct as host_struct

from snakevm.objspace.space import space
from snakevm.objspace.typedef import method, new_method
from snakevm.objspace.bridge import to_host_arg, call_host_converted
from snakevm.module.moduledef import ModuleDef
from snakevm.module.hostobjects import W_HostObject, host_object_type


class W_Struct(W_HostObject):
    pass


w_struct_type = host_object_type("Struct", "_struct", host_struct.Struct,
                                 ("pack", "pack_into", "unpack", "unpack_from", "iter_unpack",
                                  "__sizeof__"),
                                 ("format", "size"), acceptable_as_base=True,
                                 instance_class=W_Struct)
w_unpack_iterator_type = host_object_type(
    "unpack_iterator", "_struct", type(host_struct.iter_unpack("b", b"")),
    ("__next__", "__length_hint__"))
method(w_unpack_iterator_type, "__iter__")(lambda w_self: w_self)


@new_method(w_struct_type)
def struct_new(w_cls, *args_w, **kwargs_w):
    w_struct = W_Struct(None, w_cls)
    if w_cls.has_dict:
        w_struct.w_dict = space.newdict()
    return w_struct


@method(w_struct_type, "__init__", keywords=True)
def struct_init(w_self, format):
    """Create a compiled struct object."""
    w_self.host = call_host_converted(host_struct.Struct, [to_host_arg(format)],
                                      result=lambda value: value)


def make_module():
    m = ModuleDef("_struct", doc=host_struct.__doc__)
    m.exception("error", ("Exception",), host_struct.error, module="struct")
    m.host_functions(host_struct, ("_clearcache", "calcsize", "iter_unpack", "pack",
                                   "pack_into", "unpack", "unpack_from"))
    m.type(w_struct_type)
    return m.w_module


