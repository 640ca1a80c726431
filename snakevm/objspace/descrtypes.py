"""Guest types of the host wrappers declared in typedef.py:
builtin_function_or_method, method_descriptor, classmethod_descriptor,
getset_descriptor."""

import sys as host_sys

from snakevm.objspace import typedef as td
from snakevm.objspace.typedef import builtin_type, method, getset
from snakevm.objspace.space import space
from snakevm.objspace.typeobject import W_TypeObject

w_builtin_function_type = builtin_type("builtin_function_or_method",
                                       instance_class=td.W_BuiltinFunction,
                                       acceptable_as_base=False)
w_method_descriptor_type = builtin_type("method_descriptor", instance_class=td.W_MethodDescriptor,
                                        acceptable_as_base=False)
w_classmethod_descriptor_type = builtin_type("classmethod_descriptor",
                                             instance_class=td.W_ClassMethodDescriptor,
                                             acceptable_as_base=False)
w_getset_descriptor_type = builtin_type("getset_descriptor", instance_class=td.W_GetSetDescriptor,
                                        acceptable_as_base=False)


@method(w_builtin_function_type, "__call__", keywords=True)
def builtin_function_call(w_self, *args_w, **kwargs_w):
    return w_self.call(list(args_w), kwargs_w)


@method(w_builtin_function_type, "__repr__")
def builtin_function_repr(w_self):
    if w_self.w_self is None or w_self.pass_self is False:
        return "<built-in function %s>" % w_self.name
    return "<built-in method %s of %s object at 0x%x>" % (
        w_self.name, space.type(w_self.w_self).name, id(w_self.w_self))


getset(w_builtin_function_type, "__name__")(lambda w_self: w_self.name)
getset(w_builtin_function_type, "__qualname__")(lambda w_self: w_self.qualname)
def _builtin_function_self(w_self):
    """A method's object; for a type's ``__new__``, the type; for a module's function,
    its module (m_self): the one that made it (ModuleDef), sys for sys's functions, else
    builtins."""
    if w_self.pass_self:
        return w_self.w_self
    w_module = getattr(w_self, "w_owner", None)
    if w_module is not None:
        return w_module
    if w_self.module == "sys":
        from snakevm.module.sys import current_sys_module     # module/ loads after objspace/
        if current_sys_module is not None:
            return current_sys_module
    return space.builtins_module()


getset(w_builtin_function_type, "__self__")(_builtin_function_self)
getset(w_builtin_function_type, "__module__")(lambda w_self: w_self.module)
getset(w_builtin_function_type, "__doc__")(lambda w_self: w_self.doc)


@method(w_builtin_function_type, "__eq__")
def builtin_function_eq(w_self, w_other):
    """Equal when bound to the same object (identity) and wrapping the same function."""
    if space.type(w_other) is not w_builtin_function_type:
        return space.w_NotImplemented
    return w_self.w_self is w_other.w_self and w_self.func is w_other.func


@method(w_builtin_function_type, "__ne__")
def builtin_function_ne(w_self, w_other):
    w_equal = builtin_function_eq(w_self, w_other)
    return w_equal if w_equal is space.w_NotImplemented else not w_equal


@method(w_builtin_function_type, "__hash__")
def builtin_function_hash(w_self):
    return hash((id(w_self.w_self), id(w_self.func)))


@method(w_builtin_function_type, "__reduce__")
def builtin_function_reduce(w_self):
    """CPython's meth_reduce: a module function pickles by name, a bound method as
    getattr(self, name)."""
    if w_self.w_self is None or not w_self.pass_self:
        return w_self.name
    return space.newtuple([space.getattr(space.builtins_module(), "getattr"),
                           space.newtuple([w_self.w_self, w_self.name])])


@method(w_method_descriptor_type, "__reduce__")
def method_descriptor_reduce(w_self):
    """CPython's descr_reduce: getattr(the class, name)."""
    return space.newtuple([space.getattr(space.builtins_module(), "getattr"),
                           space.newtuple([w_self.w_objclass, w_self.name])])


