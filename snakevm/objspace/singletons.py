"""None, NotImplemented and Ellipsis, and their types.

None is the unboxed host None; NotImplemented and Ellipsis are boxed guest
singletons (the host's NotImplemented/Ellipsis never reach the guest: the
constant bridge maps a host Ellipsis constant to ``w_Ellipsis``).
"""

from snakevm.objspace.root import W_Root
from snakevm.objspace.typedef import builtin_type, method
from snakevm.objspace.space import space, UNBOXED_TYPES


class W_Singleton(W_Root):
    def __init__(self, name):
        self.name = name


w_NoneType = builtin_type("NoneType", acceptable_as_base=False)
UNBOXED_TYPES[type(None)] = w_NoneType

w_NotImplementedType = builtin_type("NotImplementedType", instance_class=W_Singleton,
                                    acceptable_as_base=False)
w_ellipsis_type = builtin_type("ellipsis", instance_class=W_Singleton, acceptable_as_base=False)

w_NotImplemented = W_Singleton("NotImplemented")
w_NotImplemented.w_type = w_NotImplementedType
w_Ellipsis = W_Singleton("Ellipsis")
w_Ellipsis.w_type = w_ellipsis_type
space.w_NotImplemented = w_NotImplemented
space.w_Ellipsis = w_Ellipsis


@method(w_NoneType, "__repr__")
def none_repr(w_self):
    return "None"


@method(w_NoneType, "__bool__")
def none_bool(w_self):
    return False


@method(w_NotImplementedType, "__repr__")
def notimplemented_repr(w_self):
    return "NotImplemented"


@method(w_ellipsis_type, "__repr__")
def ellipsis_repr(w_self):
    return "Ellipsis"


@method(w_ellipsis_type, "__reduce__")
@method(w_NotImplementedType, "__reduce__")
def singleton_reduce(w_self):
    """Pickled by name, as a global of builtins (like CPython)."""
    return w_self.name


@method(w_NotImplementedType, "__bool__")
def notimplemented_bool(w_self):
    # CPython 3.12 also emits a DeprecationWarning here; snakevm has no warnings machinery yet.
    return True


def _singleton_new(w_type, w_singleton):
    def singleton_new(w_cls, *args_w, **kwargs_w):
        from snakevm.objspace.space import space
        if args_w or kwargs_w:
            raise space.type_error("%s takes no arguments" % w_type.name)
        return w_singleton
    return singleton_new


from snakevm.objspace.typedef import new_method  # noqa: E402
new_method(w_ellipsis_type)(_singleton_new(w_ellipsis_type, w_Ellipsis))
new_method(w_NotImplementedType)(_singleton_new(w_NotImplementedType, w_NotImplemented))
new_method(w_NoneType)(_singleton_new(w_NoneType, None))
