"""Calling a type (instance creation) and the methods of ``type``:
class creation (type.__new__: metaclass choice, layout, __slots__,
__classcell__, __set_name__, __init_subclass__), repr, mro, introspection."""

from snakevm.objspace.root import W_Root, OperationError
from snakevm.objspace.typeobject import (TypeDict, W_TypeObject, W_Instance, w_type_type,
                                         w_object_type, compute_mro, MISSING)
from snakevm.objspace.typedef import (method, new_method, getset, classmethod_, W_BuiltinFunction,
                                      W_GetSetDescriptor, W_MethodDescriptor)
from snakevm.objspace.space import space
from snakevm.memory.finalizers import adopt, adopt_existing_instances
from snakevm.objspace.functionobject import W_Function


def type_call(w_type, args_w, kwargs_w=None):
    """``w_type(*args, **kwargs)`` for a type whose metatype's __call__ is type.__call__."""
    if w_type is w_type_type and len(args_w) == 1 and not kwargs_w:
        return space.type(args_w[0])
    if w_type.disallow_instantiation:
        raise space.type_error("cannot create '%s' instances" % w_type.tp_name())
    if w_type.constructor_version != w_type.version:
        _prepare_constructor(w_type)
    kind = w_type.constructor_kind
    if kind is PLAIN:
        if not getattr(w_type, "is_abstract", False):
            return _construct_plain(w_type, w_type.w_constructor_init, args_w, kwargs_w)
    elif kind is BARE:
        if not args_w and not kwargs_w and not getattr(w_type, "is_abstract", False):
            return adopt(W_Instance(w_type))    # (arguments: object.__new__'s error below)
    elif kind is BUILTIN:
        return _construct_builtin(w_type, args_w, kwargs_w)
    w_obj = space.call(_new_of(w_type), [w_type] + list(args_w), kwargs_w)
    if not space.type(w_obj).is_subtype(w_type):
        return w_obj
    w_obj_type = space.type(w_obj)
    if isinstance(w_obj, W_Root) and not w_obj_type.is_builtin:
        adopt(w_obj)
    w_init = w_obj_type.lookup("__init__")
    if w_init is not None:
        if isinstance(w_init, W_Function):      # no bound method to allocate
            w_result = space.call(w_init, [w_obj] + list(args_w), kwargs_w)
        else:                                   # (nor for a built-in __init__)
            w_result = space.call_bound(w_init, w_obj, list(args_w), kwargs_w)
        check_init_result(w_result)
    return w_obj


space.type_call = type_call     # space.call calls it for classes


# How calling a type makes its instances (W_TypeObject.constructor_kind).
PLAIN = "plain"         # a plain class: _construct_plain
BARE = "bare"           # a plain class with object's __init__ too: nothing to call
BUILTIN = "built-in"    # a built-in type: _construct_builtin


def _prepare_constructor(w_type):
    """Find how calling ``w_type`` makes its instances, for type_call (cached per
    type version, the functions in w_constructor_new and w_constructor_init):
    - for a built-in type (BUILTIN): its __new__ without the checks of a call
      through the type's namespace, and its __init__, or None for object's (which
      accepts any arguments here: the type has its own __new__);
    - for a plain class (PLAIN) -- object's __new__ and instance layout, an
      __init__ of its own, a guest function or a built-in: that __init__;
    - for a plain class with object's __init__ as well (BARE): nothing;
    - None for any other type (type_call's general path)."""
    w_new = _new_of(w_type)
    w_init = w_type.lookup("__init__")
    kind = w_constructor_new = None
    if w_new is w_object_type.dict_w["__new__"].w_function:
        if not w_type.is_builtin and w_type.instance_class is W_Instance:
            if w_init is w_object_type.dict_w["__init__"]:
                kind = BARE
            elif w_init.__class__ in (W_Function, W_MethodDescriptor):
                kind = PLAIN
    elif w_type.is_builtin and getattr(w_new, "w_unchecked", None) is not None:
        if w_init is w_object_type.dict_w["__init__"]:
            w_init = None
        if w_init is None or w_init.__class__ is W_MethodDescriptor:
            kind = BUILTIN
            w_constructor_new = w_new.w_unchecked
    w_type.constructor_kind = kind
    w_type.w_constructor_new = w_constructor_new
    w_type.w_constructor_init = w_init if kind is not None else None
    w_type.constructor_version = w_type.version


