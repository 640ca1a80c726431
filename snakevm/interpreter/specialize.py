"""The adaptive interpreter's specializer (CPython 3.12's Python/specialize.c).

A code object's decoded instructions (interpreter/decode.py) are shared by all
its frames.  When an instruction of a specializable family (LOAD_ATTR,
BINARY_OP, CALL...) has run a few times, its generic handler asks ``try_<family>``
here whether the operands it sees allow a faster form; if so the decoded entry
``(op, oparg, next, index)`` is rewritten in place to
``(SPECIALIZED_OP, cache, next, index)``.  ``cache`` is the instruction's inline
cache: the original oparg plus what the specialized handler needs to trust its
guess (a type and its version tag, a looked-up descriptor, a host operator).
The specialized handler checks those guards on every run; when one fails it
calls ``deoptimize``, which puts the generic instruction back and waits a while
before trying again (exponential backoff, as CPython's adaptive counters do).

Nothing is specialized while resource limits are active (their checks live in
the generic paths), and never for code that runs a handful of times.
The handlers are in interpreter/specialized.py; the specialized names and
numbers are CPython's, from the instruction table (opcodes.SPECIALIZED).
"""

import operator as host_operator

from snakevm import limits, opcodes
from snakevm.objspace.space import (space, UNBOXED_TYPES, _object_getattribute,
                                    _object_setattr)
from snakevm.objspace.typeobject import MISSING, W_TypeObject, W_Instance, w_type_type
from snakevm.objspace.typedef import W_MethodDescriptor, W_BuiltinFunction
from snakevm.objspace.functionobject import W_Function, W_Method
from snakevm.objspace.moduleobject import W_Module, w_module_type
from snakevm.objspace.listobject import W_List, w_list_type
from snakevm.objspace.tupleobject import W_Tuple, w_tuple_type
from snakevm.objspace.dictobject import W_Dict, w_dict_type
from snakevm.objspace.iterobject import W_IndexIter, W_ValueIter
from snakevm.interpreter import state
from snakevm.interpreter.generators import W_Generator, W_Coroutine
from snakevm.interpreter.frame import NULL
from snakevm.interpreter.inlinecache import Cache

WARMUP = 2                  # generic runs of an instruction before the first attempt
BACKOFF_MAX = 1024          # most generic runs between two attempts
POLYMORPHIC_MAX = 8         # types (or code objects) one instruction's cache accepts

_CO_SIMPLE_CALL_EXCLUDED = opcodes.CO_VARARGS | opcodes.CO_VARKEYWORDS
_CO_FUNCTION = opcodes.CO_OPTIMIZED | opcodes.CO_NEWLOCALS


# -- counters, rewriting, deoptimizing --------------------------------------------------

def counters_of(code):
    counters = code._cache.get("adaptive_counters")
    if counters is None:
        counters = code._cache["adaptive_counters"] = {}
    return counters


def adapt(f, attempt, *operands):
    """Called by a generic handler of a specializable family: when its counter
    (set by warmup and by failures) is down to zero, try ``attempt(f,
    *operands)``, else count down; a failed attempt backs off.  (Run by every
    generic instruction of those families: one host call, the counter inline.)"""
    if limits.active is not None or state.exact_instructions:
        return
    counters = f.code._cache.get("adaptive_counters")
    if counters is None:
        counters = counters_of(f.code)
    index = f.last_i
    left = counters.get(index)
    if left:
        counters[index] = left - 1
    elif left is None:
        counters[index] = WARMUP
    elif not attempt(f, *operands):
        failed(f)


def failed(f):
    """No specialization fits: wait twice as long as last time before trying again."""
    counters = counters_of(f.code)
    previous = counters.get(("backoff", f.last_i), WARMUP)
    backoff = min(previous * 2, BACKOFF_MAX)
    counters[("backoff", f.last_i)] = backoff
    counters[f.last_i] = backoff


def rewrite(f, name, cache):
    """Replace the running instruction of ``f`` by the specialized ``name``."""
    index = f.last_i
    op, oparg, nxt, index = f.instructions[index]
    f.instructions[index] = (opcodes.BY_NAME[name].number, cache, nxt, index)
    return True


