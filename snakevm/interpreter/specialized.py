"""Handlers of the specialized instructions (CPython 3.12's specialized family
members; interpreter/specialize.py decides when an instruction becomes one).

Each handler gets the instruction's inline cache (specialize.Cache) where a
generic handler gets its oparg.  It checks its guards -- operand host class,
guest type and that type's version tag, the code object of the function
called -- and does the fast thing; when a guard fails it deoptimizes (the
generic instruction comes back) and runs the generic handler.  When the guards
hold but the fast path does not apply this time (an attribute absent from the
instance dict, an index out of range), it runs the generic handler without
deoptimizing: that handler raises the right error or finds the fallback.

``SpecializedInstructions`` is a mixin of the Interpreter (interpreter/eval.py).
"""

from snakevm import opcodes
from snakevm.objspace.space import space
from snakevm.objspace.typeobject import MISSING
from snakevm.objspace.typedef import W_BuiltinFunction, W_MethodDescriptor
from snakevm.objspace.functionobject import W_Function, W_Method
from snakevm.objspace.moduleobject import W_Module, w_module_type
from snakevm.objspace.listobject import W_List, w_list_type
from snakevm.objspace.tupleobject import W_Tuple, w_tuple_type
from snakevm.objspace.dictobject import W_Dict, w_dict_type
from snakevm.objspace.iterobject import W_IndexIter, W_ValueIter
from snakevm.interpreter import state
from snakevm.interpreter.frame import NULL, function_frame
from snakevm.interpreter.generators import W_Generator, W_Coroutine
from snakevm.interpreter.specialize import (deoptimize, accept_instance_type, accept_code,
                                            call_operands, HASHABLE_KEYS)


def _same_type(w_obj, c):
    """The guard of LOAD_ATTR_METHOD_NO_DICT: an unboxed receiver (its host class fixes
    its built-in, immutable type)."""
    return w_obj.__class__ is c.host_class and c.w_type.version == c.version


def _known_instance_type(w_obj, c):
    """The guard of polymorphic attribute specializations: the object's type is one the
    cache accepted (``c.types``) at an unchanged version, or can be added to it now.
    Returns the type's cache entry (version, method), or None."""
    if w_obj.__class__ is c.host_class:
        w_type = w_obj.w_type
        entry = c.types.get(w_type)
        if entry is not None and entry[0] == w_type.version:
            return entry
        if entry is not None:
            del c.types[w_type]             # changed since: look at it again
        if accept_instance_type(c, w_obj):
            return c.types[w_type]
    return None


def _known_code(code, c, nargs):
    """The guard of CALL_*_EXACT_ARGS: a code object the cache accepted, or can now."""
    return c.codes.get(id(code)) is code or accept_code(c, code, nargs)


# The generic handler of each family (interpreter/eval.py), run when a guard fails.
GENERIC_HANDLERS = {
    opcodes.LOAD_ATTR: "load_attr_generic", opcodes.STORE_ATTR: "store_attr_generic",
    opcodes.BINARY_OP: "binary_op_generic", opcodes.COMPARE_OP: "compare_op_generic",
    opcodes.BINARY_SUBSCR: "binary_subscr_generic",
    opcodes.STORE_SUBSCR: "store_subscr_generic",
    opcodes.UNPACK_SEQUENCE: "unpack_sequence_generic", opcodes.FOR_ITER: "for_iter_generic",
    opcodes.CALL: "call_generic", opcodes.SEND: "send_generic",
}