def _construct_plain(w_type, w_init, args_w, kwargs_w):
    """A plain class called: object.__new__'s instance (its arguments are the
    __init__'s to check), then the class's __init__."""
    w_obj = adopt(W_Instance(w_type))
    check_init_result(space.call_bound(w_init, w_obj, list(args_w), kwargs_w))
    return w_obj


def _construct_builtin(w_type, args_w, kwargs_w):
    """A built-in type called (CPython's CALL_BUILTIN_CLASS: the type's vectorcall):
    type_call's work with what its lookups and checks would find known."""
    w_obj = w_type.w_constructor_new.call([w_type] + list(args_w), kwargs_w)
    w_init = w_type.w_constructor_init
    if w_init is not None and space.type(w_obj).is_subtype(w_type):
        check_init_result(space.call_bound(w_init, w_obj, list(args_w), kwargs_w))
    return w_obj


def check_init_result(w_result):
    """What ``__init__`` returned must be None (type.__call__'s check)."""
    if w_result is not None:
        raise space.type_error("__init__() should return None, not '%s'"
                               % space.type(w_result).name)


def _unwrap_static(w_new):
    if isinstance(w_new, descriptors.W_StaticMethod):
        return w_new.w_function
    return w_new


def _new_of(w_type):
    """``w_type.__new__`` as CPython's slot_tp_new reads it: a staticmethod (what
    a plain function becomes) gives its function; another descriptor (a
    classmethod) is bound to the type by its __get__."""
    w_new = _unwrap_static(w_type.lookup("__new__"))
    if isinstance(w_new, descriptors.W_ClassMethod):
        return space.get(w_new, None, w_type)
    return w_new


@method(w_type_type, "__call__", keywords=True)
def type_dunder_call(w_type, *args_w, **kwargs_w):
    return type_call(w_type, list(args_w), kwargs_w)


@new_method(w_type_type)
def type_new(w_metatype, *args_w, **kwargs_w):
    if w_metatype is w_type_type and len(args_w) == 1 and not kwargs_w:
        return space.type(args_w[0])
    if len(args_w) != 3:
        raise space.type_error("type() takes 1 or 3 arguments")
    name, w_bases, w_namespace = args_w
    if not isinstance(name, str):
        raise space.type_error("type.__new__() argument 1 must be str, not %s"
                               % space.type(name).name)
    if not isinstance(w_bases, tupleobject.W_Tuple):
        raise space.type_error("type.__new__() argument 2 must be tuple, not %s"
                               % space.type(w_bases).name)
    bases_w = list(w_bases.items_w)
    for w_base in bases_w:
        if not isinstance(w_base, W_TypeObject) and \
                space.findattr(w_base, "__mro_entries__") is not None:
            raise space.type_error("type() doesn't support MRO entry resolution; use "
                                   "types.new_class()")
    if not isinstance(w_namespace, dictobject.W_Dict):
        raise space.type_error("type.__new__() argument 3 must be dict, not %s"
                               % space.type(w_namespace).name)
    return create_class(w_metatype, name, bases_w, w_namespace, kwargs_w)


@method(w_type_type, "__init__", keywords=True)
def type_init(w_type, *args_w, **kwargs_w):
    if len(args_w) not in (1, 3):
        raise space.type_error("type.__init__() takes 1 or 3 arguments")
    return None


def calculate_metaclass(w_metatype, bases_w):
    """The most derived metaclass among ``w_metatype`` and the bases' types."""
    w_winner = w_metatype
    for w_base in bases_w:
        w_base_meta = space.type(w_base)
        if w_winner.is_subtype(w_base_meta):
            continue
        if w_base_meta.is_subtype(w_winner):
            w_winner = w_base_meta
            continue
        raise space.type_error("metaclass conflict: the metaclass of a derived class must be "
                               "a (non-strict) subclass of the metaclasses of all its bases")
    return w_winner