def deoptimize(f, cache):
    """A guard failed: the instruction becomes generic again (for a while)."""
    op, _, nxt, index = f.instructions[f.last_i]
    f.instructions[index] = (cache.base, cache.oparg, nxt, index)
    failed(f)


# -- attribute loads and stores ------------------------------------------------------------

def try_load_attr(f, oparg, w_obj):
    name = f.code.co_names[oparg >> 1]
    method = oparg & 1
    if isinstance(w_obj, W_TypeObject):
        return _try_load_class_attr(f, oparg, w_obj, name)
    if w_obj.__class__ is W_Module and w_obj.w_type is w_module_type and not method:
        if w_module_type.lookup_attr(name) is not MISSING:
            return False
        cache = Cache(oparg, opcodes.LOAD_ATTR)
        cache.name = name
        return rewrite(f, "LOAD_ATTR_MODULE", cache)
    cache = Cache(oparg, opcodes.LOAD_ATTR)
    cache.name, cache.host_class = name, w_obj.__class__
    if cache.host_class in UNBOXED_TYPES:   # its host class fixes its (immutable) type
        cache.w_type = UNBOXED_TYPES[cache.host_class]
        cache.version = cache.w_type.version
        w_descr = _method_of(cache.w_type, name) if method else None   # method loads only
        if w_descr is None:
            return False
        cache.w_value = w_descr
        return rewrite(f, "LOAD_ATTR_METHOD_NO_DICT", cache)
    cache.types = {}
    if not accept_instance_type(cache, w_obj):
        return False
    if method:
        return rewrite(f, "LOAD_ATTR_METHOD_WITH_VALUES", cache)
    return rewrite(f, "LOAD_ATTR_INSTANCE_VALUE", cache)


def _method_of(w_type, name):
    """The guest function or built-in method ``name`` of ``w_type``, when attribute
    access on its instances is the default one; else None."""
    if w_type.lookup("__getattribute__") is not _object_getattribute():
        return None
    w_descr = w_type.lookup_attr(name)
    if isinstance(w_descr, W_Function) or type(w_descr) is W_MethodDescriptor:
        return w_descr
    return None


def accept_instance_type(cache, w_obj):
    """Add the type of ``w_obj`` to a polymorphic LOAD_ATTR/STORE_ATTR cache when the
    specialization (``cache.base``, method load or not) fits it too.  Values are
    (version, the method found on the type or None)."""
    w_type = w_obj.w_type
    if w_obj.__class__ is not cache.host_class or len(cache.types) >= POLYMORPHIC_MAX:
        return False
    w_value = None
    if cache.base == opcodes.LOAD_ATTR and cache.oparg & 1:
        w_value = _method_of(w_type, cache.name)
        if w_value is None:
            return False
    else:                               # the value lives in the instance dict
        if cache.base == opcodes.STORE_ATTR:
            hook, w_default = "__setattr__", _object_setattr()
        else:
            hook, w_default = "__getattribute__", _object_getattribute()
        if w_obj.__class__ is not W_Instance or not w_type.has_dict or \
                w_type.lookup(hook) is not w_default or \
                w_type.lookup_attr(cache.name) is not MISSING:
            return False
    cache.types[w_type] = (w_type.version, w_value)
    return True


def _try_load_class_attr(f, oparg, w_class, name):
    if w_class.w_type is not w_type_type or w_type_type.lookup_attr(name) is not MISSING:
        return False
    w_value = w_class.lookup_attr(name)
    if w_value is MISSING:
        return False
    if not isinstance(w_value, W_Function) and space.type(w_value).lookup("__get__") is not None:
        return False                        # bound per access (classmethod, property...)
    cache = Cache(oparg, opcodes.LOAD_ATTR)
    cache.w_type, cache.version, cache.w_value = w_class, w_class.version, w_value
    return rewrite(f, "LOAD_ATTR_CLASS", cache)


def try_store_attr(f, oparg, w_obj):
    if w_obj.__class__ is not W_Instance:
        return False
    cache = Cache(oparg, opcodes.STORE_ATTR)
    cache.host_class, cache.name, cache.types = W_Instance, f.code.co_names[oparg], {}
    if not accept_instance_type(cache, w_obj):
        return False
    return rewrite(f, "STORE_ATTR_INSTANCE_VALUE", cache)


# -- operators --------------------------------------------------------------------------------

