"""Tier 2 at run time: when code is compiled, how compiled code is entered and
left, and the helpers the generated functions call.

Entering.  A guest function is compiled at its ``threshold``-th call
(``--jit=on``; ``--jit=always``: at its first) and runs compiled from then on;
a loop running in the interpreter is compiled at its ``threshold``-th turn and
continues compiled from the back edge (on-stack replacement: the generated code
starts at any block with the stack it is given).  Compiled code runs in a guest
Frame like the interpreter's -- the frame is linked as the running frame, its
locals and ``last_i`` are kept, so tracebacks, sys._getframe and locals() see
what they would see in the interpreter.

Leaving.  An exception hands the frame to the interpreter at the instruction
that raised (deopt): the interpreter's unwinding finds the handler, or adds the
traceback entry and re-raises.  Interpreter hooks (signals, thread switches)
do the same at a back edge.  Compiled code calls guest functions directly
(compiled or not) while ``state.jit_depth`` is under BUDGET host levels; deeper
calls run in one interpreter loop, which recurses without the host's stack, so
deep guest recursion still ends in the guest's RecursionError."""

import sys as host_sys

from snakevm.objspace.root import OperationError
from snakevm.objspace.space import space, STOP_ITERATION
from snakevm.objspace.typeobject import MISSING, W_Instance, W_TypeObject, w_type_type
from snakevm.objspace.typecall import check_init_result, PLAIN
from snakevm.memory.finalizers import adopt
from snakevm.objspace.functionobject import W_Function, W_Method
from snakevm.objspace.typedef import W_BuiltinFunction, W_MethodDescriptor
from snakevm.objspace.bridge import W_HostFunction
from snakevm.objspace.listobject import W_List, w_list_type
from snakevm.objspace.iterobject import W_IndexIter, W_ValueIter
from snakevm.objspace.tupleobject import W_Tuple, w_tuple_type
from snakevm.interpreter import state
from snakevm.interpreter.specialize import simple_code
from snakevm.interpreter.frame import (Frame, NULL, UNBOUND, RETURN, YIELD, function_frame,
                                      frame_template, complete_new_frame)
from snakevm.interpreter.generators import (W_Generator, W_Coroutine, new_generator, send_to,
                                           get_awaitable, get_yield_from_iter)
from snakevm.interpreter.eval import (name_error, unbound_local, function_builtins,
                                     free_var_error, new_slice, list_append, build_string,
                                     format_value)
from snakevm.module.builtins import builtin_len, _isinstance
from snakevm.jit import attributes
from snakevm.jit.translate import Translation, Untranslatable
from snakevm.jit.leaves import leaf_source, NotALeaf, BAIL

_new_object = object.__new__
BUDGET = 120                 # compiled activations nested on the host stack, at most
LEAF_BAILS = 100             # a leaf that gives up this often is dropped (leaf_gave_up)
_NOT_COMPILED = False        # code._cache["jit"] for code this tier leaves alone
_NOT_TRANSLATED_FLAGS = 0x200                    # async generators
_CO_OPTIMIZED = 0x1
# CO_GENERATOR, CO_COROUTINE, CO_ITERABLE_COROUTINE, CO_ASYNC_GENERATOR
_GENERATOR_FLAGS = 0x20 | 0x80 | 0x100 | 0x200