def check_get_arguments(w_obj, w_type):
    """The guest-level ``__get__(obj, type)`` wrapper of CPython (wrap_descr_get):
    None for both is invalid; None for ``obj`` means access through the class."""
    if w_obj is None and w_type is None:
        raise space.type_error("__get__(None, None) is invalid")


@method(w_method_descriptor_type, "__get__")
def method_descriptor_get(w_self, w_obj, w_type=None):
    check_get_arguments(w_obj, w_type)
    if w_obj is None:
        return w_self
    return space.get(w_self, w_obj, w_type)


@method(w_method_descriptor_type, "__call__", keywords=True)
def method_descriptor_call(w_self, *args_w, **kwargs_w):
    return w_self.call(list(args_w), kwargs_w)


@method(w_method_descriptor_type, "__repr__")
def method_descriptor_repr(w_self):
    return "<method '%s' of '%s' objects>" % (w_self.name, w_self.w_objclass.tp_name())


getset(w_method_descriptor_type, "__name__")(lambda w_self: w_self.name)
getset(w_method_descriptor_type, "__qualname__")(lambda w_self: w_self.qualname())
getset(w_method_descriptor_type, "__objclass__")(lambda w_self: w_self.w_objclass)
getset(w_method_descriptor_type, "__doc__")(lambda w_self: w_self.doc)


@method(w_classmethod_descriptor_type, "__get__")
def classmethod_descriptor_get(w_self, w_obj, w_type=None):
    check_get_arguments(w_obj, w_type)
    return w_self.bind_to_class(w_type if w_type is not None else space.type(w_obj))


@method(w_classmethod_descriptor_type, "__repr__")
def classmethod_descriptor_repr(w_self):
    return "<method '%s' of '%s' objects>" % (w_self.name, w_self.w_objclass.tp_name())


@method(w_getset_descriptor_type, "__get__")
def getset_get(w_self, w_obj, w_type=None):
    check_get_arguments(w_obj, w_type)
    if w_obj is None:
        return w_self
    return w_self.getter(w_obj)


@method(w_getset_descriptor_type, "__set__")
def getset_set(w_self, w_obj, w_value):
    if w_self.setter is None:
        raise space.attribute_error("attribute '%s' of '%s' objects is not writable"
                                    % (w_self.name, w_self.w_objclass.tp_name()))
    w_self.setter(w_obj, w_value)


@method(w_getset_descriptor_type, "__delete__")
def getset_delete(w_self, w_obj):
    if w_self.deleter is None:
        raise space.attribute_error("attribute '%s' of '%s' objects is not writable"
                                    % (w_self.name, w_self.w_objclass.tp_name()))
    w_self.deleter(w_obj)


@method(w_getset_descriptor_type, "__repr__")
def getset_repr(w_self):
    return "<attribute '%s' of '%s' objects>" % (w_self.name, w_self.w_objclass.tp_name())


# -- introspection attributes CPython's descriptors share --------------------------------------
def text_signature(w_self):
    """__text_signature__: the one the callable was declared with, else the one of the
    host's built-in of the same name (snakevm's built-ins mirror CPython's, and
    inspect.signature reads this)."""
    signature = getattr(w_self, "text_signature", None)
    if signature is not None:
        return signature
    host = _host_twin(w_self)
    return getattr(host, "__text_signature__", None) if host is not None else None


def _host_twin(w_self):
    w_objclass = getattr(w_self, "w_objclass", None)
    if w_objclass is None and getattr(w_self, "w_self", None) is not None and \
            getattr(w_self, "pass_self", False):
        w_objclass = space.type(w_self.w_self) if not isinstance(
            w_self.w_self, W_TypeObject) else w_self.w_self
    name = getattr(w_self, "name", None)
    if w_objclass is not None:
        module = host_sys.modules.get(getattr(w_objclass, "builtin_module", "builtins") or "")
        host_type = getattr(module, w_objclass.name, None) if module is not None else None
        return getattr(host_type, name, None) if isinstance(host_type, type) else None
    module = host_sys.modules.get(getattr(w_self, "module", None) or "builtins")
    return getattr(module, name, None) if module is not None else None


for _w_type in (w_builtin_function_type, w_method_descriptor_type,
                w_classmethod_descriptor_type):
    getset(_w_type, "__text_signature__")(text_signature)


