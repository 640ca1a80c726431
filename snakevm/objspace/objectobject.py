"""The methods of ``object``: creation, attribute access, identity-based
comparison and hashing, default repr/str/format, __init_subclass__."""

from snakevm.objspace.typedef import method, new_method, getset, classmethod_
from snakevm.objspace.root import W_Root
from snakevm.objspace.typeobject import w_object_type, W_TypeObject, W_Instance
from snakevm.objspace.space import space
from snakevm.memory.finalizers import adopt
from snakevm.objspace.dictobject import W_Dict
from snakevm.objspace.listobject import W_List
from snakevm.objspace.tupleobject import W_Tuple


@new_method(w_object_type)
def object_new(w_cls, *args_w, **kwargs_w):
    if not isinstance(w_cls, W_TypeObject):
        raise space.type_error("object.__new__(X): X is not a type object (%s)"
                               % space.type(w_cls).name)
    if args_w or kwargs_w:
        overrides_new = w_cls.lookup("__new__") is not w_object_type.dict_w["__new__"]
        overrides_init = w_cls.lookup("__init__") is not w_object_type.dict_w["__init__"]
        if overrides_new or not overrides_init:
            if overrides_new:
                raise space.type_error("object.__new__() takes exactly one argument "
                                       "(the type to instantiate)")
            raise space.type_error("%s() takes no arguments" % w_cls.name)
    if w_cls.instance_class is not W_Instance:
        raise space.type_error("object.__new__(%s) is not safe, use %s.__new__()"
                               % (w_cls.tp_name(), w_cls.tp_name()))
    if getattr(w_cls, "is_abstract", False):
        names = sorted(space.unpack_iterable(w_cls.dict_w.get("__abstractmethods__")))
        raise space.type_error("Can't instantiate abstract class %s without an implementation "
                               "for abstract method%s %s" % (
                                   w_cls.name, "" if len(names) == 1 else "s",
                                   ", ".join("'%s'" % name for name in names)))
    return adopt(w_cls.instance_class(w_cls))


@method(w_object_type, "__init__")
def object_init(w_self, *args_w, **kwargs_w):
    if args_w or kwargs_w:
        w_type = space.type(w_self)
        overrides_new = w_type.lookup("__new__") is not w_object_type.dict_w["__new__"]
        overrides_init = w_type.lookup("__init__") is not w_object_type.dict_w["__init__"]
        if overrides_init or not overrides_new:
            if overrides_init:
                raise space.type_error("object.__init__() takes exactly one argument "
                                       "(the instance to initialize)")
            raise space.type_error("%s() takes no arguments" % w_type.name)
    return None


@method(w_object_type, "__getattribute__")
def object_getattribute(w_self, name):
    _check_name(name)
    return space.generic_getattr(w_self, name)


@method(w_object_type, "__setattr__")
def object_setattr(w_self, name, w_value):
    _check_name(name)
    _hack_check(w_self, "__setattr__")
    space.generic_setattr(w_self, name, w_value)


@method(w_object_type, "__delattr__")
def object_delattr(w_self, name):
    _check_name(name)
    _hack_check(w_self, "__delattr__")
    space.generic_delattr(w_self, name)


def _hack_check(w_self, name):
    """object.__setattr__ must not bypass type.__setattr__ (CPython's hackcheck)."""
    from snakevm.objspace.typeobject import W_TypeObject
    if isinstance(w_self, W_TypeObject):
        raise space.type_error("can't apply this %s to type object" % name)


def _check_name(name):
    if not isinstance(name, str):
        raise space.type_error("attribute name must be string, not '%s'"
                               % space.type(name).name)


@method(w_object_type, "__repr__")
def object_repr(w_self):
    w_type = space.type(w_self)
    module = w_type.module_name()
    qualname = w_type.qualname
    if isinstance(module, str) and module != "builtins":
        qualname = module + "." + qualname
    return "<%s object at 0x%x>" % (qualname, id(w_self))


@method(w_object_type, "__str__")
def object_str(w_self):
    return space.repr(w_self)


@method(w_object_type, "__hash__")
def object_hash(w_self):
    return id(w_self) >> 4


@method(w_object_type, "__eq__")
def object_eq(w_self, w_other):
    return True if w_self is w_other else space.w_NotImplemented


@method(w_object_type, "__ne__")
def object_ne(w_self, w_other):
    w_eq = space.type(w_self).lookup("__eq__")
    w_result = space.call(space.get(w_eq, w_self), [w_other])
    if w_result is space.w_NotImplemented:
        return w_result
    return not space.is_true(w_result)


