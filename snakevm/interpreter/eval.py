"""The eval loop: one handler per instruction of snakevm/opcodes.py.

``Interpreter.execute(frame)`` runs a frame until it returns or yields.
Guest-to-guest calls (CALL on a guest function) push a new frame and keep
looping — no host recursion; RETURN pops back to the caller.  Calls from host
code into guest code (a guest __eq__ used by a dict) start a nested
``execute``.  Exceptions unwind through the code object's exception table;
frames without a handler are popped and the exception continues in the caller.

Handlers are methods named ``op_<NAME>``; at construction the interpreter
checks that they match the table exactly (see ``check_handlers``).
"""

import sys as host_sys

from snakevm import limits, opcodes
from snakevm.objspace.root import OperationError, W_Root
from snakevm.objspace.space import space, STOP_ITERATION, _object_getattribute
from snakevm.objspace.typeobject import MISSING, W_TypeObject
from snakevm.objspace.typedef import W_BuiltinFunction, W_MethodDescriptor
from snakevm.objspace.functionobject import W_Function, W_Method, W_Cell
from snakevm.objspace.dictobject import W_Dict
from snakevm.objspace.sliceobject import W_Slice
from snakevm.objspace.scalarmethods import guest_format
from snakevm.interpreter import legacytrace, operands, specialize, state
from snakevm.interpreter.specialized import SpecializedInstructions
from snakevm.interpreter.frame import Frame, NULL, UNBOUND, RETURN, YIELD, function_frame
from snakevm.interpreter.exctable import find_handler
from snakevm.interpreter.arguments import bind_arguments
from snakevm.interpreter import generators
from snakevm.objspace.superobject import w_super_type
from snakevm.objspace.setobject import W_Set
from snakevm.objspace.dictobject import w_dict_type
from snakevm.objspace.tupleobject import W_Tuple
from snakevm.interpreter.intrinsics import intrinsic_1, intrinsic_2
from snakevm.interpreter.exceptions import (do_raise, check_except_type, exception_group_match,
                                            set_context)
from snakevm.interpreter.matching import is_mapping, is_sequence, match_keys, match_class

_CMP = opcodes.CMP_OPS
_BINARY = [(sym.rstrip("="), sym.endswith("=") and sym not in ("==", "!=", "<=", ">="))
           for _, sym in opcodes.BINARY_OPS]
# Instructions the decoder folds or that never execute in code objects.
NOT_DISPATCHED = {"CACHE", "EXTENDED_ARG", "RESERVED", "INTERPRETER_EXIT"}


class HandlerTableMismatch(Exception):
    pass


