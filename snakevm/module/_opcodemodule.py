"""_opcode: stack effects of CPython 3.12 instructions (interpreter level).

CPython 3.12's _opcode has two functions, ``stack_effect`` and
``get_specialization_stats``; Lib's ``opcode`` and ``dis`` import them.
``stack_effect`` reads snakevm's own instruction table (snakevm/opcodes.py),
the same one the compiler uses for stack depths, and follows the rules of
CPython's compile.c: an instruction with an argument (HAS_ARG) requires
``oparg``, one without refuses it; a negative pop or push count, a
specialized or unknown opcode is "invalid opcode or oparg"; ``jump=None``
gives the larger of the two effects.  snakevm does not specialize, so
``get_specialization_stats()`` is None (as in a CPython built without
statistics)."""

from snakevm import opcodes
from snakevm.objspace.space import space
from snakevm.module.moduledef import ModuleDef

_INT_MAX = 2 ** 31 - 1
_LONG_MAX = 2 ** 63 - 1

# Pseudo instructions that take an argument (CPython 3.12's HAS_ARG macro).
_PSEUDO_WITH_ARG = frozenset(opcodes.BY_NAME[name].number for name in (
    "JUMP", "JUMP_NO_INTERRUPT", "LOAD_METHOD", "LOAD_SUPER_METHOD",
    "LOAD_ZERO_SUPER_METHOD", "LOAD_ZERO_SUPER_ATTR", "STORE_FAST_MAYBE_NULL"))
_PSEUDO_NUMBERS = range(opcodes.MIN_PSEUDO_OPCODE,
                        max(ins.number for ins in opcodes.INSTRUCTIONS) + 1)


def _has_arg(opcode):
    if opcode in _PSEUDO_NUMBERS:
        return opcode in _PSEUDO_WITH_ARG
    return opcode >= opcodes.HAVE_ARGUMENT


def _c_integer(w_value, limit, c_name):
    value = space.index(w_value)
    if not -limit - 1 <= value <= limit:
        raise space.error(space.builtin_exception("OverflowError"),
                          "Python int too large to convert to C %s" % c_name)
    return value


def _invalid():
    return space.value_error("invalid opcode or oparg")


def stack_effect(*args_w, jump=None):
    """Compute the stack effect of the opcode."""
    # Argument Clinic's messages for (opcode, oparg=None, /, *, jump=None).
    if not 1 <= len(args_w) <= 2:
        raise space.type_error("stack_effect() takes at %s (%d given)" % (
            "least 1 positional argument" if not args_w else
            "most 2 positional arguments", len(args_w)))
    w_opcode, w_oparg = args_w[0], args_w[1] if len(args_w) == 2 else None
    opcode = _c_integer(w_opcode, _INT_MAX, "int")
    oparg = 0
    if _has_arg(opcode):
        if w_oparg is None:
            raise space.value_error(
                "stack_effect: opcode requires oparg but oparg was not specified")
        # CPython reads a C long and keeps its low 32 bits (a C int).
        oparg = _c_integer(w_oparg, _LONG_MAX, "long") & 0xFFFFFFFF
        if oparg > _INT_MAX:
            oparg -= 2 ** 32
    elif w_oparg is not None:
        raise space.value_error(
            "stack_effect: opcode does not permit oparg but oparg was specified")
    if jump is not None and jump is not True and jump is not False:
        raise space.value_error("stack_effect: jump must be False, True or None")
    ins = opcodes.BY_NUMBER.get(opcode)
    if ins is None or opcode == opcodes.INSTRUMENTED_LINE:    # no metadata in CPython
        raise _invalid()
    if ins.family == "pseudo":
        if ins.jump_pushes is not None:
            # CPython: `jump ? effect_if_jumping : 0`, and None counts as jumping.
            return ins.stack_effect(oparg, jump=jump is not False)
        return ins.stack_effect(oparg)
    effects = [_real_effect(ins, oparg, jump is True)]
    if jump is None:
        effects.append(_real_effect(ins, oparg, True))
    return max(effects)


# CPython's metadata counts only the values these pop, not the container below them
# that snakevm's table includes (it matters only for a negative oparg).
_FIXED_COUNTS = {opcodes.MAP_ADD: (2, 0), opcodes.DICT_MERGE: (1, 0),
                 opcodes.DICT_UPDATE: (1, 0)}


def _real_effect(ins, oparg, jump):
    popped, pushed = _FIXED_COUNTS.get(ins.number) or (ins.popped(oparg),
                                                        ins.pushed(oparg, jump))
    if popped < 0 or pushed < 0:
        raise _invalid()
    return pushed - popped


def get_specialization_stats(*args_w):
    """Return the specialization stats"""
    if args_w:
        raise space.type_error("_opcode.get_specialization_stats() takes no arguments "
                               "(%d given)" % len(args_w))
    return None


def make_module():
    m = ModuleDef("_opcode", doc="Opcode support module.")
    m.function(stack_effect, "stack_effect")
    m.function(get_specialization_stats, "get_specialization_stats")
    return m.w_module