def solid_layout(bases_w):
    """The instance layout (host class) shared by all bases, or a TypeError."""
    layout = W_Instance
    scalar_roots = set()
    for w_base in bases_w:
        candidate = w_base.instance_class
        if getattr(candidate, "scalar_layout", False):
            # int, str, bytes, float, complex share a host class but not a layout
            root = [w for w in w_base.mro_w if w.is_builtin and w.instance_class is candidate]
            scalar_roots.add(root[-1] if root else w_base)
            if len(scalar_roots) > 1:
                raise space.type_error("multiple bases have instance lay-out conflict")
        if candidate is layout or candidate is W_Instance or issubclass(layout, candidate):
            continue
        if layout is W_Instance:
            layout = candidate
            continue
        if issubclass(candidate, layout):
            layout = candidate
            continue
        raise space.type_error("multiple bases have instance lay-out conflict")
    return layout


def create_class(w_metatype, name, bases_w, w_namespace, kwargs_w):
    """type.__new__(metatype, name, bases, namespace, **kwargs)."""
    w_winner = calculate_metaclass(w_metatype, bases_w)
    if w_winner is not w_metatype:
        w_winner_new = _unwrap_static(w_winner.lookup("__new__"))
        if w_winner_new is not _unwrap_static(w_type_type.dict_w["__new__"]):
            return space.call(w_winner_new, [w_winner, name, space.newtuple(bases_w),
                                             w_namespace], kwargs_w)
        w_metatype = w_winner
    for w_base in bases_w:
        if not isinstance(w_base, W_TypeObject):
            raise space.type_error("bases must be types")
        if not w_base.acceptable_as_base:
            raise space.type_error("type '%s' is not an acceptable base type" % w_base.tp_name())
    if not bases_w:
        bases_w = [w_object_type]
    for i, w_base in enumerate(bases_w):
        if any(w_base is w_other for w_other in bases_w[:i]):
            raise space.type_error("duplicate base class %s" % w_base.name)
    layout = solid_layout(bases_w)
    dict_w = TypeDict(w_namespace.storage)
    w_qualname = dict_w.get("__qualname__")
    if w_qualname is not None and not isinstance(w_qualname, str):
        raise space.type_error("type __qualname__ must be a str, not %s"
                               % space.type(w_qualname).name)
    w_type = W_TypeObject(name, bases_w, dict_w, w_metatype=w_metatype, instance_class=layout)
    if isinstance(dict_w.get("__qualname__"), str):
        w_type.qualname = dict_w.pop("__qualname__")
    w_type.mro_w = compute_mro(w_type)
    w_type.changed()
    if w_metatype is not w_type_type:
        w_mro = w_metatype.lookup("mro")
        if w_mro is not w_type_type.dict_w["mro"]:        # a metaclass overriding mro()
            mro_w = space.unpack_iterable(space.call(space.get(w_mro, w_type, w_metatype), []))
            if not mro_w:
                raise space.type_error("type MRO must not be empty")
            for w_entry in mro_w:
                if not isinstance(w_entry, W_TypeObject):
                    raise space.type_error("mro() returned a non-class ('%s')"
                                           % space.type(w_entry).name)
                if not issubclass(w_type.instance_class, w_entry.instance_class):
                    raise space.type_error("mro() returned base with unsuitable layout ('%s')"
                                           % w_entry.tp_name())
            w_type.mro_w = mro_w
            w_type.changed()
    _setup_slots(w_type, bases_w)
    if "__module__" not in dict_w:
        w_globals_name = space.current_module_name()
        if w_globals_name is not None:
            dict_w["__module__"] = w_globals_name
    dict_w.setdefault("__doc__", None)
    if "__eq__" in dict_w and "__hash__" not in dict_w:
        dict_w["__hash__"] = None          # defining __eq__ alone makes instances unhashable
    for special in ("__new__",):
        w_value = dict_w.get(special)
        if w_value is not None and space.is_function(w_value):
            from snakevm.objspace.descriptors import W_StaticMethod
            dict_w[special] = W_StaticMethod(w_value)
    for special in ("__init_subclass__", "__class_getitem__"):
        w_value = dict_w.get(special)
        if w_value is not None and space.is_function(w_value):
            from snakevm.objspace.descriptors import W_ClassMethod
            dict_w[special] = W_ClassMethod(w_value)
    w_cell = dict_w.pop("__classcell__", None)
    if w_cell is not None:
        space.set_class_cell(w_cell, w_type)
    w_dictcell = dict_w.pop("__classdictcell__", None)
    if w_dictcell is not None:      # PEP 695 annotation scopes read the class's namespace
        space.set_class_cell(w_dictcell, space.new_mappingproxy(dict_w, w_type))
    for w_base in bases_w:
        w_base.subclasses.append(w_type)
    # __set_name__ on every attribute that has one
    for key, w_value in list(dict_w.items()):
        w_set_name = space.type(w_value).lookup("__set_name__")
        if w_set_name is not None:
            try:
                space.call(space.get(w_set_name, w_value), [w_type, key])
            except OperationError as e:
                note = "Error calling __set_name__ on '%s' instance %s in '%s'" % (
                    space.type(w_value).name, space.repr(key), w_type.name)
                space.call_method(e.w_value, "add_note", note)
                raise
    # __init_subclass__ of the parent
    w_super = space.new_super(w_type, w_type)
    w_init_subclass = space.getattr(w_super, "__init_subclass__")
    space.call(w_init_subclass, [], kwargs_w)
    return w_type


