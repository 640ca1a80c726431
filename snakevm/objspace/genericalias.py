"""types.GenericAlias (``list[int]``) and types.UnionType (``int | str``): the
objects behind PEP 585 generics and PEP 604 unions (CPython's
Objects/genericaliasobject.c and unionobject.c)."""

from snakevm.objspace.root import W_Root, OperationError
from snakevm.objspace.typedef import builtin_type, method, getset, new_method, classmethod_
from snakevm.objspace.typeobject import W_TypeObject, w_type_type, MISSING
from snakevm.objspace.space import space
from snakevm.objspace.typeparams import make_parameters, subs_parameters


def _repr_item(w_item):
    """How an argument appears inside ``origin[...]`` or ``a | b``."""
    if w_item is space.w_Ellipsis:
        return "..."
    if w_item is _none_type():
        return "None"
    if isinstance(w_item, (W_GenericAlias, W_UnionType)):
        return space.repr(w_item)
    if isinstance(w_item, W_TypeObject):
        module = w_item.module_name()
        if module == "builtins":
            return w_item.qualname
        return "%s.%s" % (module, w_item.qualname)
    return space.repr(w_item)


def _none_type():
    return space.type(None)


class W_GenericAlias(W_Root):
    def __init__(self, w_origin, args_w, unpacked=False):
        self.w_origin = w_origin
        self.args_w = tuple(args_w)
        self.unpacked = unpacked            # *tuple[int, ...] (PEP 646)


w_generic_alias_type = builtin_type("GenericAlias", instance_class=W_GenericAlias,
                                    module="types")


def new_generic_alias(w_origin, w_args):
    from snakevm.objspace.tupleobject import W_Tuple
    args_w = w_args.items_w if isinstance(w_args, W_Tuple) else [w_args]
    return W_GenericAlias(w_origin, args_w)


@new_method(w_generic_alias_type, keywords=True)
def generic_alias_new(w_cls, w_origin, w_args, **kwargs_w):
    if kwargs_w:
        raise space.type_error("GenericAlias() takes no keyword arguments")
    w_alias = new_generic_alias(w_origin, w_args)
    if w_cls is not w_generic_alias_type:       # collections.abc._CallableGenericAlias
        w_alias.w_type = w_cls
    return w_alias


@method(w_generic_alias_type, "__repr__")
def generic_alias_repr(w_self):
    star = "*" if w_self.unpacked else ""
    if not w_self.args_w:
        return "%s%s[()]" % (star, _repr_item(w_self.w_origin))
    return "%s%s[%s]" % (star, _repr_item(w_self.w_origin),
                         ", ".join(_repr_arg(w) for w in w_self.args_w))


def _repr_arg(w_arg):
    """An argument of ``origin[...]``: a list (``Callable``'s arguments) shows its items."""
    if space.type(w_arg) is space.builtins_type("list"):
        return "[%s]" % ", ".join(_repr_item(w) for w in w_arg.items_w)
    return _repr_item(w_arg)


@method(w_generic_alias_type, "__iter__")
def generic_alias_iter(w_self):
    """``*tuple[int]``: iterating an alias yields its unpacked form once."""
    return space.iter(space.newlist([W_GenericAlias(w_self.w_origin, w_self.args_w, True)]))


@method(w_generic_alias_type, "__call__", keywords=True)
def generic_alias_call(w_self, *args_w, **kwargs_w):
    w_result = space.call(w_self.w_origin, list(args_w), kwargs_w)
    try:
        space.setattr(w_result, "__orig_class__", w_self)
    except OperationError as e:
        if not (e.match(space.builtin_exception("AttributeError")) or
                e.match(space.builtin_exception("TypeError"))):
            raise
    return w_result


@method(w_generic_alias_type, "__eq__")
def generic_alias_eq(w_self, w_other):
    if not isinstance(w_other, W_GenericAlias):
        return space.w_NotImplemented
    return (w_self.unpacked == w_other.unpacked and space.eq_w(w_self.w_origin, w_other.w_origin) and
            space.eq_w(space.newtuple(list(w_self.args_w)), space.newtuple(list(w_other.args_w))))


@method(w_generic_alias_type, "__hash__")
def generic_alias_hash(w_self):
    return space.hash_w(w_self.w_origin) ^ space.hash_w(space.newtuple(list(w_self.args_w)))


@method(w_generic_alias_type, "__mro_entries__")
def generic_alias_mro_entries(w_self, w_bases):
    return space.newtuple([w_self.w_origin])


@method(w_generic_alias_type, "__instancecheck__")
def generic_alias_instancecheck(w_self, w_obj):
    raise space.type_error("isinstance() argument 2 cannot be a parameterized generic")


@method(w_generic_alias_type, "__subclasscheck__")
def generic_alias_subclasscheck(w_self, w_cls):
    raise space.type_error("issubclass() argument 2 cannot be a parameterized generic")


@method(w_generic_alias_type, "__getitem__")
def generic_alias_getitem(w_self, w_item):
    """``list[T][int]``: substitute the type parameters (objspace/typeparams.py)."""
    args_w = subs_parameters(w_self, w_self.args_w, make_parameters(w_self.args_w), w_item)
    return W_GenericAlias(w_self.w_origin, args_w, w_self.unpacked)


