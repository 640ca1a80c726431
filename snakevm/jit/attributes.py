"""Attribute access from compiled code: one inline cache per LOAD_ATTR/STORE_ATTR
site of the generated source, with tier 1's guards (interpreter/specialize.py).

A site remembers, per guest type, the type's version tag when it accepted it
(and, for a method load, the function found on the type): while the version is
unchanged the attribute is read from, or written to, the instance dict -- or
the method is taken from the type -- without the generic lookup.  A module
attribute is read from the module dict.  Anything else, and any type the cache
did not accept, takes the object space's generic path."""

from snakevm.objspace.space import space
from snakevm.objspace.typeobject import MISSING, W_Instance, W_TypeObject, w_type_type
from snakevm.objspace.functionobject import W_Function
from snakevm.objspace.moduleobject import W_Module, w_module_type
from snakevm.interpreter.inlinecache import Cache
from snakevm.interpreter.specialize import accept_instance_type, POLYMORPHIC_MAX
from snakevm.interpreter.eval import load_method as eval_load_method


class Site(Cache):
    """Tier 1's inline cache, plus the classes whose attribute the site read:
    {class: (its version, the value)}."""
    __slots__ = ("classes",)

    def forget_classes(self):
        Cache.forget_classes(self)
        if self.classes:
            self.classes.clear()


def site(base, oparg, name):
    """The cache of one attribute instruction of compiled code."""
    cache = Site(oparg, base)
    cache.name = name
    cache.types = {}
    cache.classes = {}
    cache.w_value = w_module_type.lookup_attr(name) is MISSING   # module dict reads allowed
    return cache


def _class_attribute(c, w_class):
    """LOAD_ATTR_CLASS's guards: a class whose metatype is ``type`` (which has no
    attribute of that name) and a value found on it that needs no binding."""
    if w_class.w_type is not w_type_type or w_type_type.lookup_attr(c.name) is not MISSING:
        return MISSING
    w_value = w_class.lookup_attr(c.name)
    if w_value is MISSING or (w_value.__class__ is not W_Function and
                              space.type(w_value).lookup("__get__") is not None):
        return MISSING
    if len(c.classes) < POLYMORPHIC_MAX:
        c.classes[w_class] = (w_class.version, w_value)
    return w_value


def _accepted(c, w_obj):
    """The cache entry (version, method) for the type of ``w_obj``, or None."""
    if c.host_class is None:
        c.host_class = w_obj.__class__
    elif w_obj.__class__ is not c.host_class:
        return None
    w_type = w_obj.w_type
    entry = c.types.get(w_type)
    if entry is not None:
        if entry[0] == w_type.version:
            return entry
        del c.types[w_type]
    if accept_instance_type(c, w_obj):
        return c.types[w_type]
    return None


def load_attr(c, w_obj):
    """LOAD_ATTR (a value) at site ``c``."""
    cls = w_obj.__class__
    if cls is W_Instance:
        entry = c.types.get(w_obj.w_type)
        if (entry is not None and entry[0] == w_obj.w_type.version) or \
                _accepted(c, w_obj) is not None:
            w_dict = w_obj.w_dict
            if w_dict is not None:
                w_value = w_dict.storage.get(c.name, MISSING)
                if w_value is not MISSING:
                    return w_value
    elif cls is W_Module and w_obj.w_type is w_module_type and c.w_value:
        w_value = w_obj.w_dict.storage.get(c.name, MISSING)
        if w_value is not MISSING:
            return w_value
    elif cls is W_TypeObject:
        entry = c.classes.get(w_obj)
        if entry is not None and entry[0] == w_obj.version:
            return entry[1]
        w_value = _class_attribute(c, w_obj)
        if w_value is not MISSING:
            return w_value
    return space.getattr(w_obj, c.name)


def load_method(c, w_obj):
    """LOAD_ATTR with the method flag at site ``c``: (method, self) when the type's
    function can be called unbound, else (NULL, the attribute)."""
    if w_obj.__class__ is c.host_class or c.host_class is None:
        w_type = getattr(w_obj, "w_type", None)
        entry = c.types.get(w_type) if w_type is not None else None
        if entry is None or entry[0] != w_type.version:
            entry = _accepted(c, w_obj) if w_type is not None else None
        if entry is not None:
            w_dict = w_obj.w_dict
            if w_dict is None or c.name not in w_dict.storage:
                return entry[1], w_obj
    return eval_load_method(w_obj, c.name)


def store_attr(c, w_obj, w_value):
    """STORE_ATTR at site ``c``."""
    if w_obj.__class__ is W_Instance:
        entry = c.types.get(w_obj.w_type)
        if (entry is not None and entry[0] == w_obj.w_type.version) or \
                _accepted(c, w_obj) is not None:
            w_dict = w_obj.w_dict
            if w_dict is not None:
                w_dict.storage[c.name] = w_value
                return
    space.setattr(w_obj, c.name, w_value)