def _setup_slots(w_type, bases_w):
    """Decide whether instances get a __dict__, and lay out __slots__."""
    slots.setup_slots(w_type, bases_w)


# -- introspection --------------------------------------------------------------------
@method(w_type_type, "__repr__")
def type_repr(w_type):
    module = w_type.module_name()
    if isinstance(module, str) and module != "builtins":
        return "<class '%s.%s'>" % (module, w_type.qualname)
    return "<class '%s'>" % w_type.qualname


@method(w_type_type, "__getattribute__")
def type_getattribute(w_type, name):
    return space.type_getattr(w_type, name)


def _check_type_setattr(w_type, name):
    """CPython's type_setattro checks (for deletion too): a mutable type, a str name."""
    if w_type.is_builtin:
        raise space.type_error("cannot set %s attribute of immutable type '%s'"
                               % (space.repr(name), w_type.tp_name()))
    if not isinstance(name, str):
        raise space.type_error("attribute name must be string, not '%s'"
                               % space.type(name).tp_name())


@method(w_type_type, "__setattr__")
def type_setattr(w_type, name, w_value):
    _check_type_setattr(w_type, name)
    w_meta = space.type(w_type)
    w_descr = w_meta.lookup_attr(name)
    if w_descr is not MISSING and space.is_data_descriptor(space.type(w_descr)):
        space.generic_setattr(w_type, name, w_value)
        return
    w_type.dict_w[name] = w_value
    w_type.changed()
    if name == "__del__":
        adopt_existing_instances(w_type)


@method(w_type_type, "__delattr__")
def type_delattr(w_type, name):
    _check_type_setattr(w_type, name)
    w_descr = space.type(w_type).lookup_attr(name)
    if w_descr is not MISSING and _deletes_through(w_descr):
        space.generic_delattr(w_type, name)
        return
    if name not in w_type.dict_w:
        raise space.attribute_error("type object '%s' has no attribute '%s'"
                                    % (w_type.name, name))
    del w_type.dict_w[name]
    w_type.changed()


def _deletes_through(w_descr):
    """Does ``del cls.name`` go through the metatype's descriptor ``w_descr``?  Yes for a
    getset with a deleter (``__name__``, ``__doc__``...) and a guest data descriptor."""
    if isinstance(w_descr, W_GetSetDescriptor):
        return w_descr.deleter is not None
    return space.is_data_descriptor(space.type(w_descr))


@method(w_type_type, "__dir__")
def type_dir(w_self):
    """Specialized __dir__ implementation for types."""
    names = {}          # insertion-ordered: the class's own names, then its bases' (CPython)

    def merge(w_cls):
        names.update((k, None) for k in w_cls.dict_w if isinstance(k, str))
        for w_base in w_cls.bases_w:
            merge(w_base)
    merge(w_self)
    return space.newlist(list(names))


