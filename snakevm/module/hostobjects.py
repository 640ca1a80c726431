"""Guest types whose instances hold a host object (a zlib compressor, a hash
object, a struct.Struct, ...): the second half of the bridge for native
modules.  ``host_object_type`` declares the guest type and forwards the listed
methods and attributes to the host object through the bridge (arguments in,
results out, host exceptions converted); host results that are instances of
a wrapped host class come back as the corresponding guest type.

The host object never reaches the guest: the guest sees a W_HostObject whose
guest type names CPython's (``zlib.Compress``, ``_hashlib.HASH``...)."""

from snakevm.objspace.root import W_Root
from snakevm.objspace.space import space
from snakevm.objspace.typedef import builtin_type, method, getset, new_method
from snakevm.objspace.slots import W_ReadonlyMember
from snakevm.objspace.bridge import (call_host, call_host_converted, to_host_arg,
                                     register_host_class)


class W_HostObject(W_Root):
    """A guest object that is a host object behind the bridge."""

    def __init__(self, host, w_type=None):
        self.host = host
        if w_type is not None:
            self.w_type = w_type

    def host_value(self):
        return self.host


def host_object_type(name, module, host_class, methods=(), attributes=(), doc=None,
                     acceptable_as_base=False, instance_class=None, constructible=False,
                     members=()):
    """Declare guest type ``module.name`` over host class ``host_class``;
    ``attributes`` are getset descriptors, ``members`` read-only member
    descriptors (as CPython declares them: the messages differ);
    ``constructible``: calling the guest type calls the host class."""
    if instance_class is None:
        instance_class = type("W_" + name.title().replace("_", ""), (W_HostObject,), {})
    w_type = builtin_type(name, instance_class=instance_class, module=module,
                          acceptable_as_base=acceptable_as_base,
                          doc=doc if doc is not None else host_class.__doc__)
    for method_name in methods:
        host_method = getattr(host_class, method_name)
        method(w_type, method_name, keywords=True,
               doc=getattr(host_method, "__doc__", None))(_forward(method_name))
        w_type.dict_w[method_name].text_signature = getattr(host_method, "__text_signature__",
                                                            None)
    for attribute in attributes:
        getset(w_type, attribute)(_attribute(attribute))
    for member in members:
        w_type.dict_w[member] = W_ReadonlyMember(member, w_type, _host_member(member))
    register_host_class(host_class, lambda host: instance_class(host))
    if constructible:
        @new_method(w_type)
        def new(w_cls, *args_w, **kwargs_w):
            w_obj = call_host(host_class, args_w, kwargs_w)
            w_obj.w_type = w_cls
            return w_obj
    else:
        @new_method(w_type)
        def refuse(w_cls, *args_w, **kwargs_w):     # CPython: Py_TPFLAGS_DISALLOW_INSTANTIATION
            raise space.type_error("cannot create '%s' instances" % w_cls.tp_name())
    return w_type


def _forward(method_name):
    def forward(w_self, *args_w, **kwargs_w):
        host_method = getattr(w_self.host, method_name)
        return call_host_converted(host_method, [to_host_arg(w) for w in args_w],
                                   {k: to_host_arg(w) for k, w in kwargs_w.items()})
    forward.__name__ = method_name
    return forward


def _host_member(name):
    """The getter of a read-only member: the host object's attribute, bridged."""
    return lambda w_obj: call_host_converted(getattr, [w_obj.host, name])


def _attribute(attribute):
    def get(w_self):
        return call_host_converted(getattr, [w_self.host, attribute])
    return get