class Interpreter(SpecializedInstructions):
    def __init__(self):
        self.check_handlers()
        self.dispatch = [None] * 256
        for ins in opcodes.REAL + opcodes.SPECIALIZED:
            handler = getattr(self, "op_" + ins.name, None)
            self.dispatch[ins.number] = handler or self.op_unexpected
        # The per-instruction hook the loop calls, a callable(frame, index, op, oparg), or
        # None: all the named hooks of ``hooks`` in turn (see set_hook).
        self.tracer = None
        self.hooks = {}
        self.trace = legacytrace.TraceState()      # sys.settrace's function (legacytrace.py)
        self.jit = None                             # the compiling tier, with --jit=on|always

    def set_hook(self, name, hook):
        """Install the per-instruction hook ``name`` (with None: remove it).  Hooks:
        "breaker" while actions are pending (interpreter/breaker.py), "limits"
        (snakevm/limits.py), "valuecheck" (interpreter/valuecheck.py), "trace"
        (--trace).  They run in the order they were installed."""
        if hook is None:
            self.hooks.pop(name, None)
        else:
            self.hooks[name] = hook
        hooks = tuple(self.hooks.values())
        if not hooks:
            self.tracer = None
        elif len(hooks) == 1:
            self.tracer = hooks[0]
        else:
            def run_hooks(f, index, op, oparg):
                for hook in hooks:
                    hook(f, index, op, oparg)
            self.tracer = run_hooks

    # -- the handler table must equal the instruction table ----------------------------
    @classmethod
    def check_handlers(cls):
        """Every real instruction has a handler; every other handler is a specialized
        instruction of the table (the specializer only writes those it has)."""
        expected = {ins.name for ins in opcodes.REAL} - NOT_DISPATCHED
        specialized = {ins.name for ins in opcodes.SPECIALIZED}
        present = {name[3:] for name in dir(cls) if name.startswith("op_")} - {"unexpected"}
        if not expected <= present or present - expected - specialized:
            raise HandlerTableMismatch(
                "interpreter handlers and instruction table disagree: missing %s, unknown %s"
                % (sorted(expected - present), sorted(present - expected - specialized)))

    def op_unexpected(self, f, oparg):
        raise SystemError("unexpected instruction at index %d in %s" % (f.last_i, f.code.co_name))

    # -- running frames -----------------------------------------------------------------------
    def execute(self, entry, throw=None):
        """Run ``entry`` (and the frames it calls) until it returns or yields.
        Returns (RETURN|YIELD, value).  ``throw`` raises an OperationError at the
        frame's current instruction first (generator.throw)."""
        f = entry
        f.back = state.current_frame
        state.current_frame = f
        dispatch = self.dispatch
        pending, throw = throw, None
        if pending is not None and self.trace.w_function is not None:
            try:
                legacytrace.throw_event(self.trace, f)
            except OperationError as raised:
                pending = raised
        outer_host_call = state.in_host_call        # guest code runs: not inside a host call
        state.in_host_call = False
        try:
            while True:
                try:
                    if pending is not None:
                        error, pending = pending, None
                        raise error
                    # f.instructions, kept in a local while f runs: only a hook (the
                    # settrace one) replaces a frame's list; specialization edits it in place
                    instructions = f.instructions
                    while True:
                        op, oparg, nxt, index = instructions[f.pc]
                        f.last_i = index
                        f.pc = nxt
                        if self.tracer is not None:
                            self.tracer(f, index, op, oparg)
                            instructions = f.instructions
                        result = dispatch[op](f, oparg)
                        if result is None:
                            continue
                        if result.__class__ is Frame:           # guest call: switch frames
                            if self.jit is not None and result.generator_ref is None \
                                    and self.jit.usable():
                                run = self.jit.entry(result.code)
                                if run is not None:             # compiled: run it here
                                    try:
                                        f.stack.append(self.jit.run_compiled(run, result, 0))
                                    finally:
                                        state.depth -= 1
                                        result = None   # the frame goes as it returns
                                    continue
                            result.back = f
                            f = result
                            state.current_frame = f
                            instructions = f.instructions
                            continue
                        # RETURN or YIELD
                        if f is entry:
                            return result, f.return_value
                        if f.generator_ref is not None and f.generator_ref().running:
                            f = self.suspend_inline(f, result)
                            instructions = f.instructions
                            continue
                        if f.generator_ref is None:
                            f.finished = True
                        state.depth -= 1
                        caller = f.back
                        caller.stack.append(f.return_value)    # no host local keeps it alive
                        f.return_value = None
                        f.back = None
                        f = caller
                        state.current_frame = f
                        instructions = f.instructions
                except OperationError as e:
                    # Guest tracebacks are the VM's own; the host traceback would tie the
                    # host frames that hold this error in a cycle the host never frees.
                    e.__traceback__ = error = None
                    f = self.unwind(f, entry, e)
                except RecursionError:
                    pending = space.error(space.builtin_exception("RecursionError"),
                                          "maximum recursion depth exceeded")
        finally:
            state.current_frame = entry.back
            state.in_host_call = outer_host_call
            entry.back = None

    def unwind(self, f, entry, error):
        """Find the handler for ``error`` starting in frame ``f``; return the frame
        to continue in, or re-raise when ``entry`` has no handler."""
        w_exc = error.w_value
        reraise = getattr(error, "reraise", False)
        error.reraise = False
        if not reraise and not getattr(error, "context_set", False):
            set_context(w_exc)
        # Raised (or re-raised) once: passing out of this loop into a caller's -- through
        # a built-in that called this code -- does not set its context again.
        error.context_set = True
        restore_lasti = getattr(error, "restore_lasti", None)
        error.restore_lasti = None
        unwound = getattr(error, "unwound_frame", None)
        error.unwound_frame = None
        while True:
            if not reraise:
                add_traceback(w_exc, f)
                if self.trace.w_function is not None:
                    error = self.traced_unwinding(legacytrace.exception_event, f, error)
                    w_exc = error.w_value
            reraise = False
            handler = find_handler(f.code, f.last_i) if f is not unwound else None
            if restore_lasti is not None:
                f.last_i = restore_lasti
                restore_lasti = None
            if handler is not None and len(f.stack) < handler[1]:
                # crafted code (the verifier cannot tell): no handler runs in this frame
                w_exc = handler_underflow(f, handler[1])
                error = OperationError(w_exc)
                handler = None
            if handler is not None:
                target, depth, push_lasti = handler
                del f.stack[depth:]
                if push_lasti:
                    f.stack.append(f.last_i)
                f.stack.append(w_exc)
                f.pc = target
                return f
            if self.trace.w_function is not None:
                error = self.traced_unwinding(legacytrace.unwind_event, f, error)
                w_exc = error.w_value
            f.finished = True
            f.stack.clear()     # (CPython pops a frame's values when the error leaves it)
            if f is entry:
                try:
                    raise error
                finally:
                    error = None        # no cycle through this frame's locals
            state.depth -= 1
            caller = f.back
            f.back = None
            if f.generator_ref is not None:     # (only generators resumed inline get here)
                self.finish_inline(f.generator_ref())
            f = caller
            state.current_frame = f

    # -- generators resumed in this loop (SEND_GEN, FOR_ITER_GEN) -------------------------------
    def resume_inline(self, w_gen, w_value, jump, for_iter):
        """Run the suspended frame of ``w_gen`` as the running frame's callee: the
        work of W_Generator.resume without a nested loop on the host stack.  Its
        yield or return comes back to the caller in suspend_inline."""
        g = w_gen.frame
        g.stack.append(w_value)
        w_gen.started = w_gen.running = True
        w_gen.return_jump = jump
        w_gen.resumed_by_for_iter = for_iter
        state.outer_exceptions.append(state.handled_exception)
        state.handled_exception = w_gen.w_exc_state
        state.depth += 1
        return g

    def suspend_inline(self, g, result):
        """An inline-resumed generator's frame ``g`` yielded or returned: back to its
        caller, which goes on after its SEND / FOR_ITER, or at its jump when the
        generator returned (as those instructions would)."""
        w_gen = g.generator_ref()
        caller = g.back
        g.back = None
        w_value = g.return_value
        g.return_value = None
        state.depth -= 1
        self.finish_inline(w_gen)
        if result is RETURN:
            g.finished = True
            w_gen.frame = w_gen.w_exc_state = None
            if w_gen.resumed_by_for_iter:
                caller.stack.pop()
                caller.pc += w_gen.return_jump + 1         # past the END_FOR
            else:
                caller.stack.append(w_value)
                caller.pc += w_gen.return_jump
        else:
            caller.stack.append(w_value)
        state.current_frame = caller
        return caller

    def finish_inline(self, w_gen):
        """What W_Generator.resume does when its frame stops running; for a frame
        left by an exception, also what it does when the generator raised."""
        w_gen.running = False
        w_gen.w_exc_state = state.handled_exception
        state.handled_exception = state.outer_exceptions.pop()
        if w_gen.frame is not None and w_gen.frame.finished:
            w_gen.frame = None

    def traced_unwinding(self, event, f, error):
        """Deliver a trace event of the unwinding (sys.settrace): the error to go on
        unwinding with -- the trace function's own, if it raised."""
        try:
            if event is legacytrace.exception_event:
                event(self.trace, f, error.w_value)
            else:
                event(self.trace, f)
        except OperationError as raised:
            raised.__traceback__ = None
            return raised
        return error

    # -- calls ------------------------------------------------------------------------------
    def make_frame(self, w_func, args_w, kwargs_w):
        code = w_func.code
        w_locals = None
        if not code.co_flags & opcodes.CO_OPTIMIZED and not code.co_flags & opcodes.CO_NEWLOCALS:
            w_locals = w_func.w_globals
        f = Frame(code, w_func.w_globals, function_builtins(w_func), w_locals, w_func)
        bind_arguments(w_func, args_w, kwargs_w, f.fast)
        return f

    def enter_exact(self, w_func, args_w):
        """enter() for CALL_PY_EXACT_ARGS: as many positional arguments as the code
        has parameters and nothing else, so binding them is a copy."""
        if state.depth >= state.recursion_limit:
            return self.enter(w_func, args_w, None)     # raises the RecursionError
        f = function_frame(w_func.code, w_func.w_globals, function_builtins(w_func), w_func,
                           args_w)
        state.depth += 1
        return f

    def enter(self, w_func, args_w, kwargs_w):
        """A new frame for a guest call from the loop, with the recursion check."""
        if state.depth >= state.recursion_limit:
            if state.recursion_cap is not None and state.depth >= state.recursion_cap:
                limits.active.exceed("recursion")
            raise space.error(space.builtin_exception("RecursionError"),
                              "maximum recursion depth exceeded")
        code = w_func.code
        if not kwargs_w and args_w.__class__ is list and \
                specialize.simple_code(code, len(args_w)):
            # the arguments fill the parameters exactly: enter_exact's frame
            f = function_frame(code, w_func.w_globals, function_builtins(w_func), w_func, args_w)
        else:
            f = self.make_frame(w_func, args_w, kwargs_w)
        state.depth += 1
        return f

    def call_function(self, w_func, args_w, kwargs_w=None):
        """Host code calling a guest function: a nested run of the loop."""
        f = self.enter(w_func, args_w, kwargs_w)
        if self.jit is not None:
            return self.jit.run_frame(f)
        try:
            kind, w_value = self.execute(f)
        finally:
            state.depth -= 1
        return w_value

    def call_hook(self, w_callable, args_w, kwargs_w):
        """space.call_function_hook: guest functions and bound methods."""
        if isinstance(w_callable, W_Function):
            return self.call_function(w_callable, list(args_w), kwargs_w)
        if isinstance(w_callable, W_Method):
            return space.call(w_callable.w_function, [w_callable.w_self] + list(args_w), kwargs_w)
        return NotImplemented

    def call(self, f, w_callable, args_w, kwargs_w):
        """CALL: a Frame to switch to for guest functions, else push the result."""
        if isinstance(w_callable, W_Method) and isinstance(w_callable.w_function, W_Function):
            args_w = [w_callable.w_self] + args_w
            w_callable = w_callable.w_function
        if isinstance(w_callable, W_Function):
            return self.enter(w_callable, args_w, kwargs_w)
        f.stack.append(space.call(w_callable, args_w, kwargs_w))
        return None

    # == instructions ==========================================================================
    # stack manipulation
    def op_NOP(self, f, oparg):
        pass

    def op_RESUME(self, f, oparg):
        pass

    def op_POP_TOP(self, f, oparg):
        f.stack.pop()

    def op_PUSH_NULL(self, f, oparg):
        f.stack.append(NULL)

    def op_END_FOR(self, f, oparg):
        del f.stack[-2:]

    def op_END_SEND(self, f, oparg):
        w_value = f.stack.pop()
        f.stack[-1] = w_value

    def op_COPY(self, f, oparg):
        f.stack.append(f.stack[-oparg])

    def op_SWAP(self, f, oparg):
        s = f.stack
        s[-1], s[-oparg] = s[-oparg], s[-1]

    # constants and names
    def op_LOAD_CONST(self, f, oparg):
        f.stack.append(f.constants[oparg])

    def op_RETURN_CONST(self, f, oparg):
        f.return_value = f.constants[oparg]
        return RETURN

    def op_RETURN_VALUE(self, f, oparg):
        f.return_value = f.stack.pop()
        return RETURN

    def op_LOAD_FAST(self, f, oparg):
        f.stack.append(f.fast[oparg])

    def op_LOAD_FAST_CHECK(self, f, oparg):
        w_value = f.fast[oparg]
        if w_value is UNBOUND:
            raise unbound_local(f.code.co_localsplusnames[oparg])
        f.stack.append(w_value)

    def op_LOAD_FAST_AND_CLEAR(self, f, oparg):
        f.stack.append(f.fast[oparg])
        f.fast[oparg] = UNBOUND

    def op_STORE_FAST(self, f, oparg):
        f.fast[oparg] = f.stack.pop()

    def op_DELETE_FAST(self, f, oparg):
        if f.fast[oparg] is UNBOUND:
            raise unbound_local(f.code.co_localsplusnames[oparg])
        f.fast[oparg] = UNBOUND

    def op_MAKE_CELL(self, f, oparg):
        w_value = f.fast[oparg]
        f.fast[oparg] = W_Cell() if w_value is UNBOUND else W_Cell(w_value, empty=False)

    def op_COPY_FREE_VARS(self, f, oparg):
        if not oparg:                   # (crafted code: the compiler never emits it)
            return
        # the function's closure, or exec()'s closure= argument (no function then)
        closure_w = f.w_function.closure_w if f.w_function is not None else f.closure_w
        start = len(f.code.co_localsplusnames) - oparg
        for i in range(oparg):
            f.fast[start + i] = closure_w[i]

    def op_LOAD_CLOSURE(self, f, oparg):
        f.stack.append(f.fast[oparg])

    def op_LOAD_DEREF(self, f, oparg):
        w_cell = f.fast[oparg]
        if w_cell.empty:
            raise free_var_error(f.code, oparg)
        f.stack.append(w_cell.w_value)

    def op_STORE_DEREF(self, f, oparg):
        w_cell = f.fast[oparg]
        w_cell.w_value = f.stack.pop()
        w_cell.empty = False

    def op_DELETE_DEREF(self, f, oparg):
        w_cell = f.fast[oparg]
        if w_cell.empty:
            raise free_var_error(f.code, oparg)
        w_cell.w_value = None
        w_cell.empty = True

    def op_LOAD_FROM_DICT_OR_DEREF(self, f, oparg):
        w_mapping = f.stack.pop()
        name = f.code.co_localsplusnames[oparg]
        w_value = mapping_get(w_mapping, name)
        if w_value is MISSING:
            w_cell = f.fast[oparg]
            if w_cell.empty:
                raise free_var_error(f.code, oparg)
            w_value = w_cell.w_value
        f.stack.append(w_value)

    def op_LOAD_GLOBAL(self, f, oparg):
        name = f.code.co_names[oparg >> 1]
        w_value = f.w_globals.storage.get(name, MISSING)
        if w_value is MISSING:
            w_value = f.w_builtins.storage.get(name, MISSING)
            if w_value is MISSING:
                raise name_error(name)
        if oparg & 1:
            f.stack.append(NULL)
        f.stack.append(w_value)

    def op_STORE_GLOBAL(self, f, oparg):
        f.w_globals.storage[f.code.co_names[oparg]] = f.stack.pop()

    def op_DELETE_GLOBAL(self, f, oparg):
        name = f.code.co_names[oparg]
        if f.w_globals.storage.pop(name, MISSING) is MISSING:
            raise name_error(name)

    def op_LOAD_NAME(self, f, oparg):
        name = f.code.co_names[oparg]
        w_value = mapping_get(f.w_locals, name)
        if w_value is MISSING:
            w_value = f.w_globals.storage.get(name, MISSING)
            if w_value is MISSING:
                w_value = f.w_builtins.storage.get(name, MISSING)
                if w_value is MISSING:
                    raise name_error(name)
        f.stack.append(w_value)

    def op_LOAD_FROM_DICT_OR_GLOBALS(self, f, oparg):
        w_mapping = f.stack.pop()
        name = f.code.co_names[oparg]
        w_value = mapping_get(w_mapping, name)
        if w_value is MISSING:
            w_value = f.w_globals.storage.get(name, MISSING)
            if w_value is MISSING:
                w_value = f.w_builtins.storage.get(name, MISSING)
                if w_value is MISSING:
                    raise name_error(name)
        f.stack.append(w_value)

    def op_STORE_NAME(self, f, oparg):
        w_value = f.stack.pop()
        if f.w_locals is None:
            raise space.error(space.builtin_exception("SystemError"), "no locals found")
        name = f.code.co_names[oparg]
        if f.w_locals.__class__.__name__ == "W_Dict" and space.type(f.w_locals).name == "dict":
            f.w_locals.storage[name] = w_value
        else:
            space.setitem(f.w_locals, name, w_value)

    def op_DELETE_NAME(self, f, oparg):
        name = f.code.co_names[oparg]
        try:
            space.delitem(f.w_locals, name)
        except OperationError as e:
            if e.match(space.builtin_exception("KeyError")):
                raise name_error(name)
            raise

    def op_LOAD_LOCALS(self, f, oparg):
        if f.w_locals is None:
            raise space.error(space.builtin_exception("SystemError"), "no locals found")
        f.stack.append(f.w_locals)

    def op_SETUP_ANNOTATIONS(self, f, oparg):
        if mapping_get(f.w_locals, "__annotations__") is MISSING:
            space.setitem(f.w_locals, "__annotations__", space.newdict())

    # attributes and items
    def op_LOAD_ATTR(self, f, oparg):
        specialize.adapt(f, specialize.try_load_attr, oparg, f.stack[-1])
        return self.load_attr_generic(f, oparg)

    def load_attr_generic(self, f, oparg):
        name = f.code.co_names[oparg >> 1]
        w_obj = f.stack.pop()
        if oparg & 1:
            f.stack.extend(load_method(w_obj, name))
        else:
            f.stack.append(space.getattr(w_obj, name))

    def op_STORE_ATTR(self, f, oparg):
        specialize.adapt(f, specialize.try_store_attr, oparg, f.stack[-1])
        return self.store_attr_generic(f, oparg)

    def store_attr_generic(self, f, oparg):
        w_obj = f.stack.pop()
        w_value = f.stack.pop()
        space.setattr(w_obj, f.code.co_names[oparg], w_value)

    def op_DELETE_ATTR(self, f, oparg):
        space.delattr(f.stack.pop(), f.code.co_names[oparg])

    def op_LOAD_SUPER_ATTR(self, f, oparg):
        w_self = f.stack.pop()
        w_class = f.stack.pop()
        w_global_super = f.stack.pop()
        name = f.code.co_names[oparg >> 2]
        if w_global_super is w_super_type:
            w_super = space.new_super(w_class, w_self)
        else:
            w_super = space.call(w_global_super, [w_class, w_self] if oparg & 2 else [])
        if oparg & 1:
            f.stack.append(NULL)
        f.stack.append(space.getattr(w_super, name))

    def op_BINARY_SUBSCR(self, f, oparg):
        specialize.adapt(f, specialize.try_binary_subscr, f.stack[-2], f.stack[-1])
        return self.binary_subscr_generic(f, oparg)

    def binary_subscr_generic(self, f, oparg):
        w_key = f.stack.pop()
        f.stack[-1] = space.getitem(f.stack[-1], w_key)

    def op_STORE_SUBSCR(self, f, oparg):
        specialize.adapt(f, specialize.try_store_subscr, f.stack[-2], f.stack[-1])
        return self.store_subscr_generic(f, oparg)

    def store_subscr_generic(self, f, oparg):
        w_key = f.stack.pop()
        w_obj = f.stack.pop()
        w_value = f.stack.pop()
        space.setitem(w_obj, w_key, w_value)

    def op_DELETE_SUBSCR(self, f, oparg):
        w_key = f.stack.pop()
        space.delitem(f.stack.pop(), w_key)

    def op_BINARY_SLICE(self, f, oparg):
        w_stop = f.stack.pop()
        w_start = f.stack.pop()
        w_obj = f.stack.pop()
        f.stack.append(space.getitem(w_obj, new_slice(w_start, w_stop, None)))

    def op_STORE_SLICE(self, f, oparg):
        w_stop = f.stack.pop()
        w_start = f.stack.pop()
        w_obj = f.stack.pop()
        w_value = f.stack.pop()
        space.setitem(w_obj, new_slice(w_start, w_stop, None), w_value)

    def op_BUILD_SLICE(self, f, oparg):
        w_step = f.stack.pop() if oparg == 3 else None
        w_stop = f.stack.pop()
        w_start = f.stack.pop()
        f.stack.append(new_slice(w_start, w_stop, w_step))

    # operators
    def op_BINARY_OP(self, f, oparg):
        specialize.adapt(f, specialize.try_binary_op, oparg, f.stack[-2], f.stack[-1])
        return self.binary_op_generic(f, oparg)

    def binary_op_generic(self, f, oparg):
        w_b = f.stack.pop()
        w_a = f.stack[-1]
        symbol, inplace = _BINARY[oparg]
        if inplace:
            f.stack[-1] = space.inplace_op(w_a, w_b, symbol)
        else:
            f.stack[-1] = space.binary_op(w_a, w_b, symbol)

    def op_COMPARE_OP(self, f, oparg):
        specialize.adapt(f, specialize.try_compare_op, oparg, f.stack[-2], f.stack[-1])
        return self.compare_op_generic(f, oparg)

    def compare_op_generic(self, f, oparg):
        w_b = f.stack.pop()
        f.stack[-1] = space.compare(f.stack[-1], w_b, _CMP[oparg >> 4])

    def op_IS_OP(self, f, oparg):
        w_b = f.stack.pop()
        result = f.stack[-1] is w_b
        f.stack[-1] = (not result) if oparg else result

    def op_CONTAINS_OP(self, f, oparg):
        w_container = f.stack.pop()
        result = space.contains(w_container, f.stack[-1])
        f.stack[-1] = (not result) if oparg else result

    def op_UNARY_NEGATIVE(self, f, oparg):
        f.stack[-1] = space.unary_op(f.stack[-1], "-")

    def op_UNARY_INVERT(self, f, oparg):
        f.stack[-1] = space.unary_op(f.stack[-1], "~")

    def op_UNARY_NOT(self, f, oparg):
        f.stack[-1] = not space.is_true(f.stack[-1])

    # jumps
    def op_JUMP_FORWARD(self, f, oparg):
        f.pc += oparg

    def op_JUMP_BACKWARD(self, f, oparg):
        f.pc -= oparg
        if self.jit is not None and self.jit.back_edge(f):
            # the rest of the frame ran compiled -- or, in a generator's frame, up to
            # its next yield (the next resume continues in compiled code)
            return RETURN if f.finished else YIELD

    op_JUMP_BACKWARD_NO_INTERRUPT = op_JUMP_BACKWARD

    def op_POP_JUMP_IF_FALSE(self, f, oparg):
        if not space.is_true(f.stack.pop()):
            f.pc += oparg

    def op_POP_JUMP_IF_TRUE(self, f, oparg):
        if space.is_true(f.stack.pop()):
            f.pc += oparg

    def op_POP_JUMP_IF_NONE(self, f, oparg):
        if f.stack.pop() is None:
            f.pc += oparg

    def op_POP_JUMP_IF_NOT_NONE(self, f, oparg):
        if f.stack.pop() is not None:
            f.pc += oparg

    # iteration
    def op_GET_ITER(self, f, oparg):
        f.stack[-1] = space.iter(f.stack[-1])

    def op_FOR_ITER(self, f, oparg):
        specialize.adapt(f, specialize.try_for_iter, oparg, f.stack[-1])
        return self.for_iter_generic(f, oparg)

    def for_iter_generic(self, f, oparg):
        w_next = space.next(f.stack[-1])
        if w_next is STOP_ITERATION:
            f.stack.pop()
            f.pc += oparg + 1                  # skip the END_FOR too
        else:
            f.stack.append(w_next)

    def op_GET_LEN(self, f, oparg):
        f.stack.append(space.len_w(f.stack[-1]))

    # building containers
    def op_BUILD_TUPLE(self, f, oparg):
        f.stack.append(space.newtuple(pop_n(f, oparg)))

    def op_BUILD_LIST(self, f, oparg):
        f.stack.append(space.newlist(pop_n(f, oparg)))

    def op_BUILD_SET(self, f, oparg):
        f.stack.append(W_Set(pop_n(f, oparg)))

    def op_BUILD_MAP(self, f, oparg):
        items = pop_n(f, 2 * oparg)
        w_dict = space.newdict()
        for i in range(0, len(items), 2):
            space.setitem(w_dict, items[i], items[i + 1])
        f.stack.append(w_dict)

    def op_BUILD_CONST_KEY_MAP(self, f, oparg):
        w_keys = f.stack.pop()
        values = pop_n(f, oparg)
        w_dict = space.newdict()
        for w_key, w_value in zip(operands.tuple_items("BUILD_CONST_KEY_MAP", w_keys, oparg),
                                  values):
            space.setitem(w_dict, w_key, w_value)
        f.stack.append(w_dict)

    def op_BUILD_STRING(self, f, oparg):
        f.stack.append(build_string(pop_n(f, oparg)))

    def op_LIST_APPEND(self, f, oparg):
        w_value = f.stack.pop()
        list_append(f.stack[-oparg], w_value)

    def op_SET_ADD(self, f, oparg):
        w_value = f.stack.pop()
        space.call_method(f.stack[-oparg], "add", w_value)

    def op_MAP_ADD(self, f, oparg):
        w_value = f.stack.pop()
        w_key = f.stack.pop()
        space.setitem(f.stack[-oparg], w_key, w_value)

    def op_LIST_EXTEND(self, f, oparg):
        w_iterable = f.stack.pop()
        try:
            items = space.unpack_iterable(w_iterable)
        except OperationError as e:
            if e.match(space.builtin_exception("TypeError")) and \
                    space.type(w_iterable).lookup("__iter__") is None and \
                    space.type(w_iterable).lookup("__getitem__") is None:
                raise space.type_error("Value after * must be an iterable, not %s"
                                       % space.type(w_iterable).name)
            raise
        try:
            f.stack[-oparg].items_w.extend(items)
        except AttributeError:
            raise operands.bad_operand("LIST_EXTEND", f.stack[-oparg]) from None

    def op_SET_UPDATE(self, f, oparg):
        w_iterable = f.stack.pop()
        space.call_method(f.stack[-oparg], "update", w_iterable)

    def op_DICT_UPDATE(self, f, oparg):
        w_update = f.stack.pop()
        if space.findattr(w_update, "keys") is None:
            raise space.type_error("'%s' object is not a mapping" % space.type(w_update).name)
        space.call_method(f.stack[-oparg], "update", w_update)

    def op_DICT_MERGE(self, f, oparg):
        w_update = f.stack.pop()
        w_dict = f.stack[-oparg]
        w_callable = f.stack[-oparg - 2]
        if type(w_dict) is not W_Dict:
            raise operands.bad_operand("DICT_MERGE", w_dict, "dict")
        if space.findattr(w_update, "keys") is None:
            raise space.type_error("%s argument after ** must be a mapping, not %s"
                                   % (function_description(w_callable),
                                      space.type(w_update).name))
        if isinstance(w_update, W_Dict) and space.type(w_update).lookup("__iter__") is \
                w_dict_type.dict_w["__iter__"]:
            keys = list(w_update.storage)         # PyDict_Merge's fast path ignores keys()
        else:
            keys = space.unpack_iterable(space.call_method(w_update, "keys"))
        for w_key in keys:            # (the call checks that keys are str, not this merge)
            if w_key in w_dict.storage:
                raise space.type_error("%s got multiple values for keyword argument '%s'"
                                       % (function_description(w_callable), space.str(w_key)))
            w_dict.storage[w_key] = space.getitem(w_update, w_key)

    def op_UNPACK_SEQUENCE(self, f, oparg):
        specialize.adapt(f, specialize.try_unpack_sequence, oparg, f.stack[-1])
        return self.unpack_sequence_generic(f, oparg)

    def unpack_sequence_generic(self, f, oparg):
        items = unpack_for_assignment(f.stack.pop())
        if len(items) != oparg:
            if len(items) < oparg:
                raise space.value_error("not enough values to unpack (expected %d, got %d)"
                                        % (oparg, len(items)))
            raise space.value_error("too many values to unpack (expected %d)" % oparg)
        f.stack.extend(reversed(items))

    def op_UNPACK_EX(self, f, oparg):
        before, after = oparg & 0xFF, oparg >> 8
        items = unpack_for_assignment(f.stack.pop())
        if len(items) < before + after:
            raise space.value_error("not enough values to unpack (expected at least %d, got %d)"
                                    % (before + after, len(items)))
        middle = space.newlist(items[before:len(items) - after])
        values = items[:before] + [middle] + items[len(items) - after:]
        f.stack.extend(reversed(values))

    def op_FORMAT_VALUE(self, f, oparg):
        spec = f.stack.pop() if oparg & 4 else ""
        w_value = f.stack.pop()
        f.stack.append(format_value(w_value, oparg & 3, spec))

    # functions and calls
    def op_MAKE_FUNCTION(self, f, oparg):
        w_code = f.stack.pop()
        closure_w = f.stack.pop() if oparg & 0x08 else None
        w_annotations = f.stack.pop() if oparg & 0x04 else None
        w_kwdefaults = f.stack.pop() if oparg & 0x02 else None
        w_defaults = f.stack.pop() if oparg & 0x01 else None
        operands.check_make_function(w_code, closure_w, w_annotations, w_kwdefaults,
                                     w_defaults)
        code = w_code.code
        closure_w = closure_w.items_w if closure_w is not None else ()
        defaults_w = w_defaults.items_w if w_defaults is not None else ()
        if w_annotations is not None and not hasattr(w_annotations, "storage"):
            items = w_annotations.items_w
            w_annotations = space.newdict({items[i]: items[i + 1]
                                           for i in range(0, len(items), 2)})
        # 3.12: the first constant of a function is its docstring, or None
        w_doc = code.co_consts[0] if code.co_consts and isinstance(code.co_consts[0], str) \
            else None
        w_func = W_Function(code, f.w_globals, code.co_name, code.co_qualname, defaults_w,
                            w_kwdefaults, closure_w, w_annotations, w_doc,
                            f.w_globals.storage.get("__name__"))
        f.stack.append(w_func)

    def op_KW_NAMES(self, f, oparg):
        names = f.code.co_consts[oparg]
        if type(names) is not tuple or not all(type(name) is str for name in names):
            raise space.error(space.builtin_exception("SystemError"),
                              "KW_NAMES: constant %d is not a tuple of names" % oparg)
        f.kw_names = names

    def op_CALL(self, f, oparg):
        specialize.adapt(f, specialize.try_call, oparg)
        return self.call_generic(f, oparg)

    def call_generic(self, f, oparg):
        args_w = pop_n(f, oparg)
        w_callable = f.stack.pop()
        w_maybe_method = f.stack.pop()
        if w_maybe_method is not NULL:
            args_w.insert(0, w_callable)
            w_callable = w_maybe_method
        kwargs_w = None
        if f.kw_names is not None:
            names = f.kw_names
            f.kw_names = None
            n = len(names)
            kwargs_w = dict(zip(names, args_w[len(args_w) - n:]))
            del args_w[len(args_w) - n:]
        return self.call(f, w_callable, args_w, kwargs_w)

    def op_CALL_FUNCTION_EX(self, f, oparg):
        w_kwargs = f.stack.pop() if oparg & 1 else None
        w_args = f.stack.pop()
        w_callable = f.stack.pop()
        f.stack.pop()                          # the NULL below the callable
        if isinstance(w_args, W_Tuple):
            args_w = list(w_args.items_w)
        else:
            try:
                args_w = space.unpack_iterable(w_args)
            except OperationError as e:
                if e.match(space.builtin_exception("TypeError")):
                    raise space.type_error("%s argument after * must be an iterable, not %s"
                                           % (function_description(w_callable),
                                              space.type(w_args).name))
                raise
        kwargs_w = None
        if w_kwargs is not None:
            kwargs_w = dict(w_kwargs.storage) if hasattr(w_kwargs, "storage") else None
            if kwargs_w is None:
                kwargs_w = {k: space.getitem(w_kwargs, k) for k in
                            space.unpack_iterable(space.call_method(w_kwargs, "keys"))}
            kwargs_w = str_keywords(w_callable, kwargs_w)
        return self.call(f, w_callable, args_w, kwargs_w)

    def op_CALL_INTRINSIC_1(self, f, oparg):
        f.stack[-1] = intrinsic_1(self, f, oparg, f.stack[-1])

    def op_CALL_INTRINSIC_2(self, f, oparg):
        w_value1 = f.stack.pop()
        f.stack[-1] = intrinsic_2(self, f, oparg, f.stack[-1], w_value1)

    def op_LOAD_BUILD_CLASS(self, f, oparg):
        w_build_class = f.w_builtins.storage.get("__build_class__", MISSING)
        if w_build_class is MISSING:
            raise space.error(space.builtin_exception("NameError"), "__build_class__ not found")
        f.stack.append(w_build_class)

    def op_LOAD_ASSERTION_ERROR(self, f, oparg):
        f.stack.append(space.builtin_exception("AssertionError"))

    # imports
    def op_IMPORT_NAME(self, f, oparg):
        w_fromlist = f.stack.pop()
        w_level = f.stack.pop()
        w_import = f.w_builtins.storage.get("__import__", MISSING)
        if w_import is MISSING:
            raise space.error(space.builtin_exception("ImportError"), "__import__ not found")
        f.stack.append(space.call(w_import, [f.code.co_names[oparg], f.w_globals,
                                             f.w_locals, w_fromlist, w_level]))

    def op_IMPORT_FROM(self, f, oparg):
        from snakevm.importing import import_from
        f.stack.append(import_from(f.stack[-1], f.code.co_names[oparg]))

    # exceptions
    def op_RAISE_VARARGS(self, f, oparg):
        w_cause = f.stack.pop() if oparg == 2 else None
        w_exc = f.stack.pop() if oparg >= 1 else None
        do_raise(w_exc, w_cause, oparg)

    def op_RERAISE(self, f, oparg):
        w_exc = f.stack.pop()
        error = OperationError(w_exc)
        error.reraise = True
        if oparg:
            # the handler is looked up at RERAISE itself; the frame's "last
            # instruction" (for tracebacks and a pushed lasti) is restored
            error.restore_lasti = f.stack[-oparg]
        raise error

    def op_PUSH_EXC_INFO(self, f, oparg):
        w_exc = f.stack.pop()
        f.stack.append(state.handled_exception)
        f.stack.append(w_exc)
        state.handled_exception = w_exc

    def op_POP_EXCEPT(self, f, oparg):
        state.handled_exception = f.stack.pop()

    def op_CHECK_EXC_MATCH(self, f, oparg):
        w_type = f.stack.pop()
        check_except_type(w_type)
        f.stack.append(space.exception_match(space.type(f.stack[-1]), w_type))

    def op_CHECK_EG_MATCH(self, f, oparg):
        w_type = f.stack.pop()
        w_exc = f.stack.pop()
        w_match, w_rest = exception_group_match(w_exc, w_type)
        f.stack.append(w_rest)
        f.stack.append(w_match)
        if w_match is not None:
            state.handled_exception = w_match

    def op_BEFORE_WITH(self, f, oparg):
        w_mgr = f.stack.pop()
        w_type = space.type(w_mgr)
        w_enter = w_type.lookup("__enter__")
        w_exit = w_type.lookup("__exit__")
        if w_enter is None:
            raise space.type_error("'%s' object does not support the context manager protocol"
                                   % w_type.name)
        if w_exit is None:
            raise space.type_error("'%s' object does not support the context manager protocol "
                                   "(missed __exit__ method)" % w_type.name)
        f.stack.append(space.get(w_exit, w_mgr, w_type))
        f.stack.append(space.call(space.get(w_enter, w_mgr, w_type), []))

    def op_WITH_EXCEPT_START(self, f, oparg):
        w_exc = f.stack[-1]
        w_exit = f.stack[-4]
        f.stack.append(space.call(w_exit, [space.type(w_exc), w_exc,
                                           getattr(w_exc, "w_traceback", None)]))

    # pattern matching
    def op_MATCH_MAPPING(self, f, oparg):
        f.stack.append(is_mapping(f.stack[-1]))

    def op_MATCH_SEQUENCE(self, f, oparg):
        f.stack.append(is_sequence(f.stack[-1]))

    def op_MATCH_KEYS(self, f, oparg):
        f.stack.append(match_keys(f.stack[-2], f.stack[-1]))

    def op_MATCH_CLASS(self, f, oparg):
        w_names = f.stack.pop()
        w_cls = f.stack.pop()
        w_subject = f.stack.pop()
        f.stack.append(match_class(w_subject, w_cls, oparg, w_names))

    # generators and coroutines
    def op_RETURN_GENERATOR(self, f, oparg):
        f.return_value = generators.new_generator(f)
        return RETURN

    def op_YIELD_VALUE(self, f, oparg):
        f.return_value = f.stack.pop()
        return YIELD

    def op_GET_YIELD_FROM_ITER(self, f, oparg):
        f.stack[-1] = generators.get_yield_from_iter(f, f.stack[-1])

    def op_SEND(self, f, oparg):
        specialize.adapt(f, specialize.try_send, oparg, f.stack[-2])
        return self.send_generic(f, oparg)

    def send_generic(self, f, oparg):
        w_value = f.stack.pop()
        done, w_result = generators.send_to(f.stack[-1], w_value)
        f.stack.append(w_result)
        if done:
            f.pc += oparg

    def op_CLEANUP_THROW(self, f, oparg):
        generators.cleanup_throw(f)

    def op_GET_AWAITABLE(self, f, oparg):
        f.stack[-1] = generators.get_awaitable(f.stack[-1], oparg)

    def op_GET_AITER(self, f, oparg):
        f.stack[-1] = generators.get_aiter(f.stack[-1])

    def op_GET_ANEXT(self, f, oparg):
        f.stack.append(generators.get_anext(f.stack[-1]))

    def op_BEFORE_ASYNC_WITH(self, f, oparg):
        w_mgr = f.stack.pop()
        w_exit, w_awaitable = generators.before_async_with(w_mgr)
        f.stack.append(w_exit)
        f.stack.append(w_awaitable)

    def op_END_ASYNC_FOR(self, f, oparg):
        w_exc = f.stack.pop()
        if space.exception_match(space.type(w_exc), space.builtin_exception("StopAsyncIteration")):
            f.stack.pop()
            return None
        error = OperationError(w_exc)
        error.reraise = True
        raise error


