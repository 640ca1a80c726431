"""Checks of instruction operands that crafted bytecode can get wrong.

The verifier (verify.py) proves what it can from the code alone: opargs,
jumps, stack depths, NULLs.  What an operand *is* -- a tuple of names for
BUILD_CONST_KEY_MAP, a code object for MAKE_FUNCTION -- depends on values, so
the handlers that rely on it check it here and raise SystemError where
CPython would crash.  Code from snakevm's compiler never fails these checks."""

from snakevm.objspace.space import space
from snakevm.objspace.dictobject import W_Dict
from snakevm.objspace.functionobject import W_Cell
from snakevm.objspace.tupleobject import W_Tuple
from snakevm.objspace.codeobject import W_Code


def bad_operand(instruction, w_value, expected="list"):
    """SystemError: ``instruction`` found ``w_value`` where it needs ``expected``."""
    return space.error(space.builtin_exception("SystemError"), "%s: expected a %s, found a %s"
                       % (instruction, expected, space.type(w_value).name))


def tuple_items(instruction, w_value, length=None):
    """The items of the exact tuple ``w_value`` (of ``length`` items, if given)."""
    if type(w_value) is not W_Tuple or (length is not None and len(w_value.items_w) != length):
        raise bad_operand(instruction, w_value, "tuple" if length is None
                          else "tuple of %d items" % length)
    return w_value.items_w


def check_make_function(w_code, w_closure, w_annotations, w_kwdefaults, w_defaults):
    """The operands MAKE_FUNCTION finds on the stack are what the compiler puts there
    (crafted bytecode may put anything: SystemError, where CPython would crash)."""
    problem = None
    if not isinstance(w_code, W_Code):
        problem = "the code is a %s" % space.type(w_code).name
    elif w_closure is not None and not (
            type(w_closure) is W_Tuple and len(w_closure.items_w) == len(w_code.code.co_freevars)
            and all(isinstance(w_cell, W_Cell) for w_cell in w_closure.items_w)):
        problem = "the closure is not a tuple of %d cells" % len(w_code.code.co_freevars)
    elif w_closure is None and w_code.code.co_freevars:
        problem = "no closure for %d free variables" % len(w_code.code.co_freevars)
    elif w_defaults is not None and type(w_defaults) is not W_Tuple:
        problem = "the defaults are not a tuple"
    elif w_kwdefaults is not None and type(w_kwdefaults) is not W_Dict:
        problem = "the keyword defaults are not a dict"
    elif w_annotations is not None and not (type(w_annotations) is W_Dict or (
            type(w_annotations) is W_Tuple and len(w_annotations.items_w) % 2 == 0 and
            all(type(w_name) is str for w_name in w_annotations.items_w[::2]))):
        problem = "the annotations are neither a dict nor a tuple of names and values"
    if problem is not None:
        raise space.error(space.builtin_exception("SystemError"),
                          "MAKE_FUNCTION: %s" % problem)
