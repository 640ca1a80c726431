"""The ``super`` type: attribute lookup starting after a class in an MRO."""

from snakevm.objspace.root import W_Root
from snakevm.objspace.typeobject import W_TypeObject, MISSING
from snakevm.objspace.typedef import builtin_type, method
from snakevm.objspace.space import space


class W_Super(W_Root):
    def __init__(self, w_starttype, w_obj):
        self.w_starttype = w_starttype
        self.w_obj = w_obj
        # the type whose MRO is searched: w_obj itself if it is a subclass, else its type
        if isinstance(w_obj, W_TypeObject) and w_obj.is_subtype(w_starttype):
            self.w_objtype = w_obj
        elif w_obj is not None:
            self.w_objtype = space.type(w_obj)
        else:
            self.w_objtype = None


space.super_class = W_Super     # space.new_super makes these


w_super_type = builtin_type("super", instance_class=W_Super)


def super_lookup(w_self, name):
    """The attribute ``name`` found after w_starttype in the object's MRO, bound."""
    if w_self.w_objtype is not None and name != "__class__":
        mro_w = w_self.w_objtype.mro_w
        try:
            start = mro_w.index(w_self.w_starttype) + 1
        except ValueError:
            start = len(mro_w)
        for w_cls in mro_w[start:]:
            w_value = w_cls.dict_w.get(name, MISSING)
            if w_value is not MISSING:
                if space.type(w_value).lookup("__get__") is None:
                    return w_value
                w_inst = None if w_self.w_obj is w_self.w_objtype else w_self.w_obj
                return space.get(w_value, w_inst, w_self.w_objtype)
    return MISSING


@method(w_super_type, "__getattribute__")
def super_getattribute(w_self, name):
    w_value = super_lookup(w_self, name)
    if w_value is not MISSING:
        return w_value
    return space.generic_getattr(w_self, name)


@method(w_super_type, "__repr__")
def super_repr(w_self):
    if w_self.w_objtype is not None:
        return "<super: <class '%s'>, <%s object>>" % (w_self.w_starttype.name,
                                                       w_self.w_objtype.name)
    return "<super: <class '%s'>, NULL>" % w_self.w_starttype.name


from snakevm.objspace.typedef import getset  # noqa: E402

getset(w_super_type, "__thisclass__", doc="the class invoking super()")(
    lambda w_self: w_self.w_starttype)
getset(w_super_type, "__self__", doc="the instance invoking super(); may be None")(
    lambda w_self: w_self.w_obj)
getset(w_super_type, "__self_class__", doc="the type of the instance invoking super(); may be None")(
    lambda w_self: w_self.w_objtype)


@method(w_super_type, "__get__")
def super_get(w_self, w_obj, w_type=None):
    """An unbound super object binds like a descriptor (super(C) stored on a class)."""
    if w_obj is None or w_self.w_obj is not None:
        return w_self
    return space.call(space.type(w_self), [w_self.w_starttype, w_obj])