# -- helpers ----------------------------------------------------------------------------------

def list_append(w_list, w_value):
    """LIST_APPEND's work (the list a comprehension builds)."""
    try:
        w_list.items_w.append(w_value)
    except AttributeError:
        raise operands.bad_operand("LIST_APPEND", w_list) from None


def build_string(parts):
    """BUILD_STRING's work: the f-string's pieces joined."""
    try:
        return "".join(parts)
    except TypeError:                   # an instance of a str subclass from __format__
        return "".join([w if w.__class__ is str else w.value for w in parts])


def format_value(w_value, conversion, spec):
    """FORMAT_VALUE's work: ``w_value`` converted (0 none, 1 str, 2 repr, 3 ascii) and
    formatted with ``spec``."""
    if conversion == 1:
        w_value = space.str(w_value)
    elif conversion == 2:
        w_value = space.repr(w_value)
    elif conversion == 3:
        from snakevm.module.builtins import _ascii      # (builtins imports this module)
        w_value = _ascii(space.repr(w_value))
    if type(w_value) is str and not spec:
        return w_value
    return guest_format(w_value, spec)  # (a str subclass instance from __format__ stays one)


def pop_n(f, n):
    if n == 0:
        return []
    items = f.stack[-n:]
    del f.stack[-n:]
    return items