@method(w_type_type, "mro")
def type_mro(w_type):
    return space.newlist(compute_mro(w_type))


@method(w_type_type, "__subclasses__")
def type_subclasses(w_type):
    return space.newlist(list(w_type.subclasses))


@method(w_type_type, "__instancecheck__")
def type_instancecheck(w_type, w_obj):
    return space.type(w_obj).is_subtype(w_type)


@method(w_type_type, "__subclasscheck__")
def type_subclasscheck(w_type, w_sub):
    if not isinstance(w_sub, W_TypeObject):
        raise space.type_error("issubclass() arg 1 must be a class")
    return w_sub.is_subtype(w_type)


def check_special_type_attr(w_type, attr, deleting=False):
    """CPython's check_set_special_type_attr: built-in (immutable) types keep their
    __name__, __qualname__, __bases__...; no type lets them be deleted."""
    if w_type.is_builtin:
        raise space.type_error("cannot set '%s' attribute of immutable type '%s'"
                               % (attr, w_type.tp_name()))
    if deleting:
        raise space.type_error("cannot delete '%s' attribute of immutable type '%s'"
                               % (attr, w_type.tp_name()))


def _special_type_attr_deleter(attr):
    """The deleter of a special type attribute: always an error (see above)."""
    return lambda w_type: check_special_type_attr(w_type, attr, deleting=True)


def _set_name(w_type, w_value):
    check_special_type_attr(w_type, "__name__")
    if not isinstance(w_value, str):
        raise space.type_error("can only assign string to %s.__name__, not '%s'"
                               % (w_type.name, space.type(w_value).name))
    if "\x00" in w_value:
        raise space.value_error("type name must not contain null characters")
    w_type.name = w_value


def _set_qualname(w_type, w_value):
    check_special_type_attr(w_type, "__qualname__")
    if not isinstance(w_value, str):
        raise space.type_error("can only assign string to %s.__qualname__, not '%s'"
                               % (w_type.name, space.type(w_value).name))
    w_type.qualname = w_value


getset(w_type_type, "__name__", setter=_set_name,
       deleter=_special_type_attr_deleter("__name__"))(lambda w_type: w_type.name)
getset(w_type_type, "__qualname__", setter=_set_qualname,
       deleter=_special_type_attr_deleter("__qualname__"))(lambda w_type: w_type.qualname)
def _set_bases(w_type, w_value):
    """``C.__bases__ = (...)`` (CPython's type_set_bases) while the instance layout stays
    the same; the MROs of the class and its subclasses are recomputed with C3 (typing's
    generic NamedTuple relies on it)."""
    if w_type.is_builtin:
        raise space.type_error("cannot set '__bases__' attribute of immutable type '%s'"
                               % w_type.name)
    if space.type(w_value) is not space.builtins_type("tuple"):
        raise space.type_error("can only assign tuple to %s.__bases__, not %s"
                               % (w_type.name, space.type(w_value).tp_name()))
    bases_w = list(w_value.items_w)
    if not bases_w:
        raise space.type_error("can only assign non-empty tuple to %s.__bases__, not ()"
                               % w_type.name)
    for w_base in bases_w:
        if not isinstance(w_base, W_TypeObject):
            raise space.type_error("%s.__bases__ must be tuple of classes, not '%s'"
                                   % (w_type.name, space.type(w_base).tp_name()))
        if w_base.is_subtype(w_type):
            raise space.type_error("a __bases__ item causes an inheritance cycle")
    if solid_layout(bases_w) is not solid_layout(w_type.bases_w):
        raise space.type_error("__bases__ assignment: '%s' object layout differs from '%s'"
                               % (bases_w[0].name, w_type.bases_w[0].name))
    old_bases_w, old_mros = w_type.bases_w, []
    w_type.bases_w = bases_w
    try:
        _recompute_mros(w_type, old_mros)
    except OperationError:
        w_type.bases_w = old_bases_w
        for w_changed, mro_w in old_mros:
            w_changed.mro_w = mro_w
            w_changed.changed()
        raise
    for w_base in old_bases_w:
        w_base.subclasses.remove(w_type)
    for w_base in bases_w:
        w_base.subclasses.append(w_type)
    w_type.changed()


