"""staticmethod, classmethod and property: the guest-visible descriptor types."""

from snakevm.objspace.root import W_Root
from snakevm.objspace.functionobject import W_Function
from snakevm.objspace.typedef import builtin_type, method, new_method, getset
from snakevm.objspace.space import space
from snakevm.objspace.slots import readonly_member


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


# -- staticmethod ----------------------------------------------------------------------
@new_method(w_staticmethod_type)
def staticmethod_new(w_cls, *args_w, **kwargs_w):
    w_self = W_StaticMethod(None)
    w_self.w_type = w_cls
    return w_self


@method(w_staticmethod_type, "__init__")
def staticmethod_init(w_self, w_function):
    w_self.w_function = w_function
    _copy_wrapped_metadata(w_self, w_function)


def _copy_wrapped_metadata(w_self, w_function):
    """Like functools.wraps (CPython 3.10+): __module__, __name__, __qualname__ and
    __doc__ of the wrapped callable go into the classmethod/staticmethod's __dict__."""
    if w_self.w_dict is None:
        w_self.w_dict = space.newdict()
    for name in ("__module__", "__name__", "__qualname__", "__doc__"):
        try:
            w_value = space.getattr(w_function, name)
        except Exception:
            continue
        w_self.w_dict.setitem_str(name, w_value)


@method(w_staticmethod_type, "__get__")
def staticmethod_get(w_self, w_obj, w_type=None):
    return w_self.w_function


@getset(w_staticmethod_type, "__func__")
def staticmethod_func(w_self):
    return w_self.w_function


@method(w_staticmethod_type, "__call__", keywords=True)
def staticmethod_call(w_self, *args_w, **kwargs_w):
    return space.call(w_self.w_function, list(args_w), kwargs_w)


# -- classmethod -----------------------------------------------------------------------
@new_method(w_classmethod_type)
def classmethod_new(w_cls, *args_w, **kwargs_w):
    w_self = W_ClassMethod(None)
    w_self.w_type = w_cls
    return w_self


@method(w_classmethod_type, "__init__")
def classmethod_init(w_self, w_function):
    w_self.w_function = w_function
    _copy_wrapped_metadata(w_self, w_function)


@method(w_classmethod_type, "__get__")
def classmethod_get(w_self, w_obj, w_type=None):
    if w_type is None:
        w_type = space.type(w_obj)
    w_function = w_self.w_function
    if not isinstance(w_function, W_Function) and \
            space.type(w_function).lookup("__get__") is not None:
        # 3.12 still chains descriptors (removed in 3.13): classmethod(staticmethod(f))
        return space.get(w_function, w_type, w_type)
    return space.new_bound_method(w_function, w_type)


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
    if w_obj is None:
        return w_self
    if w_self.w_fget is None:
        raise space.attribute_error("%s has no getter" % _property_error_name(w_self, w_obj))
    return space.call(w_self.w_fget, [w_obj])


@method(w_property_type, "__set__")
def property_set(w_self, w_obj, w_value):
    if w_self.w_fset is None:
        raise space.attribute_error("%s has no setter" % _property_error_name(w_self, w_obj))
    space.call(w_self.w_fset, [w_obj, w_value])


@method(w_property_type, "__delete__")
def property_delete(w_self, w_obj):
    if w_self.w_fdel is None:
        raise space.attribute_error("%s has no deleter" % _property_error_name(w_self, w_obj))
    space.call(w_self.w_fdel, [w_obj])


def _property_name(w_self):
    return "'%s'" % w_self.name if w_self.name else "of '?' object"


def _property_error_name(w_self, w_obj):
    if w_self.name:
        return "property '%s' of '%s' object" % (w_self.name, space.type(w_obj).name)
    return "property of '%s' object" % space.type(w_obj).name


def _property_copy(w_self, w_fget, w_fset, w_fdel):
    w_doc = w_self.w_doc
    w_new = space.call(space.type(w_self), [w_fget, w_fset, w_fdel, w_doc])
    w_new.name = w_self.name
    return w_new


@method(w_property_type, "getter")
def property_getter(w_self, w_fget):
    return _property_copy(w_self, w_fget, w_self.w_fset, w_self.w_fdel)


@method(w_property_type, "setter")
def property_setter(w_self, w_fset):
    return _property_copy(w_self, w_self.w_fget, w_fset, w_self.w_fdel)


@method(w_property_type, "deleter")
def property_deleter(w_self, w_fdel):
    return _property_copy(w_self, w_self.w_fget, w_self.w_fset, w_fdel)


@method(w_property_type, "__set_name__")
def property_set_name(w_self, w_owner, name):
    w_self.name = name


def _property_doc(w_self):
    if w_self.w_doc is not None:
        return w_self.w_doc
    if w_self.w_fget is not None:
        return space.getattr(w_self.w_fget, "__doc__", None)
    return None


readonly_member(w_property_type, "fget", lambda w_self: w_self.w_fget)
readonly_member(w_property_type, "fset", lambda w_self: w_self.w_fset)
readonly_member(w_property_type, "fdel", lambda w_self: w_self.w_fdel)
getset(w_property_type, "__doc__", setter=lambda w_self, w: setattr(w_self, "w_doc", w))(
    _property_doc)
getset(w_property_type, "__isabstractmethod__")(
    lambda w_self: any(space.is_true(space.getattr(w, "__isabstractmethod__", False))
                       for w in (w_self.w_fget, w_self.w_fset, w_self.w_fdel) if w is not None))


# -- __wrapped__ and __isabstractmethod__ (3.10+: classmethod/staticmethod copy the wrapped
#    function's metadata into their own __dict__, like functools.wraps) --------------------------
def _wrapped_attr(w_self):
    return w_self.w_function


def _isabstract(w_self):
    w_value = space.findattr(w_self.w_function, "__isabstractmethod__")
    return w_value is not None and space.is_true(w_value)


for _w_type in (w_staticmethod_type, w_classmethod_type):
    getset(_w_type, "__wrapped__")(_wrapped_attr)
    getset(_w_type, "__isabstractmethod__")(_isabstract)