new_slice = W_Slice             # new_slice(w_start, w_stop, w_step): BUILD_SLICE's slice


def mapping_get(w_mapping, name):
    if w_mapping is None:
        return MISSING
    storage = getattr(w_mapping, "storage", None)
    if storage is not None and space.type(w_mapping).name == "dict":
        return storage.get(name, MISSING)
    try:
        return space.getitem(w_mapping, name)
    except OperationError as e:
        if e.match(space.builtin_exception("KeyError")):
            return MISSING
        raise


def unpack_for_assignment(w_iterable):
    try:
        return space.unpack_iterable(w_iterable)
    except OperationError as e:
        if e.match(space.builtin_exception("TypeError")) and \
                space.type(w_iterable).lookup("__iter__") is None and \
                space.type(w_iterable).lookup("__getitem__") is None:
            raise space.type_error("cannot unpack non-iterable %s object"
                                   % space.type(w_iterable).name)
        raise


def str_keywords(w_callable, kwargs_w):
    """The keyword arguments of a ``**`` call: keys must be str ("keywords must be
    strings"), except for a bound built-in method that takes the dict as it is
    (``text.format``: CPython's METH_VARARGS | METH_KEYWORDS call), which cannot use the
    other keys anyway."""
    if all(isinstance(key, str) for key in kwargs_w):
        return kwargs_w
    if isinstance(w_callable, W_BuiltinFunction) and \
            getattr(w_callable.func, "ignores_non_str_keywords", False):
        return {key: w_value for key, w_value in kwargs_w.items() if isinstance(key, str)}
    raise space.type_error("keywords must be strings")


