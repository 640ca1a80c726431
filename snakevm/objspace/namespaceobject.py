"""types.SimpleNamespace: an object whose attributes are its keyword
arguments (CPython's Objects/namespaceobject.c); sys.implementation is one."""

from snakevm.objspace.root import W_Root
from snakevm.objspace.typedef import builtin_type, method, new_method
from snakevm.objspace.space import space
from snakevm.objspace.reprguard import guarded_repr


class W_SimpleNamespace(W_Root):
    def __init__(self, w_type=None):
        if w_type is not None:
            self.w_type = w_type
        self.w_dict = space.newdict()


w_simple_namespace_type = builtin_type("SimpleNamespace", instance_class=W_SimpleNamespace,
                                       module="types", has_dict=True)


@new_method(w_simple_namespace_type)
def namespace_new(w_cls, *args_w, **kwargs_w):
    return W_SimpleNamespace(w_cls)


@method(w_simple_namespace_type, "__init__", keywords=True)
def namespace_init(w_self, *args_w, **kwargs_w):
    if args_w:
        raise space.type_error("no positional arguments expected")
    for key, w_value in kwargs_w.items():
        w_self.w_dict.setitem_str(key, w_value)


@method(w_simple_namespace_type, "__repr__")
def namespace_repr(w_self):
    name = "namespace" if space.type(w_self) is w_simple_namespace_type \
        else space.type(w_self).name
    return guarded_repr(w_self, name + "(...)", lambda: "%s(%s)" % (name, ", ".join(
        "%s=%s" % (key, space.repr(w_value)) for key, w_value in
        list(w_self.w_dict.storage.items()) if isinstance(key, str))))


@method(w_simple_namespace_type, "__eq__")
def namespace_eq(w_self, w_other):
    if not isinstance(w_other, W_SimpleNamespace):
        return space.w_NotImplemented
    return space.eq_w(w_self.w_dict, w_other.w_dict)


@method(w_simple_namespace_type, "__reduce__")
def namespace_reduce(w_self):
    return space.newtuple([space.type(w_self), space.newtuple([]), w_self.w_dict])


def new_namespace(**values):
    w_ns = W_SimpleNamespace()
    for key, w_value in values.items():
        w_ns.w_dict.setitem_str(key, w_value)
    return w_ns