# -- wrapper_descriptor: a method_descriptor that stands for a type slot (int.__add__) ---------
# Its instances are W_MethodDescriptors whose w_type is this type (typedef.is_slot_wrapper);
# they behave as method descriptors, with CPython's repr and argument-check wording.
w_wrapper_descriptor_type = builtin_type("wrapper_descriptor", acceptable_as_base=False)
method(w_wrapper_descriptor_type, "__get__")(method_descriptor_get)
method(w_wrapper_descriptor_type, "__call__", keywords=True)(method_descriptor_call)
method(w_wrapper_descriptor_type, "__reduce__")(method_descriptor_reduce)
getset(w_wrapper_descriptor_type, "__name__")(lambda w_self: w_self.name)
getset(w_wrapper_descriptor_type, "__qualname__")(lambda w_self: w_self.qualname())
getset(w_wrapper_descriptor_type, "__objclass__")(lambda w_self: w_self.w_objclass)
getset(w_wrapper_descriptor_type, "__doc__")(lambda w_self: w_self.doc)
getset(w_wrapper_descriptor_type, "__text_signature__")(text_signature)


@method(w_wrapper_descriptor_type, "__repr__")
def wrapper_descriptor_repr(w_self):
    return "<slot wrapper '%s' of '%s' objects>" % (w_self.name, w_self.w_objclass.tp_name())


td.set_wrapper_descriptor_type(w_wrapper_descriptor_type)
for _w_type in (w_classmethod_descriptor_type, w_getset_descriptor_type):
    getset(_w_type, "__name__")(lambda w_self: w_self.name)
    getset(_w_type, "__qualname__")(
        lambda w_self: "%s.%s" % (w_self.w_objclass.qualname, w_self.name))
    getset(_w_type, "__objclass__")(lambda w_self: w_self.w_objclass)
getset(w_getset_descriptor_type, "__doc__")(lambda w_self: w_self.doc)


@method(w_classmethod_descriptor_type, "__call__", keywords=True)
def classmethod_descriptor_call(w_self, *args_w, **kwargs_w):
    return w_self.call(list(args_w), kwargs_w)


# -- method-wrapper: a slot wrapper bound to an object (``object().__str__``) --------------------
w_method_wrapper_type = builtin_type("method-wrapper", instance_class=td.W_BuiltinFunction,
                                     acceptable_as_base=False)
td.W_BuiltinFunction.w_method_wrapper_type = w_method_wrapper_type


@method(w_method_wrapper_type, "__call__", keywords=True)
def method_wrapper_call(w_self, *args_w, **kwargs_w):
    return w_self.call(list(args_w), kwargs_w)


@method(w_method_wrapper_type, "__repr__")
def method_wrapper_repr(w_self):
    return "<method-wrapper '%s' of %s object at 0x%x>" % (
        w_self.name, space.type(w_self.w_self).name, id(w_self.w_self))


@method(w_method_wrapper_type, "__eq__")
def method_wrapper_eq(w_self, w_other):
    if space.type(w_other) is not w_method_wrapper_type:
        return space.w_NotImplemented
    return w_self.w_self is w_other.w_self and w_self.func is w_other.func


@method(w_method_wrapper_type, "__hash__")
def method_wrapper_hash(w_self):
    return hash((id(w_self.w_self), id(w_self.func)))


@method(w_method_wrapper_type, "__reduce__")
def method_wrapper_reduce(w_self):
    w_getattr = space.builtins_module().w_dict.getitem_str("getattr")
    return space.newtuple([w_getattr, space.newtuple([w_self.w_self, w_self.name])])


getset(w_method_wrapper_type, "__name__")(lambda w_self: w_self.name)
getset(w_method_wrapper_type, "__qualname__")(lambda w_self: w_self.qualname)
getset(w_method_wrapper_type, "__self__")(lambda w_self: w_self.w_self)
getset(w_method_wrapper_type, "__objclass__")(lambda w_self: w_self.w_objclass)
getset(w_method_wrapper_type, "__doc__")(lambda w_self: w_self.doc)
getset(w_method_wrapper_type, "__text_signature__")(lambda w_self: None)