def function_description(w_callable):
    """How CPython names a callable in call errors (_PyObject_FunctionStr):
    'module.qualname()', or 'qualname()' for built-ins."""
    if isinstance(w_callable, W_Method):
        w_callable = w_callable.w_function
    qualname = space.findattr(w_callable, "__qualname__")
    if not isinstance(qualname, str):
        qualname = space.findattr(w_callable, "__name__")
    if not isinstance(qualname, str):
        return "%s object" % space.type(w_callable).name
    module = space.findattr(w_callable, "__module__")
    if isinstance(module, str) and module != "builtins":
        return "%s.%s()" % (module, qualname)
    return "%s()" % qualname


def handler_underflow(f, depth):
    """The SystemError that replaces an exception whose handler in ``f`` needs more of
    the stack than the instruction that raised left (only crafted code does that)."""
    return space.call(space.builtin_exception("SystemError"), [
        "invalid code object %r: exception handler needs stack depth %d, the stack has %d"
        % (f.code.co_name, depth, len(f.stack))])


def function_builtins(w_func):
    """The builtins of a function's frames, found once (CPython keeps func_builtins)."""
    w_builtins = w_func.w_builtins
    if w_builtins is None:
        w_builtins = w_func.w_builtins = builtins_of(w_func.w_globals)
    return w_builtins