_BINARY_SPECIALIZATIONS = {
    ("+", int): ("BINARY_OP_ADD_INT", host_operator.add),
    ("-", int): ("BINARY_OP_SUBTRACT_INT", host_operator.sub),
    ("*", int): ("BINARY_OP_MULTIPLY_INT", host_operator.mul),
    ("+", float): ("BINARY_OP_ADD_FLOAT", host_operator.add),
    ("-", float): ("BINARY_OP_SUBTRACT_FLOAT", host_operator.sub),
    ("*", float): ("BINARY_OP_MULTIPLY_FLOAT", host_operator.mul),
    ("+", str): ("BINARY_OP_ADD_UNICODE", host_operator.add),
}


def try_binary_op(f, oparg, w_a, w_b):
    kind = w_a.__class__
    if w_b.__class__ is not kind:
        return False
    symbol = opcodes.BINARY_OPS[oparg][1].rstrip("=")
    found = _BINARY_SPECIALIZATIONS.get((symbol, kind))
    if found is None:
        return False
    name, operation = found
    if name == "BINARY_OP_ADD_UNICODE" and oparg != 0:
        name = "BINARY_OP_INPLACE_ADD_UNICODE"
    cache = Cache(oparg, opcodes.BINARY_OP)
    cache.host_class, cache.operation = kind, operation
    return rewrite(f, name, cache)


_COMPARE_OPERATIONS = (host_operator.lt, host_operator.le, host_operator.eq, host_operator.ne,
                       host_operator.gt, host_operator.ge)
_COMPARE_SPECIALIZATIONS = {int: "COMPARE_OP_INT", float: "COMPARE_OP_FLOAT",
                            str: "COMPARE_OP_STR"}


def try_compare_op(f, oparg, w_a, w_b):
    kind = w_a.__class__
    name = _COMPARE_SPECIALIZATIONS.get(kind)
    if name is None or w_b.__class__ is not kind or (oparg >> 4) >= len(_COMPARE_OPERATIONS):
        return False
    cache = Cache(oparg, opcodes.COMPARE_OP)
    cache.host_class, cache.operation = kind, _COMPARE_OPERATIONS[oparg >> 4]
    return rewrite(f, name, cache)


# -- subscripts, unpacking, iteration -------------------------------------------------------

def try_binary_subscr(f, w_container, w_key):
    cache = Cache(0, opcodes.BINARY_SUBSCR)
    for host_class, w_type, name in ((W_List, w_list_type, "BINARY_SUBSCR_LIST_INT"),
                                     (W_Tuple, w_tuple_type, "BINARY_SUBSCR_TUPLE_INT")):
        if w_container.__class__ is host_class and w_container.w_type is w_type and \
                w_key.__class__ is int:
            cache.host_class, cache.w_type = host_class, w_type
            return rewrite(f, name, cache)
    if w_container.__class__ is W_Dict and w_container.w_type is w_dict_type:
        return rewrite(f, "BINARY_SUBSCR_DICT", cache)
    return False


def try_store_subscr(f, w_container, w_key):
    cache = Cache(0, opcodes.STORE_SUBSCR)
    if w_container.__class__ is W_List and w_container.w_type is w_list_type and \
            w_key.__class__ is int:
        return rewrite(f, "STORE_SUBSCR_LIST_INT", cache)
    if w_container.__class__ is W_Dict and w_container.w_type is w_dict_type and \
            w_key.__class__ in HASHABLE_KEYS:
        return rewrite(f, "STORE_SUBSCR_DICT", cache)
    return False


# Keys a specialized dict access hashes on the host directly (no guest __hash__ runs).
HASHABLE_KEYS = frozenset((str, int, float, bytes))


def try_unpack_sequence(f, oparg, w_seq):
    cache = Cache(oparg, opcodes.UNPACK_SEQUENCE)
    if w_seq.__class__ is W_Tuple and w_seq.w_type is w_tuple_type and \
            len(w_seq.items_w) == oparg:
        return rewrite(f, "UNPACK_SEQUENCE_TWO_TUPLE" if oparg == 2 else
                       "UNPACK_SEQUENCE_TUPLE", cache)
    if w_seq.__class__ is W_List and w_seq.w_type is w_list_type and \
            len(w_seq.items_w) == oparg:
        return rewrite(f, "UNPACK_SEQUENCE_LIST", cache)
    return False