class Jit:
    """The compiling tier of one interpreter: its mode and its counters."""

    def __init__(self, interp, mode, threshold=None, dump=None, dump_stream=None):
        self.interp = interp
        self.mode = mode                             # "on" or "always"
        self.threshold = threshold if threshold is not None else (1 if mode == "always" else 50)
        self.dump = dump                             # None, "" (every function) or a name
        self.dump_stream = dump_stream or host_sys.stderr
        self.compiled = 0
        self.helpers = _helpers(self, interp)
        self.resume_compiled = self.helpers["resume_compiled"]

    # -- when to compile ---------------------------------------------------------------------
    def usable(self):
        """Compiled code may run now: no instruction-level hooks (resource limits,
        tracing, the visualizer and pending signals or thread switches all run as
        hooks) and host stack to spare."""
        return self.interp.tracer is None and state.jit_depth < BUDGET

    def entry(self, code):
        """The compiled function of ``code`` if it is (or now becomes) hot, else None."""
        cache = code._cache
        compiled = cache.get("jit")
        if compiled is not None:
            return compiled or None
        calls = cache.get("jit_calls", 0) + 1
        cache["jit_calls"] = calls
        if calls < self.threshold:
            return None
        compiled = cache["jit"] = self.compile(code)
        return compiled or None

    def compile(self, code):
        if code.co_flags & _NOT_TRANSLATED_FLAGS or not code.co_flags & _CO_OPTIMIZED:
            return _NOT_COMPILED
        try:
            translation = Translation(code, self.interp.dispatch)
            source = translation.source()
            compiled = compile(source, "<jit %s>" % code.co_qualname, "exec")
        except (Untranslatable, SyntaxError, RecursionError, MemoryError):
            return _NOT_COMPILED        # (the host's compiler refuses a huge function)
        namespace = dict(self.helpers)
        namespace.update(translation.names)
        exec(compiled, namespace)
        self.compiled += 1
        run = namespace["run"]
        leaf = leaf_text = None
        if code.co_flags & _GENERATOR_FLAGS:
            delegations = translation.delegations()     # (resume_compiled's two ways in)
            code.jit_resume = (run, _block_starts(run) - delegations.keys(), delegations)
        if simple_code(code, code.co_argcount):
            direct_run = _completing(run) if code.co_flags & _GENERATOR_FLAGS else run
            leaf, leaf_text = _leaf(translation, namespace)
            code.jit_direct = (direct_run, frame_template(code)[0], code.co_argcount, leaf)
        if self.dump is not None and self.dump in ("", code.co_name, code.co_qualname):
            self.dump_stream.write("# --jit-dump: %s (%s, line %d)\n%s\n" % (
                code.co_qualname, code.co_filename, code.co_firstlineno, source))
            if leaf_text is not None:
                self.dump_stream.write("# its leaf (jit/leaves.py)\n%s\n" % leaf_text)
        return run

    # -- running compiled code ------------------------------------------------------------------
    def run_frame(self, f):
        """Run a new frame (made by interp.enter) to its end: compiled if it is hot,
        else in a nested interpreter loop.  Its depth is given back either way."""
        try:
            if self.usable():
                run = self.entry(f.code)
                if run is not None:
                    return self.run_compiled(run, f, 0)
            kind, w_value = self.interp.execute(f)
            return w_value
        finally:
            state.depth -= 1

    def resume(self, f):
        """W_Generator.resume's run of a suspended generator or coroutine frame (its
        sent value pushed): compiled from the suspension point once the code is hot
        (each resume counts as a call), else in the interpreter.  (RETURN|YIELD, value)."""
        if self.interp.tracer is None and state.jit_depth < BUDGET:
            run = self.entry(f.code)
            if run is not None and f.pc in run.__globals__["BLOCKS"]:
                # run_compiled's work, inline: calling run_compiled here made --jit=on
                # 1.5x slower on bench/kernels/coroutines.py (measured with farm-bench;
                # the cause in the host is not understood yet)
                caller = state.current_frame
                f.back = caller
                state.current_frame = f
                outer_host_call = state.in_host_call
                state.in_host_call = False
                state.jit_depth += 1
                try:
                    w_value = run(f, f.pc)
                finally:
                    state.jit_depth -= 1
                    state.in_host_call = outer_host_call
                    state.current_frame = caller
                    f.back = None
                return (RETURN if f.finished else YIELD), w_value
        return self.interp.execute(f)

    def run_compiled(self, run, f, pc):
        caller = state.current_frame
        f.back = caller
        state.current_frame = f
        outer_host_call = state.in_host_call
        state.in_host_call = False
        state.jit_depth += 1
        try:
            return run(f, pc)
        finally:
            state.jit_depth -= 1
            state.in_host_call = outer_host_call
            state.current_frame = caller
            f.back = None

    def back_edge(self, f):
        """The interpreter's JUMP_BACKWARD in ``f`` (the running frame, at f.pc): run
        the rest of the frame compiled once its loop is hot.  Returns True when it
        has (f.return_value is set), False to go on interpreting."""
        if not self.usable():
            return False
        code = f.code
        cache = code._cache
        run = cache.get("jit")
        if run is None:
            turns = cache.get("jit_turns", 0) + 1
            cache["jit_turns"] = turns
            if turns < self.threshold:
                return False
            run = cache["jit"] = self.compile(code)
        if not run or f.pc not in cache.setdefault("jit_entries", _block_starts(run)):
            return False
        state.jit_depth += 1
        try:
            f.return_value = run(f, f.pc)
        except OperationError as e:
            e.reraise = True            # the deopt has unwound this frame already: it
            e.unwound_frame = f         # has no handler for it (unwind goes on in the caller)
            raise
        finally:
            state.jit_depth -= 1
        return True