@method(w_generic_alias_type, "__reduce__")
def generic_alias_reduce(w_self):
    return space.newtuple([w_generic_alias_type, space.newtuple(
        [w_self.w_origin, space.newtuple(list(w_self.args_w))])])


_NOT_FORWARDED = ("__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
                  "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__",
                  "__reduce__", "__copy__", "__deepcopy__")


@method(w_generic_alias_type, "__getattribute__")
def generic_alias_getattribute(w_self, name):
    """Attributes not defined by the alias itself come from its origin (like CPython)."""
    if name not in _NOT_FORWARDED and not (
            name.startswith("__") and name.endswith("__") and
            w_generic_alias_type.lookup(name) is not None):
        w_found = space.findattr(w_self.w_origin, name)
        if w_found is not None:
            return w_found
    return space.generic_getattr(w_self, name)


getset(w_generic_alias_type, "__origin__")(lambda w_self: w_self.w_origin)
getset(w_generic_alias_type, "__args__")(lambda w_self: space.newtuple(list(w_self.args_w)))
getset(w_generic_alias_type, "__parameters__")(
    lambda w_self: space.newtuple(make_parameters(w_self.args_w)))
getset(w_generic_alias_type, "__unpacked__")(lambda w_self: w_self.unpacked)
getset(w_generic_alias_type, "__typing_unpacked_tuple_args__")(
    lambda w_self: space.newtuple(list(w_self.args_w))
    if w_self.unpacked and w_self.w_origin is space.builtins_type("tuple") else None)


# -- unions ----------------------------------------------------------------------------------
class W_UnionType(W_Root):
    def __init__(self, args_w):
        self.args_w = tuple(args_w)


w_union_type = builtin_type("UnionType", instance_class=W_UnionType, module="types",
                            acceptable_as_base=False)


def _unionable(w_obj):
    if w_obj is None or isinstance(w_obj, (W_TypeObject, W_GenericAlias, W_UnionType)):
        return True
    w_type = space.type(w_obj)           # typing.TypeAliasType (module/applevel/_typing.py)
    return w_type.name == "TypeAliasType" and w_type.module_name() == "typing"


def union_or(w_left, w_right):
    """``left | right`` for types, None, generic aliases and unions."""
    if not (_unionable(w_left) and _unionable(w_right)):
        return space.w_NotImplemented
    args_w = []
    for w_side in (w_left, w_right):
        items = w_side.args_w if isinstance(w_side, W_UnionType) else (w_side,)
        for w_item in items:
            if w_item is None:
                w_item = _none_type()
            if not any(w_item is w or (isinstance(w, W_GenericAlias) and space.eq_w(w, w_item))
                       for w in args_w):
                args_w.append(w_item)
    if len(args_w) == 1:
        return args_w[0]
    return W_UnionType(args_w)


@method(w_union_type, "__repr__")
def union_repr(w_self):
    return " | ".join(_repr_item(w) for w in w_self.args_w)


@method(w_union_type, "__eq__")
def union_eq(w_self, w_other):
    if not isinstance(w_other, W_UnionType):
        return space.w_NotImplemented
    return space.eq_w(space.call(_frozenset_type(), [space.newtuple(list(w_self.args_w))]),
                      space.call(_frozenset_type(), [space.newtuple(list(w_other.args_w))]))


@method(w_union_type, "__hash__")
def union_hash(w_self):
    return space.hash_w(space.call(_frozenset_type(), [space.newtuple(list(w_self.args_w))]))


def _frozenset_type():
    from snakevm.objspace.typedef import ALL_BUILTIN_TYPES
    return ALL_BUILTIN_TYPES["frozenset"]


@method(w_union_type, "__getitem__")
def union_getitem(w_self, w_item):
    """``(list[T] | None)[int]``: substitute, then rebuild the union with ``|``."""
    args_w = subs_parameters(w_self, w_self.args_w, make_parameters(w_self.args_w), w_item)
    if not args_w:
        return W_UnionType(args_w)
    w_result = args_w[0]
    for w_arg in args_w[1:]:
        w_result = space.binary_op(w_result, w_arg, "|")
    return w_result


getset(w_union_type, "__args__")(lambda w_self: space.newtuple(list(w_self.args_w)))
getset(w_union_type, "__parameters__")(
    lambda w_self: space.newtuple(make_parameters(w_self.args_w)))

for _w_type in (w_union_type, w_generic_alias_type, w_type_type):
    method(_w_type, "__or__")(lambda w_self, w_other: union_or(w_self, w_other))
    method(_w_type, "__ror__")(lambda w_self, w_other: union_or(w_other, w_self))


# -- __class_getitem__ of the built-in generic types ---------------------------------------------
GENERIC_BUILTINS = ("list", "dict", "tuple", "set", "frozenset", "enumerate", "mappingproxy",
                    "async_generator")


def install_class_getitem():
    from snakevm.objspace.typedef import ALL_BUILTIN_TYPES
    for type_name in GENERIC_BUILTINS:
        w_type = ALL_BUILTIN_TYPES.get(type_name)
        if w_type is not None and "__class_getitem__" not in w_type.dict_w:
            classmethod_(w_type, "__class_getitem__",
                         doc="See PEP 585")(lambda w_cls, w_item: new_generic_alias(w_cls, w_item))