for _name in ("__lt__", "__le__", "__gt__", "__ge__"):
    method(w_object_type, _name)(lambda w_self, w_other: space.w_NotImplemented)


@method(w_object_type, "__format__")
def object_format(w_self, spec):
    if not isinstance(spec, str):
        raise space.type_error("format spec must be a str, not %s" % space.type(spec).name)
    if spec:
        raise space.type_error("unsupported format string passed to %s.__format__"
                               % space.type(w_self).name)
    return space.str_object(w_self)         # (a str subclass from __str__ stays one)


@classmethod_(w_object_type, "__init_subclass__")
def object_init_subclass(w_cls, **kwargs_w):
    if kwargs_w:
        raise space.type_error("%s.__init_subclass__() takes no keyword arguments"
                               % w_cls.name)
    return None


@classmethod_(w_object_type, "__subclasshook__")
def object_subclasshook(w_cls, *args_w):
    return space.w_NotImplemented


@method(w_object_type, "__dir__")
def object_dir(w_self):
    names = set()
    w_dict = getattr(w_self, "w_dict", None)
    if w_dict is not None:
        names.update(k for k in w_dict.storage if isinstance(k, str))
    for w_cls in space.type(w_self).mro_w:
        names.update(w_cls.dict_w)
    return space.newlist(sorted(names))


@method(w_object_type, "__sizeof__")
def object_sizeof(w_self):
    return 16


def _get_class(w_self):
    return space.type(w_self)


def _set_class(w_self, w_new):
    if not isinstance(w_new, W_TypeObject):
        raise space.type_error("__class__ must be set to a class, not '%s' object"
                               % space.type(w_new).name)
    w_old = space.type(w_self)
    w_module_type = space.builtins_type("module")
    both_modules = w_old.is_subtype(w_module_type) and w_new.is_subtype(w_module_type)
    if (w_new.is_builtin or w_old.is_builtin) and not both_modules:
        raise space.type_error("__class__ assignment only supported for mutable types "
                               "or ModuleType subclasses")
    if not _same_layout(w_old, w_new):
        raise space.type_error("__class__ assignment: '%s' object layout differs from '%s'"
                               % (w_new.tp_name(), w_old.tp_name()))
    w_self.w_type = w_new
    if isinstance(w_self, W_Root) and not w_new.is_builtin:
        adopt(w_self)


def _same_layout(w_old, w_new):
    """Can an instance of ``w_old`` become one of ``w_new``?  (CPython's
    compatible_for_assignment.)  Between module types, the module's own dict does not
    count."""
    old, new = _instance_layout(w_old), _instance_layout(w_new)
    if w_old.is_builtin or w_new.is_builtin:
        return old[:2] == new[:2]
    return old == new


def _instance_layout(w_type):
    """The host class of the instances, the __slots__ (in storage order), and whether
    instances have a __dict__ and weak references."""
    from snakevm.objspace.slots import W_MemberDescriptor
    slots = []
    for w_cls in w_type.mro_w:
        for name, w_value in w_cls.dict_w.items():
            if type(w_value) is W_MemberDescriptor and w_value.w_objclass is w_cls:
                slots.append((w_value.index, name))
    return (w_type.instance_class, sorted(slots), w_type.has_dict,
            getattr(w_type, "has_weakref", False))


def _delete_class(w_self):
    raise space.type_error("can't delete __class__ attribute")


getset(w_object_type, "__class__", setter=_set_class, deleter=_delete_class)(_get_class)
w_object_type.dict_w["__doc__"] = "The base class of the class hierarchy.\n\n" \
    "When called, it accepts no arguments and returns a new featureless\n" \
    "instance that has no instance attributes and cannot be given any.\n"


# object itself has no __dict__: classes whose instances have one get a __dict__
# descriptor of their own (slots.dict_descriptor), like CPython's subtype_dict.


# -- pickling protocol (copyreg's part is done in guest code when copyreg is importable) --------
@method(w_object_type, "__getstate__")
def object_getstate(w_self):
    """The instance __dict__ (a copy) plus slot values, or None if there is no state."""
    from snakevm.objspace.slots import W_MemberDescriptor, EMPTY
    w_dict = getattr(w_self, "w_dict", None)
    w_state = None
    if w_dict is not None and w_dict.storage:
        w_state = space.newdict()
        w_state.storage.update(w_dict.storage)
    slots = {}
    for w_cls in space.type(w_self).mro_w:
        for name, w_value in w_cls.dict_w.items():
            if isinstance(w_value, W_MemberDescriptor):
                slots_w = getattr(w_self, "slots_w", None) or []
                if 0 <= w_value.index < len(slots_w) and slots_w[w_value.index] is not EMPTY:
                    slots.setdefault(name, slots_w[w_value.index])
    if slots:
        w_slots = space.newdict()
        for name, w_value in slots.items():
            w_slots.setitem_str(name, w_value)
        return space.newtuple([w_state, w_slots])
    return w_state