def _completing(run):
    """The direct entry of a generator function's compiled code: its frame, which the
    generator takes, made whole first (a direct call makes a lazy frame)."""
    def run_complete(f, pc):
        complete_new_frame(f)
        return run(f, pc)
    return run_complete


def _leaf(translation, namespace):
    """(the leaf function of a compiled code object, its source), or (None, None)
    when the code is not a leaf (leaves.py).  It runs in the compiled function's
    namespace."""
    try:
        source, names = leaf_source(translation)
        compiled = compile(source, "<jit leaf %s>" % translation.code.co_qualname, "exec")
    except (NotALeaf, SyntaxError, RecursionError, MemoryError):
        return None, None
    namespace.update(names)
    exec(compiled, namespace)
    return namespace["leaf"], source


def leaf_gave_up(code):
    """A call made after the callee's leaf gave up: a leaf that gives up LEAF_BAILS
    times (its fast paths do not fit what it is called with) is dropped, so that
    its calls do not pay for it."""
    bails = code._cache.get("leaf_bails", 0) + 1
    code._cache["leaf_bails"] = bails
    if bails >= LEAF_BAILS and code.jit_direct is not None:
        code.jit_direct = code.jit_direct[:3] + (None,)


def _block_starts(run):
    return run.__globals__["BLOCKS"]