def builtins_of(w_globals):
    """The builtins namespace of code run with ``w_globals``: a dict (the
    builtins module's, by default); any other __builtins__ value is looked up
    with guest subscription like CPython's PyObject_GetItem (errors included)."""
    w_builtins = w_globals.storage.get("__builtins__", MISSING)
    if w_builtins is MISSING:
        w_builtins = space.builtins_module()
    if hasattr(w_builtins, "storage"):
        return w_builtins
    if isinstance(w_builtins, W_Root) and type(getattr(w_builtins, "w_dict", None)) is \
            W_Dict and space.type(w_builtins).name == "module":
        return w_builtins.w_dict
    return W_Dict(_SubscriptedBuiltins(w_builtins))


class _SubscriptedBuiltins(dict):
    """Host storage standing for a non-dict __builtins__: ``get`` subscripts it."""

    def __init__(self, w_mapping):
        dict.__init__(self)
        self.w_mapping = w_mapping

    def get(self, name, default=None):
        try:
            return space.getitem(self.w_mapping, name)
        except OperationError as e:
            if e.match(space.builtin_exception("KeyError")):
                return default
            raise


def name_error(name):
    w_exc = space.call(space.builtin_exception("NameError"), ["name '%s' is not defined" % name])
    w_exc.ensure_dict().setitem_str("name", name)
    return OperationError(w_exc)