def _copyreg():
    return space.import_hook("copyreg", None, None, None, 0)


@method(w_object_type, "__reduce_ex__")
def object_reduce_ex(w_self, protocol):
    """object.__reduce_ex__: a user __reduce__ wins; otherwise copyreg's protocol."""
    protocol = space.index(protocol)
    if not -2 ** 31 <= protocol < 2 ** 31:          # (an Argument Clinic C int)
        raise space.error(space.builtin_exception("OverflowError"),
                          "Python int too large to convert to C int")
    w_type = space.type(w_self)
    w_reduce = w_type.lookup("__reduce__")
    if w_reduce is not w_object_type.dict_w["__reduce__"]:
        return space.call(space.get(w_reduce, w_self, w_type), [])
    return _reduce_with_copyreg(w_self, protocol)


@method(w_object_type, "__reduce__")
def object_reduce(w_self):
    return _reduce_with_copyreg(w_self, 0)


def _reduce_with_copyreg(w_self, protocol):
    w_type = space.type(w_self)
    w_copyreg = _copyreg()
    if space.index(protocol) < 2:           # copyreg refuses what it cannot pickle
        return space.call(space.getattr(w_copyreg, "_reduce_ex"), [w_self, protocol])
    w_args, w_kwargs = _new_arguments(w_self)
    # the state is "required" unless __new__ gets arguments or the object is a list or
    # a dict, whose items are pickled apart (CPython's reduce_newobj)
    _refuse_opaque(w_self, w_type, required=w_args is None and not isinstance(
        w_self, (W_List, W_Dict)))
    if w_kwargs is None or not space.is_true(w_kwargs):
        w_newobj = space.getattr(w_copyreg, "__newobj__")
        w_newargs = space.newtuple([w_type] + (list(w_args.items_w) if w_args is not None
                                               else []))
    else:
        w_newobj = space.getattr(w_copyreg, "__newobj_ex__")
        w_newargs = space.newtuple([w_type, w_args, w_kwargs])
    w_state = space.call_method(w_self, "__getstate__")
    w_listitems = space.iter(w_self) if isinstance(w_self, W_List) else None
    w_dictitems = space.iter(space.call_method(w_self, "items")) \
        if isinstance(w_self, W_Dict) else None
    return space.newtuple([w_newobj, w_newargs, w_state, w_listitems, w_dictitems])


def _refuse_opaque(w_self, w_type, required):
    """CPython's "cannot pickle" check: a built-in type whose instances hold C-level
    state that neither __getstate__ nor __new__'s arguments carry."""
    if required and w_type.is_builtin and w_type is not w_object_type and \
            w_type.lookup("__getstate__") is w_object_type.dict_w.get("__getstate__"):
        raise space.type_error("cannot pickle '%s' object" % w_type.tp_name())


def _new_arguments(w_self):
    """(args tuple or None, kwargs dict or None) from __getnewargs_ex__ or
    __getnewargs__, with CPython's checks (_PyObject_GetNewArguments)."""
    w_type = space.type(w_self)
    w_method = w_type.lookup("__getnewargs_ex__")
    if w_method is not None:
        w_result = space.call(space.get(w_method, w_self, w_type), [])
        if not isinstance(w_result, W_Tuple):
            raise space.type_error("__getnewargs_ex__ should return a tuple, not '%s'"
                                   % space.type(w_result).name)
        if len(w_result.items_w) != 2:
            raise space.value_error("__getnewargs_ex__ should return a tuple of length 2, "
                                    "not %d" % len(w_result.items_w))
        w_args, w_kwargs = w_result.items_w
        if not isinstance(w_args, W_Tuple):
            raise space.type_error("first item of the tuple returned by __getnewargs_ex__ "
                                   "must be a tuple, not '%s'" % space.type(w_args).name)
        if not isinstance(w_kwargs, W_Dict):
            raise space.type_error("second item of the tuple returned by __getnewargs_ex__ "
                                   "must be a dict, not '%s'" % space.type(w_kwargs).name)
        return w_args, w_kwargs
    w_method = w_type.lookup("__getnewargs__")
    if w_method is not None:
        w_args = space.call(space.get(w_method, w_self, w_type), [])
        if not isinstance(w_args, W_Tuple):
            raise space.type_error("__getnewargs__ should return a tuple, not '%s'"
                                   % space.type(w_args).name)
        return w_args, None
    return None, None