def try_for_iter(f, oparg, w_iter):
    cache = Cache(oparg, opcodes.FOR_ITER)
    if w_iter.__class__ is W_IndexIter and not w_iter.reverse:
        cache.w_type = w_iter.w_type
        return rewrite(f, "FOR_ITER_LIST" if w_iter.w_type.name == "list_iterator" else
                       "FOR_ITER_TUPLE", cache)
    if w_iter.__class__ is W_ValueIter and w_iter.value.__class__ is range:
        cache.w_type = w_iter.w_type
        return rewrite(f, "FOR_ITER_RANGE", cache)
    if w_iter.__class__ is W_Generator:
        return rewrite(f, "FOR_ITER_GEN", cache)
    return False


def try_send(f, oparg, w_receiver):
    if w_receiver.__class__ is W_Generator or w_receiver.__class__ is W_Coroutine:
        return rewrite(f, "SEND_GEN", Cache(oparg, opcodes.SEND))
    return False


# -- calls --------------------------------------------------------------------------------------

def simple_code(code, nargs):
    """Can a call with ``nargs`` positional arguments fill the frame by copying?"""
    flags = code.co_flags
    return flags & _CO_FUNCTION == _CO_FUNCTION and not flags & _CO_SIMPLE_CALL_EXCLUDED \
        and code.co_kwonlyargcount == 0 and code.co_argcount == nargs


def accept_code(cache, code, nargs):
    """Add ``code`` to a CALL_*_EXACT_ARGS cache if a call with ``nargs`` positional
    arguments can fill its frame by copying (the cache keeps the code alive, so its
    id is not reused while cached)."""
    if len(cache.codes) >= POLYMORPHIC_MAX or not simple_code(code, nargs):
        return False
    cache.codes[id(code)] = code
    return True


def call_operands(s, oparg):
    """Where a CALL with ``oparg`` finds its operands on the stack ``s``: (index of its
    lowest slot, the callable, index of its first argument).  Below the callable is
    NULL, or the callable is a method loaded with its object as first argument."""
    base = len(s) - oparg - 2
    if s[base] is NULL:
        return base, s[base + 1], base + 2
    return base, s[base], base + 1


# (name, argument count) of a built-in function -> the CALL form made for it
_BUILTIN_CALL_FORMS = {("len", 1): "CALL_NO_KW_LEN", ("isinstance", 2): "CALL_NO_KW_ISINSTANCE"}


def try_call(f, oparg):
    if f.kw_names is not None:
        return False
    s = f.stack
    base, w_callable, first = call_operands(s, oparg)
    w_self = s[first] if first == base + 1 else NULL
    cache = Cache(oparg, opcodes.CALL)
    nargs = len(s) - first
    cache.codes = {}
    if isinstance(w_callable, W_Function):
        if accept_code(cache, w_callable.code, nargs):
            return rewrite(f, "CALL_PY_EXACT_ARGS", cache)
        return False
    if isinstance(w_callable, W_Method) and w_self is NULL and \
            isinstance(w_callable.w_function, W_Function):
        if accept_code(cache, w_callable.w_function.code, nargs + 1):
            return rewrite(f, "CALL_BOUND_METHOD_EXACT_ARGS", cache)
        return False
    if type(w_callable) is W_BuiltinFunction:
        form = _BUILTIN_CALL_FORMS.get((w_callable.name, nargs))
        if form is not None and w_callable.w_self is None and \
                w_callable is space.builtins_module().w_dict.getitem_str(w_callable.name):
            cache.w_value = w_callable
            return rewrite(f, form, cache)
        # (its guard is the class: the cache does not keep a bound built-in method,
        # and with it its object, alive)
        return rewrite(f, "CALL_NO_KW_BUILTIN_FAST", cache)
    if type(w_callable) is W_MethodDescriptor and w_self is not NULL:
        cache.w_value = w_callable
        if w_callable.w_objclass is w_list_type and w_callable.name == "append" and \
                nargs == 2:
            return rewrite(f, "CALL_NO_KW_LIST_APPEND", cache)
        return rewrite(f, "CALL_NO_KW_METHOD_DESCRIPTOR_FAST", cache)
    return False
