"""_struct: the host's struct packing behind the bridge (interpreter level).

pack/unpack run in the host's C code on unboxed values; guest objects with
__index__/__float__ reach it as bridge proxies, so CPython's checks and
messages apply ("required argument is not an integer").  Buffers (bytes,
bytearray, memoryview, array) pass their host buffer (bridge.to_host_arg), so
pack_into writes into the guest object.

``Struct`` is a guest type over a host Struct that guest code may subclass;
like CPython 3.12's, ``Struct.__new__`` ignores its arguments and leaves an
uninitialized struct (size -1) that ``__init__(format)`` compiles.
``unpack_iterator`` (iter_unpack's result) wraps the host iterator.
``struct.error`` is a guest exception class; host struct.error becomes it."""

import _struct as host_struct

from snakevm.objspace.space import space
from snakevm.objspace.typedef import method, new_method
from snakevm.objspace.bridge import to_host_arg, call_host_converted
from snakevm.module.moduledef import ModuleDef
from snakevm.module.hostobjects import W_HostObject, host_object_type

_STRUCT_METHODS = ("pack", "pack_into", "unpack", "unpack_from", "iter_unpack", "__sizeof__")


class _UninitializedStruct:
    """The host stand-in of a Struct between __new__ and __init__ (CPython 3.12
    reports size -1 and an empty format, and refuses to pack or unpack)."""
    format = ""
    size = -1

    def pack(self, *args):
        raise host_struct.error("pack expected -1 items for packing (got %d)" % len(args))

    def pack_into(self, buffer, offset, *args):
        raise host_struct.error("pack_into expected -1 items for packing (got %d)"
                                % len(args))

    def unpack(self, buffer):
        memoryview(buffer)
        raise host_struct.error("unpack requires a buffer of -1 bytes")

    def unpack_from(self, buffer, offset=0):
        memoryview(buffer)
        raise host_struct.error("unpack_from requires a buffer of at least -1 bytes")

    def iter_unpack(self, buffer):
        memoryview(buffer)
        raise host_struct.error("cannot iteratively unpack with a struct of length -1")

    def __sizeof__(self):
        return object.__sizeof__(self)


class W_Struct(W_HostObject):
    pass


w_struct_type = host_object_type("Struct", "_struct", host_struct.Struct, _STRUCT_METHODS,
                                 ("format", "size"), acceptable_as_base=True,
                                 instance_class=W_Struct)
w_unpack_iterator_type = host_object_type(
    "unpack_iterator", "_struct", type(host_struct.iter_unpack("b", b"")),
    ("__next__", "__length_hint__"))
method(w_unpack_iterator_type, "__iter__")(lambda w_self: w_self)
for _w_type in (w_struct_type, w_unpack_iterator_type):  # heap types in CPython: __module__
    _w_type.dict_w["__module__"] = "_struct"              # is in their __dict__


@new_method(w_unpack_iterator_type)
def unpack_iterator_new(w_cls, *args_w, **kwargs_w):
    raise space.type_error("cannot create '%s' instances" % w_cls.tp_name())


@new_method(w_struct_type)
def struct_new(w_cls, *args_w, **kwargs_w):
    w_struct = W_Struct(_UninitializedStruct(), w_cls)
    if w_cls.has_dict:
        w_struct.w_dict = space.newdict()
    return w_struct


@method(w_struct_type, "__init__", keywords=True, doc=host_struct.Struct.__init__.__doc__)
def struct_init(w_self, *args_w, **kwargs_w):
    w_format = _init_argument(list(args_w), kwargs_w)
    w_self.host = call_host_converted(host_struct.Struct, [to_host_arg(w_format)],
                                      result=lambda value: value)


def _init_argument(args_w, kwargs_w):
    """Argument Clinic's parsing of ``Struct(format)``."""
    given = len(args_w) + len(kwargs_w)
    if given > 1:
        raise space.type_error("Struct() takes at most 1 argument (%d given)" % given)
    if args_w:
        return args_w[0]
    if "format" in kwargs_w:
        return kwargs_w["format"]
    raise space.type_error("Struct() missing required argument 'format' (pos 1)")


class StructState:
    """struct.error, made once: the host's struct.error maps to one guest class, so a
    re-imported _struct keeps raising what the struct module catches."""
    w_error = None


def make_module():
    m = ModuleDef("_struct", doc=host_struct.__doc__)
    if StructState.w_error is None:
        StructState.w_error = m.exception("error", ("Exception",), host_struct.error,
                                          module="struct")
    else:
        m.value("error", StructState.w_error)
    m.host_functions(host_struct, ("_clearcache", "calcsize", "iter_unpack", "pack",
                                   "pack_into", "unpack", "unpack_from"))
    m.type(w_struct_type)
    return m.w_module