def _helpers(jit, interp):

    def call(f, w_callable, args_w):
        """CALL from compiled code in frame ``f`` (its last_i is set): ``w_callable``
        with the positional arguments ``args_w`` (a new list, the callee's to keep)."""
        cls = w_callable.__class__
        if cls is W_Method and w_callable.w_function.__class__ is W_Function:
            args_w.insert(0, w_callable.w_self)
            w_callable = w_callable.w_function
            cls = W_Function
        if cls is W_Function:
            direct = w_callable.code.jit_direct
            if direct is not None and len(args_w) == direct[2] and interp.tracer is None \
                    and state.depth < state.recursion_limit and state.jit_depth < BUDGET:
                if direct[3] is not None:               # its leaf (leaves.py) first
                    w_result = direct[3](w_callable, args_w)
                    if w_result is not BAIL:
                        return w_result
                return run_direct(f, w_callable, args_w, direct)
            return call_function(f, w_callable, args_w)
        if cls is W_BuiltinFunction or cls is W_HostFunction:
            return w_callable.call(args_w)
        if cls is W_MethodDescriptor:
            return w_callable.call(args_w, None)
        if cls is W_TypeObject:
            return instantiate(f, w_callable, args_w)
        return space.call(w_callable, args_w, None)

    def run_direct(f, w_function, args_w, direct):
        """A compiled callee whose parameters the arguments fill exactly (and whose
        leaf, if it has one, gave up; ``direct``: its code's jit_direct): its frame
        made here, a lazy one (frame.EAGER_SLOTS: compiled code reads no other slot;
        whatever else reads one completes the frame), linked and run here."""
        if direct[3] is not None:
            leaf_gave_up(w_function.code)
        callee = _new_object(Frame)
        callee.code = w_function.code
        callee.w_globals = w_function.w_globals
        callee.w_builtins = w_function.w_builtins or function_builtins(w_function)
        callee.w_function = w_function
        args_w += direct[1]             # (the caller's list: what the callee deletes
        callee.fast = args_w            # is gone, as in CPython's frame)
        callee.back = f
        state.current_frame = callee
        state.depth += 1
        state.jit_depth += 1
        try:
            return direct[0](callee, 0)
        finally:
            state.jit_depth -= 1
            state.depth -= 1
            state.current_frame = f
            callee.back = None

    def call_function(f, w_callable, args_w):
        """A guest function called from compiled code, other than call()'s direct case."""
        code = w_callable.code
        if simple_code(code, len(args_w)) and state.depth < state.recursion_limit:
            callee = function_frame(code, w_callable.w_globals,
                                    w_callable.w_builtins or function_builtins(w_callable),
                                    w_callable, args_w)
            state.depth += 1
        else:
            callee = interp.enter(w_callable, args_w, None)
        args_w.clear()          # (the frame has its copy: the callee owns its arguments)
        try:
            run = code._cache.get("jit")
            if run is None:
                run = jit.entry(code)
            if run and interp.tracer is None and state.jit_depth < BUDGET:
                callee.back = f
                state.current_frame = callee
                state.jit_depth += 1
                try:
                    return run(callee, 0)
                finally:
                    state.jit_depth -= 1
                    state.current_frame = f
                    callee.back = None
            kind, w_value = interp.execute(callee)
            return w_value
        finally:
            state.depth -= 1

    def resume_compiled(w_gen, w_value):
        """SEND and FOR_ITER from compiled code to an exact generator or coroutine:
        W_Generator.resume and Jit.resume in one when its code runs compiled and it
        can be resumed as it is, else W_Generator.resume.  (RETURN|YIELD, value)."""
        g = w_gen.frame
        if g is not None and not w_gen.running and not g.finished and \
                (w_gen.started or w_value is None):
            resume = g.code.jit_resume
            if resume is not None and interp.tracer is None and state.jit_depth < BUDGET:
                if g.pc in resume[1]:
                    run = resume[0]
                    g.stack.append(w_value)
                    w_gen.started = w_gen.running = True
                    state.outer_exceptions.append(state.handled_exception)
                    state.handled_exception = w_gen.w_exc_state
                    caller = state.current_frame
                    g.back = caller
                    state.current_frame = g
                    state.depth += 1
                    state.jit_depth += 1
                    try:
                        w_result = run(g, g.pc)
                    except OperationError:
                        g.finished = True
                        w_gen.frame = None
                        raise
                    finally:
                        state.jit_depth -= 1
                        state.depth -= 1
                        state.current_frame = caller
                        g.back = None
                        w_gen.running = False
                        w_gen.w_exc_state = state.handled_exception
                        state.handled_exception = state.outer_exceptions.pop()
                    if g.finished:
                        w_gen.frame = w_gen.w_exc_state = None
                        return RETURN, w_result
                    return YIELD, w_result
                passing = resume[2].get(g.pc)
                if passing is not None and (g.stack[-1].__class__ is W_Generator or
                                            g.stack[-1].__class__ is W_Coroutine):
                    return resume_delegating(w_gen, g, resume[0], passing, w_value)
        return w_gen.resume(w_value)

    def resume_delegating(w_gen, g, run, passing, w_value):
        """resume_compiled for a generator suspended in a ``yield from``/``await``
        loop over an exact generator or coroutine: pass_through in the frame's
        resume bookkeeping.  (The bookkeeping is resume_compiled's, repeated: with
        this case as a branch of resume_compiled, the coroutines kernel, which never
        gets here, ran 1.08x slower -- farm-bench -n 7; the cause in the host is not
        understood, as with Jit.resume's copy of run_compiled.)"""
        w_gen.started = w_gen.running = True
        state.outer_exceptions.append(state.handled_exception)
        state.handled_exception = w_gen.w_exc_state
        caller = state.current_frame
        g.back = caller
        state.current_frame = g
        state.depth += 1
        state.jit_depth += 1
        try:
            w_result = pass_through(g, run, passing, g.stack[-1], w_value)
        except OperationError:
            g.finished = True
            w_gen.frame = None
            raise
        finally:
            state.jit_depth -= 1
            state.depth -= 1
            state.current_frame = caller
            g.back = None
            w_gen.running = False
            w_gen.w_exc_state = state.handled_exception
            state.handled_exception = state.outer_exceptions.pop()
        if g.finished:
            w_gen.frame = w_gen.w_exc_state = None
            return RETURN, w_result
        return YIELD, w_result

    def pass_through(g, run, passing, w_sub, w_value):
        """The SEND of the ``yield from``/``await`` loop the running generator frame
        ``g`` is suspended in (Translation.delegations), done here instead of by g's
        compiled code, which would only pass values through: the sent value goes to
        the sub-iterator ``w_sub``; what it yields, g yields, its frame left as the
        loop's YIELD_VALUE leaves it; when it returns, g's code goes on at the
        loop's exit; what it raises, g raises at the SEND.  A chain of generators
        delegating to each other is resumed with one host call per level."""
        send, yielded_at, done_at = passing
        g.last_i = send
        try:
            kind, w_result = resume_compiled(w_sub, w_value)
        except OperationError as error:
            error.__traceback__ = None
            return deopt_raise(g, send, error, g.stack + [w_value])
        if kind is RETURN:
            g.stack.append(w_result)
            return run(g, done_at)
        g.last_i = yielded_at
        return w_result

    def instantiate(f, w_type, args_w):
        """A class called from compiled code.  A plain class -- metatype ``type``,
        object's ``__new__`` and layout, a guest ``__init__`` -- gets its instance here
        and its ``__init__`` called like any guest function (compiled, directly);
        type.__call__ does the rest."""
        if w_type.constructor_kind is PLAIN and w_type.constructor_version == w_type.version \
                and w_type.w_type is w_type_type and not w_type.disallow_instantiation \
                and w_type.w_constructor_init.__class__ is W_Function \
                and not getattr(w_type, "is_abstract", False):     # (typecall's cache)
            w_obj = adopt(W_Instance(w_type))
            # (a new list: the caller's keeps the arguments while __init__ runs, as
            # CPython 3.12's type_call does)
            check_init_result(call(f, w_type.w_constructor_init, [w_obj] + args_w))
            return w_obj
        return space.call(w_type, args_w, None)

    def finish_call(callee):
        """What an interpreter handler returned: a frame to run (a guest call)."""
        return jit.run_frame(callee)

    def deopt_raise(f, li, error, stack):
        f.stack = stack
        f.last_i = li
        return _in_interpreter(f, error)

    def deopt_continue(f, pc, stack):
        f.stack = stack
        f.pc = pc
        return _in_interpreter(f, None)

    def _in_interpreter(f, error):
        caller = f.back
        state.current_frame = caller
        try:
            kind, w_value = interp.execute(f, throw=error)
            if kind == RETURN:
                f.finished = True       # (a generator's resume asks)
        finally:
            f.back = caller
            state.current_frame = f
        return w_value

    def recursion_error():
        return space.error(space.builtin_exception("RecursionError"),
                           "maximum recursion depth exceeded")

    return {
        "interp": interp, "space": space, "OperationError": OperationError,
        "MISSING": MISSING, "NULL": NULL, "UNBOUND": UNBOUND, "STOP_ITERATION": STOP_ITERATION,
        "W_List": W_List, "W_Tuple": W_Tuple, "W_ValueIter": W_ValueIter,
        "w_list_type": w_list_type, "w_tuple_type": w_tuple_type,
        "W_IndexIter": W_IndexIter, "Frame": Frame, "W_Instance": W_Instance,
        "W_TypeObject": W_TypeObject,
        "name_error": name_error, "unbound_local": unbound_local,
        "call": call, "finish_call": finish_call, "deopt_raise": deopt_raise,
        "deopt_continue": deopt_continue, "load_attr": attributes.load_attr,
        "load_method": attributes.load_method, "store_attr": attributes.store_attr,
        "recursion_error": recursion_error, "new_generator": new_generator, "send_to": send_to,
        "W_Generator": W_Generator, "W_Coroutine": W_Coroutine, "RETURN": RETURN,
        "resume_compiled": resume_compiled, "free_var_error": free_var_error,
        "new_slice": new_slice, "list_append": list_append, "build_string": build_string,
        "format_value": format_value, "get_awaitable": get_awaitable,
        "get_yield_from_iter": get_yield_from_iter, "BAIL": BAIL,
        "W_Function": W_Function, "state": state, "BUDGET": BUDGET, "run_direct": run_direct,
        "W_BuiltinFunction": W_BuiltinFunction, "BUILTIN_LEN": builtin_len,
        "BUILTIN_ISINSTANCE": _isinstance,
    }
