"""Constants of code objects as guest objects (the constant bridge).

co_consts holds host values (marshal's and the compiler's): ints, strs, tuples,
frozensets, code objects...  A frame's LOAD_CONST reads ``guest_constants(code)``,
the bridged list made once per code object (interpreter/frame.py keeps it as
``Frame.constants``)."""

from snakevm.code import Code
from snakevm.objspace.space import space
from snakevm.objspace.setobject import W_Set, W_FrozenSet
from snakevm.objspace.codeobject import guest_code


def guest_constants(code):
    """co_consts as guest objects (the constant bridge), made once per code object:
    every run of LOAD_CONST gives the same object, as in CPython."""
    consts_w = code._cache.get("consts_w")
    if consts_w is None:
        consts_w = code._cache["consts_w"] = [bridge_constant(c) for c in code.co_consts]
    return consts_w


def bridge_constant(value):
    if isinstance(value, (int, float, complex, str, bytes)) or value is None:
        return value
    if isinstance(value, tuple):
        return space.newtuple([bridge_constant(v) for v in value])
    if isinstance(value, frozenset):
        return W_FrozenSet([bridge_constant(v) for v in value])
    if value is Ellipsis:
        return space.w_Ellipsis
    if value is StopIteration:          # marshal's 'S' type code
        return space.builtin_exception("StopIteration")
    if isinstance(value, Code):
        return guest_code(value)
    # marshal data may hold mutable constants too (CPython loads and shares them)
    if isinstance(value, list):
        return space.newlist([bridge_constant(v) for v in value])
    if isinstance(value, set):
        return W_Set([bridge_constant(v) for v in value])
    if isinstance(value, dict):
        w_dict = space.newdict()
        for key, item in value.items():
            space.setitem(w_dict, bridge_constant(key), bridge_constant(item))
        return w_dict
    raise space.error(space.builtin_exception("SystemError"),
                      "unsupported constant of type %s" % type(value).__name__)