def _recompute_mros(w_type, old_mros):
    old_mros.append((w_type, w_type.mro_w))
    w_type.mro_w = compute_mro(w_type)
    for w_sub in w_type.subclasses:
        _recompute_mros(w_sub, old_mros)


getset(w_type_type, "__bases__", setter=_set_bases,
       deleter=_special_type_attr_deleter("__bases__"))(
    lambda w_type: space.newtuple(w_type.bases_w))
getset(w_type_type, "__base__")(lambda w_type: w_type.bases_w[0] if w_type.bases_w else None)
getset(w_type_type, "__mro__")(lambda w_type: space.newtuple(w_type.mro_w))
getset(w_type_type, "__dict__")(lambda w_type: space.new_mappingproxy(w_type.dict_w, w_type))
def _set_module(w_type, w_value):
    if w_type.is_builtin:
        raise space.type_error("cannot set '__module__' attribute of immutable type '%s'"
                               % w_type.name)
    w_type.dict_w["__module__"] = w_value
    w_type.changed()


def _get_module(w_type):
    if w_type.is_builtin:
        return w_type.module_name()
    w_module = w_type.dict_w.get("__module__", MISSING)
    if w_module is MISSING:
        raise space.attribute_error("__module__")
    return w_module


getset(w_type_type, "__module__", setter=_set_module,
       deleter=_special_type_attr_deleter("__module__"))(_get_module)
def _set_doc(w_type, w_value):
    if w_type.is_builtin:
        raise space.type_error("cannot set '__doc__' attribute of immutable type '%s'"
                               % w_type.name)
    w_type.dict_w["__doc__"] = w_value
    w_type.changed()


def _get_doc(w_type):
    w_doc = w_type.dict_w.get("__doc__")
    if not w_type.is_builtin and w_doc is not None and \
            space.type(w_doc).lookup("__get__") is not None:
        return space.get(w_doc, None, w_type)
    return w_doc


getset(w_type_type, "__doc__", setter=_set_doc,
       deleter=_special_type_attr_deleter("__doc__"))(_get_doc)


# -- built-in types that cannot be instantiated from guest code (no tp_new in CPython) -------
NOT_INSTANTIABLE = (
    "builtin_function_or_method", "method_descriptor", "classmethod_descriptor",
    "getset_descriptor", "member_descriptor", "wrapper_descriptor", "method-wrapper", "frame",
    "dict_keys", "dict_values", "dict_items", "dict_keyiterator", "dict_valueiterator",
    "dict_itemiterator", "dict_reversekeyiterator", "dict_reversevalueiterator",
    "dict_reverseitemiterator", "list_iterator", "list_reverseiterator", "tuple_iterator",
    "set_iterator", "range_iterator", "longrange_iterator", "str_ascii_iterator",
    "str_iterator", "bytes_iterator", "bytearray_iterator", "callable_iterator", "iterator",
)


def refuse_instances():
    """Give the NOT_INSTANTIABLE built-in types a __new__ that raises CPython's error."""
    from snakevm.objspace.typedef import ALL_BUILTIN_TYPES
    for type_name in NOT_INSTANTIABLE:
        w_type = ALL_BUILTIN_TYPES.get(type_name)
        if w_type is None or "__new__" in w_type.dict_w:
            continue

        def refuse(w_cls, *args_w, **kwargs_w):
            raise space.type_error("cannot create '%s' instances" % w_cls.name)
        new_method(w_type)(refuse)


# -- more type attributes (abc, inspect and typing read these) -----------------------------------
def _get_abstractmethods(w_type):
    w_value = w_type.dict_w.get("__abstractmethods__", MISSING) if w_type is not w_type_type \
        else MISSING
    if w_value is MISSING:
        raise space.attribute_error("__abstractmethods__")
    return w_value


def _set_abstractmethods(w_type, w_value):
    if w_type.is_builtin:
        raise space.type_error("cannot set '__abstractmethods__' attribute of immutable type "
                               "'%s'" % w_type.name)
    w_type.dict_w["__abstractmethods__"] = w_value
    w_type.is_abstract = space.is_true(w_value)
    w_type.changed()


