"""staticmethod, classmethod and property: the guest-visible descriptor types."""

from snakevm.objspace.root import W_Root
from snakevm.objspace.typedef import builtin_type, method, new_method, getset


class W_StaticMethod(W_Root):
    def __init__(self, w_function):
        self.w_function = w_function
        self.w_dict = None


class W_ClassMethod(W_Root):
    def __init__(self, w_function):
        self.w_function = w_function
        self.w_dict = None


class W_Property(W_Root):
    def __init__(self, w_fget=None, w_fset=None, w_fdel=None, w_doc=None):
        self.w_fget = w_fget
        self.w_fset = w_fset
        self.w_fdel = w_fdel
        self.w_doc = w_doc
        self.name = None


w_staticmethod_type = builtin_type("staticmethod", instance_class=W_StaticMethod, has_dict=True)
w_classmethod_type = builtin_type("classmethod", instance_class=W_ClassMethod, has_dict=True)
w_property_type = builtin_type("property", instance_class=W_Property)


def _space():
    from snakevm.objspace.space import space
    return space


# -- staticmethod ----------------------------------------------------------------------
@new_method(w_staticmethod_type)
def staticmethod_new(w_cls, *args_w, **kwargs_w):
    w_self = W_StaticMethod(None)
    w_self.w_type = w_cls
    return w_self


@method(w_staticmethod_type, "__init__")
def staticmethod_init(w_self, w_function):
    w_self.w_function = w_function


@method(w_staticmethod_type, "__get__")
def staticmethod_get(w_self, w_obj, w_type=None):
    return w_self.w_function


@getset(w_staticmethod_type, "__func__")
def staticmethod_func(w_self):
    return w_self.w_function


@method(w_staticmethod_type, "__call__", keywords=True)
def staticmethod_call(w_self, *args_w, **kwargs_w):
    return _space().call(w_self.w_function, list(args_w), kwargs_w)


# -- classmethod -----------------------------------------------------------------------
@new_method(w_classmethod_type)
def classmethod_new(w_cls, *args_w, **kwargs_w):
    w_self = W_ClassMethod(None)
    w_self.w_type = w_cls
    return w_self


@method(w_classmethod_type, "__init__")
def classmethod_init(w_self, w_function):
    w_self.w_function = w_function


@method(w_classmethod_type, "__get__")
def classmethod_get(w_self, w_obj, w_type=None):
    space = _space()
    if w_type is None:
        w_type = space.type(w_obj)
    return space.new_bound_method(w_self.w_function, w_type)


@getset(w_classmethod_type, "__func__")
def classmethod_func(w_self):
    return w_self.w_function


# -- property --------------------------------------------------------------------------
@new_method(w_property_type)
def property_new(w_cls, *args_w, **kwargs_w):
    w_self = W_Property()
    w_self.w_type = w_cls
    return w_self


@method(w_property_type, "__init__", keywords=True)
def property_init(w_self, fget=None, fset=None, fdel=None, doc=None):
    w_self.w_fget, w_self.w_fset, w_self.w_fdel, w_self.w_doc = fget, fset, fdel, doc


@method(w_property_type, "__get__")
def property_get(w_self, w_obj, w_type=None):
    space = _space()
    if w_obj is None:
        return w_self
    if w_self.w_fget is None:
        raise space.attribute_error("property %s has no getter" % _property_name(w_self))
    return space.call(w_self.w_fget, [w_obj])


@method(w_property_type, "__set__")
def property_set(w_self, w_obj, w_value):
    space = _space()
    if w_self.w_fset is None:
        raise space.attribute_error("property %s has no setter" % _property_name(w_self))
    space.call(w_self.w_fset, [w_obj, w_value])


@method(w_property_type, "__delete__")
def property_delete(w_self, w_obj):
    space = _space()
    if w_self.w_fdel is None:
        raise space.attribute_error("property %s has no deleter" % _property_name(w_self))
    space.call(w_self.w_fdel, [w_obj])


def _property_name(w_self):
    return "'%s'" % w_self.name if w_self.name else "of '?' object"