def unbound_local(name):
    return space.error(space.builtin_exception("UnboundLocalError"),
                       "cannot access local variable '%s' where it is not associated with a value"
                       % name)


def free_var_error(code, index):
    name = code.co_localsplusnames[index]
    if code.co_localspluskinds[index] & opcodes.CO_FAST_FREE:
        return space.error(space.builtin_exception("NameError"),
                           "cannot access free variable '%s' where it is not associated with a "
                           "value in enclosing scope" % name)
    return unbound_local(name)


def load_method(w_obj, name):
    """LOAD_ATTR with the method flag: (the method, the object) when the type's guest
    function or built-in method can be called unbound with the object (no bound
    method per call, like CPython's LOAD_METHOD), else (NULL, the attribute)."""
    w_type = space.type(w_obj)
    if w_type.lookup("__getattribute__") is _object_getattribute():
        w_descr = w_type.lookup(name)
        if (isinstance(w_descr, W_Function) or type(w_descr) is W_MethodDescriptor) and (
                getattr(w_obj, "w_dict", None) is None
                or w_obj.w_dict.getitem_str(name) is MISSING):
            return w_descr, w_obj
    return NULL, space.getattr(w_obj, name)


def add_traceback(w_exc, f):
    from snakevm.interpreter.traceback import W_Traceback, shows_in_tracebacks
    if not hasattr(w_exc, "w_traceback") or not shows_in_tracebacks(f.code):
        return
    w_exc.w_traceback = W_Traceback(f, f.last_i, w_exc.w_traceback)