def _del_abstractmethods(w_type):
    if w_type.dict_w.pop("__abstractmethods__", MISSING) is MISSING:
        raise space.attribute_error("__abstractmethods__")
    w_type.is_abstract = False
    w_type.changed()


getset(w_type_type, "__abstractmethods__", setter=_set_abstractmethods,
       deleter=_del_abstractmethods)(_get_abstractmethods)


def _get_annotations(w_type):
    if w_type.is_builtin:
        raise space.attribute_error("type object '%s' has no attribute '__annotations__'"
                                    % w_type.name)
    w_annotations = w_type.dict_w.get("__annotations__", MISSING)
    if w_annotations is MISSING:
        w_annotations = w_type.dict_w["__annotations__"] = space.newdict()
    elif space.type(w_annotations).lookup("__get__") is not None:
        w_annotations = space.get(w_annotations, None, w_type)
    return w_annotations


def _set_annotations(w_type, w_value):
    if w_type.is_builtin:
        raise space.type_error("cannot set '__annotations__' attribute of immutable type '%s'"
                               % w_type.name)
    w_type.dict_w["__annotations__"] = w_value
    w_type.changed()


getset(w_type_type, "__annotations__", setter=_set_annotations)(_get_annotations)
def _set_type_params(w_type, w_value):
    if w_type.is_builtin:
        raise space.type_error("cannot set '__type_params__' attribute of immutable type '%s'"
                               % w_type.name)
    w_type.dict_w["__type_params__"] = w_value
    w_type.changed()


getset(w_type_type, "__type_params__", setter=_set_type_params)(
    lambda w_type: w_type.dict_w.get("__type_params__", None) or space.newtuple([]))
getset(w_type_type, "__text_signature__")(lambda w_type: None)

# CPython's type flags (Include/object.h), computed from what snakevm knows about a type
_TPFLAGS = {"disallow_instantiation": 1 << 7, "heaptype": 1 << 9, "basetype": 1 << 10,
            "ready": 1 << 12, "have_gc": 1 << 14, "abstract": 1 << 20, "immutable": 1 << 8}
_SUBCLASS_FLAGS = (("int", 1 << 24), ("list", 1 << 25), ("tuple", 1 << 26), ("bytes", 1 << 27),
                   ("str", 1 << 28), ("dict", 1 << 29), ("BaseException", 1 << 30),
                   ("type", 1 << 31))


def _flags(w_type):
    flags = _TPFLAGS["ready"] | _TPFLAGS["have_gc"]
    flags |= _TPFLAGS["immutable"] if w_type.is_builtin else _TPFLAGS["heaptype"]
    if getattr(w_type, "heap_type", False):     # built-in types CPython creates from specs
        flags |= _TPFLAGS["heaptype"]
    if w_type.acceptable_as_base:
        flags |= _TPFLAGS["basetype"]
    if w_type.disallow_instantiation:
        flags |= _TPFLAGS["disallow_instantiation"]
    if getattr(w_type, "is_abstract", False):
        flags |= _TPFLAGS["abstract"]
    names = {w.name for w in w_type.mro_w if w.is_builtin}
    for name, bit in _SUBCLASS_FLAGS:
        if name in names:
            flags |= bit
    return flags


getset(w_type_type, "__flags__")(_flags)
getset(w_type_type, "__basicsize__")(lambda w_type: 16 + 8 * w_type.nslots)
getset(w_type_type, "__itemsize__")(lambda w_type: 0)
getset(w_type_type, "__dictoffset__")(lambda w_type: 0 if not w_type.has_dict else -1)
getset(w_type_type, "__weakrefoffset__")(lambda w_type: 0)


@classmethod_(w_type_type, "__prepare__", keywords=True)
def type_prepare(w_metatype, *args_w, **kwargs_w):
    """type.__prepare__(name, bases, **kwds): the namespace for a class body."""
    return space.newdict()


# (imported last: these modules import this one)
from snakevm.objspace import descriptors, dictobject, tupleobject  # noqa: E402


# (imported last: these modules import this one)
from snakevm.objspace import slots  # noqa: E402
