"""CALL_INTRINSIC_1 / CALL_INTRINSIC_2 operations (indices in opcodes.INTRINSIC_1/2)."""

from snakevm import opcodes
from snakevm.objspace.root import OperationError
from snakevm.objspace.space import space
from snakevm.objspace.listobject import W_List
from snakevm.interpreter import operands


def intrinsic_1(interp, f, oparg, w_value):
    name = opcodes.INTRINSIC_1[oparg]
    if name == "INTRINSIC_UNARY_POSITIVE":
        return space.unary_op(w_value, "+")
    if name == "INTRINSIC_LIST_TO_TUPLE":
        if type(w_value) is not W_List:
            raise operands.bad_operand("INTRINSIC_LIST_TO_TUPLE", w_value)
        return space.newtuple(w_value.items_w)
    if name == "INTRINSIC_STOPITERATION_ERROR":
        return stopiteration_error(f, w_value)
    if name == "INTRINSIC_PRINT":                   # interactive results: sys.displayhook
        from snakevm.module.sys import guest_stream
        w_hook = guest_stream("displayhook")
        if w_hook is None:
            raise space.error(space.builtin_exception("RuntimeError"), "lost sys.displayhook")
        space.call(w_hook, [w_value])
        return None
    if name == "INTRINSIC_IMPORT_STAR":
        w_module = w_value
        w_all = space.findattr(w_module, "__all__")
        names = space.unpack_iterable(w_all) if w_all is not None else [
            k for k in w_module.w_dict.storage if isinstance(k, str) and not k.startswith("_")]
        for name in names:
            space.setitem(f.w_locals, name, space.getattr(w_module, name))
        return None
    if name == "INTRINSIC_ASYNC_GEN_WRAP":
        from snakevm.interpreter.generators import AsyncGenWrapped
        return AsyncGenWrapped(w_value)
    if name in _TYPING_1:                           # PEP 695: objects of _typing
        return getattr(_typing(), _TYPING_1[name])(w_value)
    raise space.error(space.builtin_exception("NotImplementedError"),
                      "snakevm does not support %s yet" % name)


_TYPING_1 = {"INTRINSIC_TYPEVAR": "make_typevar", "INTRINSIC_PARAMSPEC": "make_paramspec",
             "INTRINSIC_TYPEVARTUPLE": "make_typevartuple",
             "INTRINSIC_SUBSCRIPT_GENERIC": "subscript_generic",
             "INTRINSIC_TYPEALIAS": "make_typealias"}


def _typing():
    from snakevm.module import _typingmodule    # native modules load on demand
    return _typingmodule


def stopiteration_error(f, w_exc):
    """A StopIteration escaping a generator becomes RuntimeError (PEP 479)."""
    flags = f.code.co_flags
    if flags & opcodes.CO_ASYNC_GENERATOR:
        kind, check = "async generator", ("StopIteration", "StopAsyncIteration")
    elif flags & opcodes.CO_COROUTINE:
        kind, check = "coroutine", ("StopIteration",)
    else:
        kind, check = "generator", ("StopIteration",)
    for name in check:
        if space.exception_match(space.type(w_exc), space.builtin_exception(name)):
            message = "%s raised %s" % (kind, name)
            w_new = space.call(space.builtin_exception("RuntimeError"), [message])
            w_new.w_cause = w_exc
            w_new.w_context = w_exc
            w_new.suppress_context = True
            return w_new
    return w_exc


def intrinsic_2(interp, f, oparg, w_value2, w_value1):
    name = opcodes.INTRINSIC_2[oparg]
    if name == "INTRINSIC_PREP_RERAISE_STAR":
        from snakevm.interpreter.exceptions import prep_reraise_star
        return prep_reraise_star(w_value2, w_value1)
    if name == "INTRINSIC_TYPEVAR_WITH_BOUND":
        return _typing().make_typevar(w_value2, w_value1, None)
    if name == "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS":
        return _typing().make_typevar(w_value2, None, w_value1)
    if name == "INTRINSIC_SET_FUNCTION_TYPE_PARAMS":
        space.setattr(w_value2, "__type_params__", w_value1)
        return w_value2
    raise space.error(space.builtin_exception("NotImplementedError"),
                      "snakevm does not support %s yet" % name)