class SpecializedInstructions:

    def deoptimized(self, f, c):
        """A guard failed: put the generic instruction back and run it."""
        deoptimize(f, c)
        return getattr(self, GENERIC_HANDLERS[c.base])(f, c.oparg)

    # -- superinstructions (interpreter/decode.py) ----------------------------------------------
    def op_LOAD_FAST__LOAD_FAST(self, f, c):
        fast = f.fast
        f.stack += (fast[c.oparg], fast[c.second])
        f.pc = c.after

    def op_STORE_FAST__LOAD_FAST(self, f, c):
        fast = f.fast
        s = f.stack
        fast[c.oparg] = s[-1]
        s[-1] = fast[c.second]
        f.pc = c.after

    def op_STORE_FAST__STORE_FAST(self, f, c):
        fast = f.fast
        s = f.stack
        fast[c.oparg] = s.pop()
        fast[c.second] = s.pop()
        f.pc = c.after

    # -- attributes -------------------------------------------------------------------------
    def op_LOAD_ATTR_INSTANCE_VALUE(self, f, c):
        s = f.stack
        w_obj = s[-1]
        entry = c.types.get(w_obj.w_type) if w_obj.__class__ is c.host_class else None
        if (entry is not None and entry[0] == w_obj.w_type.version) or \
                _known_instance_type(w_obj, c) is not None:     # (the first test, inline)
            w_dict = w_obj.w_dict
            if w_dict is not None:
                w_value = w_dict.storage.get(c.name, MISSING)
                if w_value is not MISSING:
                    s[-1] = w_value
                    return None
            return self.load_attr_generic(f, c.oparg)
        return self.deoptimized(f, c)

    def op_LOAD_ATTR_METHOD_NO_DICT(self, f, c):
        s = f.stack
        w_obj = s[-1]
        if _same_type(w_obj, c):
            s[-1] = c.w_value
            s.append(w_obj)
            return None
        return self.deoptimized(f, c)

    def op_LOAD_ATTR_METHOD_WITH_VALUES(self, f, c):
        s = f.stack
        w_obj = s[-1]
        entry = c.types.get(w_obj.w_type) if w_obj.__class__ is c.host_class else None
        if entry is None or entry[0] != w_obj.w_type.version:
            entry = _known_instance_type(w_obj, c)
        if entry is not None:
            w_dict = w_obj.w_dict
            if w_dict is None or c.name not in w_dict.storage:
                s[-1] = entry[1]
                s.append(w_obj)
                return None
            return self.load_attr_generic(f, c.oparg)     # the instance shadows the method
        return self.deoptimized(f, c)

    def op_LOAD_ATTR_MODULE(self, f, c):
        s = f.stack
        w_obj = s[-1]
        if w_obj.__class__ is W_Module and w_obj.w_type is w_module_type:
            w_value = w_obj.w_dict.storage.get(c.name, MISSING)
            if w_value is not MISSING:
                s[-1] = w_value
                return None
            return self.load_attr_generic(f, c.oparg)     # module __getattr__, the error
        return self.deoptimized(f, c)

    def op_LOAD_ATTR_CLASS(self, f, c):
        s = f.stack
        if s[-1] is c.w_type and c.w_type.version == c.version:
            if c.oparg & 1:
                s[-1] = NULL
                s.append(c.w_value)
            else:
                s[-1] = c.w_value
            return None
        return self.deoptimized(f, c)

    def op_STORE_ATTR_INSTANCE_VALUE(self, f, c):
        s = f.stack
        w_obj = s[-1]
        entry = c.types.get(w_obj.w_type) if w_obj.__class__ is c.host_class else None
        if (entry is not None and entry[0] == w_obj.w_type.version) or \
                _known_instance_type(w_obj, c) is not None:     # (the first test, inline)
            w_dict = w_obj.w_dict
            if w_dict is not None:
                w_dict.storage[c.name] = s[-2]
                del s[-2:]
                return None
            return self.store_attr_generic(f, c.oparg)
        return self.deoptimized(f, c)

    # -- operators ----------------------------------------------------------------------------
    def host_operation_exact(self, f, c):
        """BINARY_OP_ADD_INT and the others, COMPARE_OP_INT/FLOAT/STR: both operands of
        the cached exact host type (int, float or str), whose host operation or
        comparison is the guest one."""
        s = f.stack
        w_b = s[-1]
        w_a = s[-2]
        if w_a.__class__ is c.host_class and w_b.__class__ is c.host_class:
            del s[-1]
            s[-1] = c.operation(w_a, w_b)
            return None
        return self.deoptimized(f, c)

    op_BINARY_OP_ADD_INT = op_BINARY_OP_SUBTRACT_INT = op_BINARY_OP_MULTIPLY_INT = \
        op_BINARY_OP_ADD_FLOAT = op_BINARY_OP_SUBTRACT_FLOAT = op_BINARY_OP_MULTIPLY_FLOAT = \
        op_BINARY_OP_ADD_UNICODE = op_BINARY_OP_INPLACE_ADD_UNICODE = \
        op_COMPARE_OP_INT = op_COMPARE_OP_FLOAT = op_COMPARE_OP_STR = host_operation_exact

    # -- subscripts and unpacking ------------------------------------------------------------
    def subscr_sequence_int(self, f, c):
        """BINARY_SUBSCR_LIST_INT/TUPLE_INT: an exact list or tuple (the cached one of
        the two) indexed by an exact int."""
        s = f.stack
        w_key = s[-1]
        w_seq = s[-2]
        if w_seq.__class__ is c.host_class and w_seq.w_type is c.w_type and \
                w_key.__class__ is int:
            items = w_seq.items_w
            if -len(items) <= w_key < len(items):
                del s[-1]
                s[-1] = items[w_key]
                return None
            return self.binary_subscr_generic(f, 0)        # the IndexError
        return self.deoptimized(f, c)

    op_BINARY_SUBSCR_LIST_INT = op_BINARY_SUBSCR_TUPLE_INT = subscr_sequence_int

    def op_BINARY_SUBSCR_DICT(self, f, c):
        s = f.stack
        w_key = s[-1]
        w_dict = s[-2]
        if w_dict.__class__ is W_Dict and w_dict.w_type is w_dict_type:
            if w_key.__class__ in HASHABLE_KEYS:
                w_value = w_dict.storage.get(w_key, MISSING)
                if w_value is not MISSING:
                    del s[-1]
                    s[-1] = w_value
                    return None
            return self.binary_subscr_generic(f, 0)        # the KeyError, other keys
        return self.deoptimized(f, c)

    def op_STORE_SUBSCR_LIST_INT(self, f, c):
        s = f.stack
        w_key = s[-1]
        w_list = s[-2]
        if w_list.__class__ is W_List and w_list.w_type is w_list_type and \
                w_key.__class__ is int:
            items = w_list.items_w
            if -len(items) <= w_key < len(items):
                items[w_key] = s[-3]
                del s[-3:]
                return None
            return self.store_subscr_generic(f, 0)
        return self.deoptimized(f, c)

    def op_STORE_SUBSCR_DICT(self, f, c):
        s = f.stack
        w_key = s[-1]
        w_dict = s[-2]
        if w_dict.__class__ is W_Dict and w_dict.w_type is w_dict_type:
            if w_key.__class__ in HASHABLE_KEYS:
                w_dict.storage[w_key] = s[-3]
                del s[-3:]
                return None
            return self.store_subscr_generic(f, 0)
        return self.deoptimized(f, c)

    def unpack_exact(self, f, c):
        """UNPACK_SEQUENCE_TWO_TUPLE/TUPLE/LIST: an exact tuple or list of the right size."""
        s = f.stack
        w_seq = s[-1]
        if (w_seq.__class__ is W_Tuple and w_seq.w_type is w_tuple_type or
                w_seq.__class__ is W_List and w_seq.w_type is w_list_type) and \
                len(w_seq.items_w) == c.oparg:
            del s[-1]
            s.extend(reversed(w_seq.items_w))
            return None
        return self.deoptimized(f, c)

    op_UNPACK_SEQUENCE_TWO_TUPLE = op_UNPACK_SEQUENCE_TUPLE = op_UNPACK_SEQUENCE_LIST = \
        unpack_exact

    # -- iteration ------------------------------------------------------------------------------
    def for_iter_sequence(self, f, c):
        """FOR_ITER_LIST/TUPLE: the iterator's index into the live items."""
        s = f.stack
        w_iter = s[-1]
        if w_iter.__class__ is W_IndexIter and w_iter.w_type is c.w_type:
            w_seq = w_iter.w_seq
            if w_seq is not None:
                items = w_seq.items_w
                index = w_iter.index
                if index < len(items):
                    w_iter.index = index + 1
                    s.append(items[index])
                    return None
                w_iter.w_seq = None
            del s[-1]
            f.pc += c.oparg + 1                 # skip the END_FOR too
            return None
        return self.deoptimized(f, c)

    op_FOR_ITER_LIST = op_FOR_ITER_TUPLE = for_iter_sequence

    def op_FOR_ITER_RANGE(self, f, c):
        s = f.stack
        w_iter = s[-1]
        if w_iter.__class__ is W_ValueIter and w_iter.w_type is c.w_type:
            host_range = w_iter.value
            if host_range is not None:
                index = w_iter.index
                if index < w_iter.length:
                    w_iter.index = index + 1
                    s.append(host_range[index])
                    return None
                w_iter.value = None
            del s[-1]
            f.pc += c.oparg + 1
            return None
        return self.deoptimized(f, c)

    # -- generators: their frames run in this loop, as callees do ------------------------------
    def op_FOR_ITER_GEN(self, f, c):
        w_gen = f.stack[-1]
        if w_gen.__class__ is W_Generator:
            if w_gen.resumable_inline(None):
                return self.resume_inline(w_gen, None, c.oparg, True)
            return self.for_iter_generic(f, c.oparg)
        return self.deoptimized(f, c)

    def op_SEND_GEN(self, f, c):
        s = f.stack
        w_gen = s[-2]
        if w_gen.__class__ is W_Generator or w_gen.__class__ is W_Coroutine:
            if w_gen.resumable_inline(s[-1]):
                return self.resume_inline(w_gen, s.pop(), c.oparg, False)
            return self.send_generic(f, c.oparg)
        return self.deoptimized(f, c)

    # -- calls ----------------------------------------------------------------------------------
    def op_CALL_PY_EXACT_ARGS(self, f, c):
        s = f.stack
        base = len(s) - c.oparg - 2                 # (call_operands, inline)
        if s[base] is NULL:
            w_func = s[base + 1]
            first = base + 2
        else:
            w_func = s[base]
            first = base + 1
        if w_func.__class__ is W_Function:
            code = w_func.code
            if c.codes.get(id(code)) is code or accept_code(c, code, len(s) - first):
                args_w = s[first:]
                del s[base:]
                w_builtins = w_func.w_builtins
                if w_builtins is not None and state.depth < state.recursion_limit:
                    state.depth += 1                        # (enter_exact, inline)
                    return function_frame(code, w_func.w_globals, w_builtins, w_func, args_w)
                return self.enter_exact(w_func, args_w)
        return self.deoptimized(f, c)

    def op_CALL_BOUND_METHOD_EXACT_ARGS(self, f, c):
        s = f.stack
        base, w_method, first = call_operands(s, c.oparg)
        if first == base + 2 and w_method.__class__ is W_Method and \
                w_method.w_function.__class__ is W_Function and \
                _known_code(w_method.w_function.code, c, len(s) - first + 1):
            args_w = s[first - 1:]              # the method's slot becomes its object
            args_w[0] = w_method.w_self
            del s[base:]
            return self.enter_exact(w_method.w_function, args_w)
        return self.deoptimized(f, c)

    def op_CALL_NO_KW_BUILTIN_FAST(self, f, c):
        s = f.stack
        base, w_func, first = call_operands(s, c.oparg)
        if w_func.__class__ is W_BuiltinFunction and f.kw_names is None:
            args_w = s[first:]
            del s[base:]
            s.append(w_func.call(args_w))
            return None
        return self.deoptimized(f, c)

    def op_CALL_NO_KW_LEN(self, f, c):
        s = f.stack
        if s[-3] is NULL and s[-2] is c.w_value:
            w_obj = s[-1]
            del s[-3:]
            s.append(space.len_w(w_obj))
            return None
        return self.deoptimized(f, c)

    def op_CALL_NO_KW_ISINSTANCE(self, f, c):
        s = f.stack
        if s[-4] is NULL and s[-3] is c.w_value:
            w_obj, w_cls = s[-2], s[-1]
            del s[-4:]
            s.append(c.w_value.call_exact(w_obj, w_cls))
            return None
        return self.deoptimized(f, c)

    def op_CALL_NO_KW_METHOD_DESCRIPTOR_FAST(self, f, c):
        s = f.stack
        base, w_descr, first = call_operands(s, c.oparg)
        if w_descr.__class__ is W_MethodDescriptor and f.kw_names is None:
            args_w = s[first:]
            del s[base:]
            s.append(w_descr.call(args_w))
            return None
        return self.deoptimized(f, c)

    def op_CALL_NO_KW_LIST_APPEND(self, f, c):
        s = f.stack
        w_list = s[-2]
        if s[-3] is c.w_value and w_list.__class__ is W_List and w_list.w_type is w_list_type:
            w_list.items_w.append(s[-1])
            del s[-3:]
            s.append(None)
            return None
        return self.deoptimized(f, c)
