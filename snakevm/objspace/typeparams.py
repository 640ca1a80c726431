"""Type parameters of ``types.GenericAlias`` and ``types.UnionType``: which type
variables an alias such as ``dict[str, list[T]]`` has (``__parameters__``) and how
subscripting it substitutes them (``alias[int]``) -- CPython 3.12's
_Py_make_parameters and _Py_subs_parameters (Objects/genericaliasobject.c).

Anything with ``__typing_subst__`` (TypeVar, ParamSpec, TypeVarTuple, typing's own
objects) is a parameter; other arguments contribute their own ``__parameters__``
and are subscripted in turn.  TypeVarTuples and ParamSpecs take part through their
``__typing_prepare_subst__`` hooks, as in CPython."""

from snakevm.objspace.space import space
from snakevm.objspace.typeobject import W_TypeObject
from snakevm.objspace.tupleobject import W_Tuple


def _items(w_obj):
    return list(w_obj.items_w) if isinstance(w_obj, W_Tuple) else [w_obj]


def _index(params_w, w_param):
    for index, w_p in enumerate(params_w):
        if w_p is w_param:
            return index
    return -1


def make_parameters(args_w):
    """The type variables found in ``args_w``, in order of first appearance."""
    params_w = []
    for w_arg in args_w:
        if isinstance(w_arg, W_TypeObject):       # not a bare class's __parameters__
            continue
        if space.findattr(w_arg, "__typing_subst__") is not None:
            if _index(params_w, w_arg) < 0:
                params_w.append(w_arg)
            continue
        w_subparams = space.findattr(w_arg, "__parameters__")
        if isinstance(w_subparams, W_Tuple):
            for w_param in w_subparams.items_w:
                if _index(params_w, w_param) < 0:
                    params_w.append(w_param)
    return params_w


def _unpack_args(w_item):
    """``*tuple[int, str]`` among the arguments stands for int, str."""
    result_w = []
    for w_arg in _items(w_item):
        if not isinstance(w_arg, W_TypeObject):
            w_subargs = space.findattr(w_arg, "__typing_unpacked_tuple_args__")
            if isinstance(w_subargs, W_Tuple) and not (
                    w_subargs.items_w and w_subargs.items_w[-1] is space.w_Ellipsis):
                result_w.extend(w_subargs.items_w)
                continue
        result_w.append(w_arg)
    return space.newtuple(result_w)


def _is_unpacked_typevartuple(w_arg):
    if isinstance(w_arg, W_TypeObject):
        return False
    w_flag = space.findattr(w_arg, "__typing_is_unpacked_typevartuple__")
    return w_flag is not None and space.is_true(w_flag)


def _subs_tvars(w_obj, params_w, argitems_w):
    """Substitute inside a nested argument (``list[T]`` within ``dict[str, list[T]]``)."""
    w_subparams = space.findattr(w_obj, "__parameters__")
    if not isinstance(w_subparams, W_Tuple) or not w_subparams.items_w:
        return w_obj
    subargs_w = []
    for w_arg in w_subparams.items_w:
        index = _index(params_w, w_arg)
        if index >= 0:
            w_param = params_w[index]
            w_arg = argitems_w[index]
            if space.type(w_param).lookup("__iter__") is not None and \
                    isinstance(w_arg, W_Tuple):             # a TypeVarTuple's types
                subargs_w.extend(w_arg.items_w)
                continue
        subargs_w.append(w_arg)
    return space.getitem(w_obj, space.newtuple(subargs_w))


def subs_parameters(w_self, args_w, params_w, w_item):
    """The arguments of ``w_self[w_item]``, where ``w_self`` has arguments ``args_w``
    and parameters ``params_w``."""
    if not params_w:
        raise space.type_error("%s is not a generic class" % space.repr(w_self))
    w_item = _unpack_args(w_item)
    for w_param in params_w:
        w_prepare = space.findattr(w_param, "__typing_prepare_subst__")
        if w_prepare is not None:
            w_item = space.call(w_prepare, [w_self, w_item if isinstance(w_item, W_Tuple)
                                            else space.newtuple([w_item])])
    argitems_w = _items(w_item)
    if len(argitems_w) != len(params_w):
        raise space.type_error("Too %s arguments for %s; actual %d, expected %d" % (
            "many" if len(argitems_w) > len(params_w) else "few", space.repr(w_self),
            len(argitems_w), len(params_w)))
    newargs_w = []
    for w_arg in args_w:
        if isinstance(w_arg, W_TypeObject):
            newargs_w.append(w_arg)
            continue
        unpack = _is_unpacked_typevartuple(w_arg)
        w_subst = space.findattr(w_arg, "__typing_subst__")
        if w_subst is not None:
            w_arg = space.call(w_subst, [argitems_w[_index(params_w, w_arg)]])
        else:
            w_arg = _subs_tvars(w_arg, params_w, argitems_w)
        if unpack:
            newargs_w.extend(space.unpack_iterable(w_arg))
        else:
            newargs_w.append(w_arg)
    return newargs_w
