"""Generators, coroutines and async generators (CPython's genobject.c).

A generator owns a suspended Frame.  ``resume`` runs it until the next yield
or its return, with the value to send pushed on its stack, or with an
exception to raise at the suspension point (``throw``).  While it runs, the
generator's own exception state (sys.exception() inside it) is the innermost
record of the chain kept in interpreter/state.py.

When the frame is suspended inside ``yield from``/``await`` (the instruction
after the YIELD_VALUE is RESUME with oparg >= 2), the object it delegates to
is on top of its stack: ``throw`` and ``close`` go to that object first, like
CPython's _gen_throw/gen_close.  Async generators add the asend/athrow
awaitables and their INIT -> ITER -> CLOSED state machines.

The helpers at the bottom implement SEND, CLEANUP_THROW, GET_AWAITABLE,
GET_AITER, GET_ANEXT and BEFORE_ASYNC_WITH.  See docs/generators.md."""

import weakref as host_weakref

from snakevm import opcodes
from snakevm.objspace.root import W_Root, OperationError
from snakevm.objspace.typedef import builtin_type, method, getset, new_method, classmethod_
from snakevm.objspace.space import space, STOP_ITERATION
from snakevm.interpreter import state
from snakevm.interpreter.frame import RETURN, YIELD
from snakevm.interpreter.runtime import interpreter
from snakevm.interpreter.exceptions import chain_context
from snakevm.memory.finalizers import finalize

RESUME = opcodes.BY_NAME["RESUME"].number


def _warn_unawaited(w_coro):
    """warnings._warn_unawaited_coroutine(coro), as CPython calls it."""
    from snakevm.module.moduledef import import_guest   # moduledef imports the interpreter
    w_warnings = import_guest("warnings")
    space.call(space.getattr(w_warnings, "_warn_unawaited_coroutine"), [w_coro])


def _exc(name):
    return space.builtin_exception(name)


def _error(name, message=None):
    if message is None:
        return OperationError(space.call(_exc(name), []))
    return space.error(_exc(name), message)


class W_Generator(W_Root):
    kind = "generator"
    prefix = "gi"

    def __init__(self, frame):
        self.frame = frame
        self.running = False
        self.started = False
        self.name = frame.code.co_name
        self.qualname = frame.code.co_qualname
        self.code = frame.code
        self.w_exc_state = None          # sys.exception() inside the generator
        # Resumed inline by its caller's SEND_GEN or FOR_ITER_GEN (eval.py): how the
        # caller goes on when the generator returns (its jump, and which instruction).
        self.return_jump = 0
        self.resumed_by_for_iter = False
        frame.generator_ref = host_weakref.ref(self)
        frame.expose()

    def iter_refs(self):
        if self.frame is not None:
            yield self.frame
        if self.w_exc_state is not None:
            yield self.w_exc_state

    def clear_refs(self):
        self.frame = None
        self.w_exc_state = None

    # -- finalization (CPython's _PyGen_Finalize) --------------------------------------
    gc_finalized = False

    def __del__(self):
        if self.frame is not None:          # (a finished generator has nothing to close)
            finalize(self)

    def guest_finalize(self):
        """Dropped while suspended: close it, so its ``finally`` blocks run.  A
        coroutine that never started warns that it was never awaited."""
        if self.frame is None:
            return
        if not self.started:
            if self.kind == "coroutine":
                _warn_unawaited(self)
            return
        if self.finished or self.running:
            return
        saved = state.handled_exception
        try:
            self.close()
        finally:
            state.handled_exception = saved

    # -- state -------------------------------------------------------------------------
    @property
    def finished(self):
        return self.frame is None or self.frame.finished

    @property
    def suspended(self):
        return self.started and not self.running and not self.finished

    def delegate(self):
        """The sub-iterator of a suspended ``yield from``/``await``, or None."""
        if not self.suspended:
            return None
        f = self.frame
        op, oparg, _, _ = f.instructions[f.pc]
        if op != RESUME or oparg < 2 or not f.stack:
            return None
        return f.stack[-1]

    def resumable_inline(self, w_value):
        """Can the caller's interpreter loop run this generator's frame as it runs a
        callee's (SEND_GEN, FOR_ITER_GEN), instead of a nested loop in resume()?
        Not when resume() would raise, nor when the compiling tier runs its code."""
        f = self.frame
        return f is not None and not self.running and not f.finished and \
            (self.started or w_value is None) and not f.code._cache.get("jit")

    # -- running -----------------------------------------------------------------------
    def resume(self, w_value=None, throw=None):
        """Run until the next yield: (YIELD|RETURN, value); raises what the frame raises."""
        if self.running:
            raise space.value_error("%s already executing" % self.kind)
        if self.finished:
            if self.kind == "coroutine" and not getattr(throw, "closing", False):
                raise _error("RuntimeError", "cannot reuse already awaited coroutine")
            if throw is not None:
                raise throw
            return RETURN, None
        if not self.started and w_value is not None and throw is None:
            raise space.type_error("can't send non-None value to a just-started %s" % self.kind)
        f = self.frame
        f.stack.append(w_value)
        self.started = True
        self.running = True
        state.outer_exceptions.append(state.handled_exception)
        state.handled_exception = self.w_exc_state
        state.depth += 1
        try:
            interp = interpreter()
            if interp.jit is not None and throw is None:
                kind, w_result = interp.jit.resume(f)
            else:
                kind, w_result = interp.execute(f, throw=throw)
        except OperationError:
            throw = None                # no cycle through this frame's locals
            f.finished = True
            self.frame = None
            raise
        finally:
            self.running = False
            state.depth -= 1
            self.w_exc_state = state.handled_exception
            state.handled_exception = state.outer_exceptions.pop()
        if kind == RETURN:
            f.finished = True
            self.frame = None
            self.w_exc_state = None
        return kind, w_result

    def next_w(self):
        jit = interpreter().jit
        if jit is not None:                 # (resume(), or a compiled frame's shorter way)
            kind, w_value = jit.resume_compiled(self, None)
        else:
            kind, w_value = self.resume(None)
        if kind == RETURN:
            return STOP_ITERATION          # for-loops drop the return value
        return w_value

    def send(self, w_value):
        kind, w_result = self.resume(w_value)
        if kind == RETURN:
            raise stop_iteration(w_result)
        return w_result

    def throw(self, w_exc, close_on_genexit=True):
        """Raise ``w_exc`` (an exception instance) at the suspension point."""
        w_sub = self.delegate()
        if w_sub is not None:
            if close_on_genexit and space.type(w_exc).is_subtype(_exc("GeneratorExit")):
                self.running = True
                try:
                    close_iterator(w_sub)
                except OperationError as e:
                    self.running = False
                    return self._finish_throw(self.resume(None, throw=self.thrown_error(e.w_value)))
                finally:
                    self.running = False
            else:
                self.running = True
                try:
                    if isinstance(w_sub, W_Generator) and not isinstance(w_sub, W_AsyncGenerator):
                        return w_sub.throw(w_exc, close_on_genexit)
                    w_throw = space.findattr(w_sub, "throw")
                    if w_throw is not None:
                        return space.call(w_throw, [w_exc])
                except OperationError as e:
                    self.running = False
                    return self._finish_throw(self.resume(None, throw=self.thrown_error(e.w_value)))
                finally:
                    self.running = False
        return self._finish_throw(self.resume(None, throw=self.thrown_error(w_exc)))

    def thrown_error(self, w_exc):
        """The error throw() raises in the frame -- the thrown exception, or what its
        delegate raised instead: chained only to the generator's own handled exception,
        never the caller's (CPython's _PyErr_ChainStackItem)."""
        error = OperationError(w_exc)
        error.context_set = True
        if self.w_exc_state is not None:
            chain_context(w_exc, self.w_exc_state)
        return error

    def _finish_throw(self, outcome):
        kind, w_result = outcome
        if kind == RETURN:
            if isinstance(self, W_AsyncGenerator):
                raise _error("StopAsyncIteration")
            raise stop_iteration(w_result)
        return w_result

    def close(self):
        if not self.started:
            if self.frame is not None:
                self.frame.finished = True
            self.frame = None
            return None
        if self.finished:
            return None
        w_sub = self.delegate()
        error = None
        if w_sub is not None:
            self.running = True
            try:
                close_iterator(w_sub)
            except OperationError as e:
                error = e
            finally:
                self.running = False
        if error is None:
            error = _error("GeneratorExit")
        error.closing = True
        try:
            kind, _ = self.resume(None, throw=error)
        except OperationError as e:
            error = None                # no cycle through this frame's locals
            if e.match(_exc("GeneratorExit")) or e.match(_exc("StopIteration")):
                e.__traceback__ = None
                return None
            raise
        if kind == YIELD:
            raise _error("RuntimeError", "%s ignored GeneratorExit" % self.kind)
        return None


class W_Coroutine(W_Generator):
    kind = "coroutine"
    prefix = "cr"


class W_AsyncGenerator(W_Generator):
    kind = "async generator"
    prefix = "ag"

    def __init__(self, frame):
        W_Generator.__init__(self, frame)
        self.running_async = False       # an asend/athrow is in progress
        self.closed = False

    def unwrap(self, call):
        """Run ``call`` (a resume of this generator) and translate its outcome for
        the asend/athrow awaitables (CPython's async_gen_unwrap_value)."""
        try:
            kind, w_result = call()
        except OperationError as e:
            if e.match(_exc("StopAsyncIteration")) or e.match(_exc("GeneratorExit")):
                self.closed = True
            self.running_async = False
            raise
        if kind == RETURN:
            self.closed = True
            self.running_async = False
            raise _error("StopAsyncIteration")
        if isinstance(w_result, AsyncGenWrapped):
            self.running_async = False
            raise stop_iteration(w_result.w_value)
        return w_result


class AsyncGenWrapped(W_Root):
    """A value yielded by an async generator (INTRINSIC_ASYNC_GEN_WRAP)."""

    def __init__(self, w_value):
        self.w_value = w_value


def stop_iteration(w_value, kind="generator"):
    args = [] if w_value is None else [w_value]
    return OperationError(space.call(_exc("StopIteration"), args))


def close_iterator(w_iter):
    """gen_close_iter: close a delegated-to iterator if it has close()."""
    if isinstance(w_iter, W_Generator) and not isinstance(w_iter, W_AsyncGenerator):
        w_iter.close()
        return
    w_close = space.findattr(w_iter, "close")
    if w_close is not None:
        space.call(w_close, [])


def exception_from_throw_args(w_type, w_value=None, w_tb=None):
    """Normalise throw(type[, value[, tb]]) arguments to an exception instance."""
    from snakevm.interpreter.exceptions import instantiate
    from snakevm.objspace.typeobject import W_TypeObject
    w_base = _exc("BaseException")
    if w_tb is not None and space.type(w_tb).name != "traceback":
        raise space.type_error("throw() third argument must be a traceback object")
    if isinstance(w_type, W_TypeObject) and w_type.is_subtype(w_base):
        if w_value is not None and space.type(w_value).is_subtype(w_type):
            w_exc = w_value
        elif w_value is None:
            w_exc = instantiate(w_type)
        elif space.type(w_value).name == "tuple":
            w_exc = space.call(w_type, list(w_value.items_w))
        else:
            w_exc = space.call(w_type, [w_value])
    elif space.type(w_type).is_subtype(w_base):
        if w_value is not None:
            raise space.type_error("instance exception may not have a separate value")
        w_exc = w_type
    else:
        raise space.type_error("exceptions must be classes or instances deriving from "
                               "BaseException, not %s" % space.type(w_type).name)
    if w_tb is not None:
        w_exc.w_traceback = w_tb
    return w_exc


def exception_from_throw_call(args_w):
    """The exception a throw(type[, value[, tb]]) call throws: one to three arguments,
    and the 2-3 argument form warns that it is deprecated (CPython 3.12)."""
    count = len(args_w)
    if count < 1:
        raise space.type_error("throw expected at least 1 argument, got %d" % count)
    if count > 3:
        raise space.type_error("throw expected at most 3 arguments, got %d" % count)
    if count > 1:
        _warn_deprecated("the (type, exc, tb) signature of throw() is deprecated, "
                         "use the single-arg signature instead.")
    return exception_from_throw_args(*args_w)


def _no_new(w_type):
    @new_method(w_type)
    def refuse(w_cls, *args_w, **kwargs_w):
        raise space.type_error("cannot create '%s' instances" % w_type.name)


w_generator_type = builtin_type("generator", instance_class=W_Generator, acceptable_as_base=False)
w_coroutine_type = builtin_type("coroutine", instance_class=W_Coroutine, acceptable_as_base=False)
w_async_generator_type = builtin_type("async_generator", instance_class=W_AsyncGenerator,
                                      acceptable_as_base=False)
AsyncGenWrapped.w_type = builtin_type("async_generator_wrapped_value", acceptable_as_base=False)


def new_generator(frame):
    flags = frame.code.co_flags
    if flags & opcodes.CO_COROUTINE:
        return W_Coroutine(frame)
    if flags & opcodes.CO_ASYNC_GENERATOR:
        return W_AsyncGenerator(frame)
    return W_Generator(frame)


def _set_name(attr):
    def setter(w_gen, w_value):
        if not isinstance(w_value, str):
            raise space.type_error("%s must be set to a string object" % (
                "__name__" if attr == "name" else "__qualname__"))
        setattr(w_gen, attr, w_value)
    return setter


def _declare_common(w_type):
    _no_new(w_type)
    getset(w_type, "__name__", setter=_set_name("name"))(lambda w_self: w_self.name)
    getset(w_type, "__qualname__", setter=_set_name("qualname"))(lambda w_self: w_self.qualname)
    method(w_type, "__repr__")(lambda w_self: "<%s object %s at 0x%x>" % (
        space.type(w_self).name, w_self.qualname, id(w_self)))
    method(w_type, "__del__")(lambda w_self: None)


def _declare_introspection(w_type, prefix, await_name):
    getset(w_type, prefix + "_running")(lambda w_self: w_self.running)
    getset(w_type, prefix + "_frame")(lambda w_self: None if w_self.finished else w_self.frame)
    getset(w_type, prefix + "_suspended")(lambda w_self: w_self.suspended)
    getset(w_type, prefix + "_code")(lambda w_self: _guest_code(w_self))
    getset(w_type, await_name)(lambda w_self: w_self.delegate())


def _guest_code(w_gen):
    from snakevm.objspace.codeobject import guest_code
    return guest_code(w_gen.code)


for _w_type in (w_generator_type, w_coroutine_type, w_async_generator_type):
    _declare_common(_w_type)
_declare_introspection(w_generator_type, "gi", "gi_yieldfrom")
_declare_introspection(w_coroutine_type, "cr", "cr_await")
_declare_introspection(w_async_generator_type, "ag", "ag_await")
getset(w_coroutine_type, "cr_origin")(lambda w_self: None)

for _w_type in (w_generator_type, w_coroutine_type):
    method(_w_type, "send")(lambda w_self, w_value: w_self.send(w_value))
    method(_w_type, "throw")(lambda w_self, *args_w: w_self.throw(
        exception_from_throw_call(args_w)))
    method(_w_type, "close")(lambda w_self: w_self.close())
method(w_generator_type, "__iter__")(lambda w_self: w_self)
method(w_generator_type, "__next__")(lambda w_self: w_self.send(None))


# -- coroutine.__await__() -------------------------------------------------------------------
class W_CoroutineWrapper(W_Root):
    """coroutine.__await__() result: iterating it drives the coroutine."""

    def __init__(self, w_coro):
        self.w_coro = w_coro

    def next_w(self):
        return self.w_coro.next_w()


w_coro_wrapper_type = builtin_type("coroutine_wrapper", instance_class=W_CoroutineWrapper,
                                   acceptable_as_base=False)
_no_new(w_coro_wrapper_type)
method(w_coroutine_type, "__await__")(lambda w_self: W_CoroutineWrapper(w_self))
method(w_coro_wrapper_type, "__iter__")(lambda w_self: w_self)
method(w_coro_wrapper_type, "__next__")(lambda w_self: w_self.w_coro.send(None))
method(w_coro_wrapper_type, "send")(lambda w_self, w_value: w_self.w_coro.send(w_value))
method(w_coro_wrapper_type, "throw")(lambda w_self, *args_w:
                                     w_self.w_coro.throw(exception_from_throw_call(args_w)))
method(w_coro_wrapper_type, "close")(lambda w_self: w_self.w_coro.close())


# -- async generators: the asend/athrow awaitables ---------------------------------------------
INIT, ITER, CLOSED = "init", "iter", "closed"


class W_AsyncGenASend(W_Root):
    """async_generator.__anext__() / asend(v): an awaitable stepping the generator once."""

    def __init__(self, w_agen, w_value):
        self.w_agen = w_agen
        self.w_value = w_value
        self.state = INIT

    def send(self, w_sent):
        agen = self.w_agen
        if self.state == CLOSED:
            raise _error("RuntimeError", "cannot reuse already awaited __anext__()/asend()")
        if self.state == INIT:
            if agen.running_async:
                raise _error("RuntimeError", "anext(): asynchronous generator is already running")
            if w_sent is None:
                w_sent = self.w_value
            self.state = ITER
        agen.running_async = True
        try:
            return agen.unwrap(lambda: agen.resume(w_sent))
        except OperationError:
            self.state = CLOSED
            raise

    def throw(self, w_exc):
        agen = self.w_agen
        if self.state == CLOSED:
            raise _error("RuntimeError", "cannot reuse already awaited __anext__()/asend()")
        try:
            return agen.unwrap(lambda: _resume_outcome(agen, w_exc))
        except OperationError:
            self.state = CLOSED
            raise

    def next_w(self):
        return self.send(None)


def _resume_outcome(agen, w_exc, close_on_genexit=False):
    """Throw into an async generator, as (kind, value) for unwrap()."""
    try:
        return YIELD, agen.throw(w_exc, close_on_genexit)
    except OperationError as e:
        if e.match(_exc("StopAsyncIteration")) and agen.finished:
            return RETURN, None
        raise


class W_AsyncGenAThrow(W_Root):
    """async_generator.athrow(...) and aclose() (``args_w`` None means aclose).  The
    athrow() arguments are checked only when the awaitable is first sent, as in CPython."""

    def __init__(self, w_agen, args_w):
        self.w_agen = w_agen
        self.args_w = args_w
        self.state = INIT

    def iter_refs(self):
        yield from W_Root.iter_refs(self)
        yield from (w for w in self.args_w or () if isinstance(w, W_Root))

    @property
    def closing(self):
        return self.args_w is None

    def check_arg_count(self):
        """athrow() takes one to three arguments (unpacked when the awaitable runs)."""
        count = len(self.args_w)
        if count < 1:
            raise space.type_error("athrow expected at least 1 argument, got %d" % count)
        if count > 3:
            raise space.type_error("athrow expected at most 3 arguments, got %d" % count)

    def _done(self, error):
        agen = self.w_agen
        agen.running_async = False
        self.state = CLOSED
        if self.closing and (error.match(_exc("StopAsyncIteration"))
                             or error.match(_exc("GeneratorExit"))):
            return _error("StopIteration")
        return error

    def _ignored_exit(self):
        self.w_agen.running_async = False
        self.state = CLOSED
        return _error("RuntimeError", "async generator ignored GeneratorExit")

    def send(self, w_sent):
        agen = self.w_agen
        if self.state == CLOSED:
            raise _error("RuntimeError", "cannot reuse already awaited aclose()/athrow()")
        if agen.finished:
            self.state = CLOSED
            raise _error("StopIteration")
        if self.state == INIT:
            if agen.running_async:
                self.state = CLOSED
                raise _error("RuntimeError", "%s(): asynchronous generator is already running"
                             % ("aclose" if self.closing else "athrow"))
            if agen.closed:
                self.state = CLOSED
                raise _error("StopAsyncIteration")
            if w_sent is not None:
                raise _error("RuntimeError", "can't send non-None value to a just-started "
                                             "coroutine")
            self.state = ITER
            agen.running_async = True
            if self.closing:
                agen.closed = True
                try:
                    w_result = agen.throw(space.call(_exc("GeneratorExit"), []), False)
                except OperationError as e:
                    raise self._done(e)
                if isinstance(w_result, AsyncGenWrapped):
                    raise self._ignored_exit()
                return w_result
            # a wrong argument count leaves the awaitable running, as CPython's does
            self.check_arg_count()
            try:
                w_exc = exception_from_throw_args(*self.args_w)
                return agen.unwrap(lambda: _resume_outcome(agen, w_exc))
            except OperationError as e:
                raise self._done(e)
        return self._step(lambda: agen.resume(w_sent))

    def _step(self, call):
        agen = self.w_agen
        if not self.closing:
            try:
                return agen.unwrap(call)
            except OperationError as e:
                raise self._done(e)
        try:
            kind, w_result = call()
        except OperationError as e:
            raise self._done(e)
        if kind == RETURN:
            raise self._done(_error("StopAsyncIteration"))
        if isinstance(w_result, AsyncGenWrapped):
            raise self._ignored_exit()
        return w_result

    def throw(self, w_exc):
        agen = self.w_agen
        if self.state == CLOSED:
            raise _error("RuntimeError", "cannot reuse already awaited aclose()/athrow()")
        return self._step(lambda: _resume_outcome(agen, w_exc))

    def next_w(self):
        return self.send(None)


w_asend_type = builtin_type("async_generator_asend", instance_class=W_AsyncGenASend,
                            acceptable_as_base=False)
w_athrow_type = builtin_type("async_generator_athrow", instance_class=W_AsyncGenAThrow,
                             acceptable_as_base=False)
for _w_type in (w_asend_type, w_athrow_type):
    _no_new(_w_type)
    method(_w_type, "__await__")(lambda w_self: w_self)
    method(_w_type, "__iter__")(lambda w_self: w_self)
    method(_w_type, "__next__")(lambda w_self: w_self.send(None))
    method(_w_type, "send")(lambda w_self, w_value: w_self.send(w_value))
    method(_w_type, "throw")(lambda w_self, *args_w: w_self.throw(
        exception_from_throw_call(args_w)))
    method(_w_type, "close")(lambda w_self: setattr(w_self, "state", CLOSED))

method(w_async_generator_type, "__aiter__")(lambda w_self: w_self)
method(w_async_generator_type, "__anext__")(lambda w_self: W_AsyncGenASend(w_self, None))
method(w_async_generator_type, "asend")(lambda w_self, w_value: W_AsyncGenASend(w_self, w_value))


@method(w_async_generator_type, "athrow")
def async_generator_athrow(w_self, *args_w):
    """athrow(type[, value[, tb]]): an awaitable; the arguments are checked when it runs."""
    if len(args_w) > 1:
        _warn_deprecated("the (type, exc, tb) signature of athrow() is deprecated, "
                         "use the single-arg signature instead.")
    return W_AsyncGenAThrow(w_self, tuple(args_w))


def _warn_deprecated(message):
    """warnings.warn(message, DeprecationWarning) on behalf of the calling guest code."""
    from snakevm.module.moduledef import guest_warn     # moduledef imports the interpreter
    guest_warn(message, "DeprecationWarning")


method(w_async_generator_type, "aclose")(lambda w_self: W_AsyncGenAThrow(w_self, None))


@classmethod_(w_async_generator_type, "__class_getitem__")
def async_generator_class_getitem(w_cls, w_item):
    from snakevm.objspace.genericalias import new_generic_alias
    return new_generic_alias(w_cls, w_item)


# -- instruction helpers -------------------------------------------------------------------
def get_yield_from_iter(f, w_iterable):
    """GET_YIELD_FROM_ITER."""
    if isinstance(w_iterable, W_Coroutine):
        if not f.code.co_flags & (opcodes.CO_COROUTINE | opcodes.CO_ITERABLE_COROUTINE):
            raise space.type_error("cannot 'yield from' a coroutine object in a non-coroutine "
                                   "generator")
        return w_iterable
    if isinstance(w_iterable, W_Generator) and not isinstance(w_iterable, W_AsyncGenerator):
        return w_iterable
    return space.iter(w_iterable)


def send_to(w_receiver, w_value):
    """SEND: (done, value) -- done means the sub-iterator returned ``value``."""
    try:
        if isinstance(w_receiver, W_Generator) and not isinstance(w_receiver, W_AsyncGenerator):
            kind, w_result = w_receiver.resume(w_value)
            return kind == RETURN, w_result
        if w_value is None:
            next_w = getattr(w_receiver, "next_w", None)
            if next_w is not None:
                w_result = next_w()
                if w_result is STOP_ITERATION:
                    return True, None
                return False, w_result
            return False, space.call_method(w_receiver, "__next__")
        return False, space.call_method(w_receiver, "send", w_value)
    except OperationError as e:
        if e.match(_exc("StopIteration")):
            return True, space.getattr(e.w_value, "value")
        raise


def cleanup_throw(f):
    """CLEANUP_THROW: (sub_iter, last_sent_val, exc_value -- none, value)."""
    w_exc = f.stack.pop()
    f.stack.pop()
    f.stack.pop()
    if space.type(w_exc).is_subtype(_exc("StopIteration")):
        f.stack.append(None)
        f.stack.append(space.getattr(w_exc, "value"))
        return
    error = OperationError(w_exc)
    error.reraise = True
    raise error


def get_awaitable(w_obj, oparg):
    """GET_AWAITABLE: the iterator an ``await`` drives."""
    if isinstance(w_obj, W_Coroutine) or (isinstance(w_obj, W_Generator) and
                                          w_obj.code.co_flags & opcodes.CO_ITERABLE_COROUTINE):
        if w_obj.delegate() is not None:
            raise _error("RuntimeError", "coroutine is being awaited already")
        return w_obj
    w_type = space.type(w_obj)
    w_await = w_type.lookup("__await__")
    if w_await is None:
        if oparg == 1:
            message = "'async with' received an object from __aenter__ that does not " \
                      "implement __await__: %s" % w_type.name
        elif oparg == 2:
            message = "'async with' received an object from __aexit__ that does not " \
                      "implement __await__: %s" % w_type.name
        else:
            message = "object %s can't be used in 'await' expression" % w_type.name
        raise space.type_error(message)
    w_iter = space.call(space.get(w_await, w_obj, w_type), [])
    if isinstance(w_iter, W_Coroutine) or (isinstance(w_iter, W_Generator) and
                                           w_iter.code.co_flags & opcodes.CO_ITERABLE_COROUTINE):
        raise space.type_error("__await__() returned a coroutine")
    if space.type(w_iter).lookup("__next__") is None:
        raise space.type_error("__await__() returned non-iterator of type '%s'"
                               % space.type(w_iter).name)
    return w_iter


def get_aiter(w_obj):
    """GET_AITER."""
    w_type = space.type(w_obj)
    w_impl = w_type.lookup("__aiter__")
    if w_impl is None:
        raise space.type_error("'async for' requires an object with __aiter__ method, got %s"
                               % w_type.name)
    w_iter = space.call(space.get(w_impl, w_obj, w_type), [])
    if space.type(w_iter).lookup("__anext__") is None:
        raise space.type_error("'async for' received an object from __aiter__ that does not "
                               "implement __anext__: %s" % space.type(w_iter).name)
    return w_iter


def get_anext(w_aiter):
    """GET_ANEXT: the awaitable for the next step of ``async for``."""
    w_type = space.type(w_aiter)
    if isinstance(w_aiter, W_AsyncGenerator):
        return W_AsyncGenASend(w_aiter, None)
    w_impl = w_type.lookup("__anext__")
    if w_impl is None:
        raise space.type_error("'async for' requires an iterator with __anext__ method, got %s"
                               % w_type.name)
    w_awaitable = space.call(space.get(w_impl, w_aiter, w_type), [])
    try:
        return get_awaitable(w_awaitable, 0)
    except OperationError as e:
        if e.match(_exc("TypeError")):
            raise space.type_error("'async for' received an invalid object from __anext__: %s"
                                   % space.type(w_awaitable).name)
        raise


def before_async_with(w_mgr):
    """BEFORE_ASYNC_WITH: (bound __aexit__, awaitable of __aenter__())."""
    w_type = space.type(w_mgr)
    w_enter = w_type.lookup("__aenter__")
    if w_enter is None:
        raise space.type_error("'%s' object does not support the asynchronous context manager "
                               "protocol" % w_type.name)
    w_exit = w_type.lookup("__aexit__")
    if w_exit is None:
        raise space.type_error("'%s' object does not support the asynchronous context manager "
                               "protocol (missed __aexit__ method)" % w_type.name)
    w_awaitable = space.call(space.get(w_enter, w_mgr, w_type), [])
    return space.get(w_exit, w_mgr, w_type), get_awaitable(w_awaitable, 1)


# -- anext(aiterator, default) -------------------------------------------------------------------
class W_AnextAwaitable(W_Root):
    """anext(it, default): awaits it.__anext__() and turns StopAsyncIteration into
    StopIteration(default), i.e. the await evaluates to ``default``."""

    def __init__(self, w_wrapped, w_default):
        self.w_wrapped = w_wrapped
        self.w_default = w_default
        self.w_iterator = None

    def _iterator(self):
        if self.w_iterator is None:
            w_awaitable = self.w_wrapped
            if not isinstance(w_awaitable, (W_Coroutine, W_AsyncGenASend, W_AsyncGenAThrow)):
                w_awaitable = get_awaitable(w_awaitable, 0)
            self.w_iterator = w_awaitable
        return self.w_iterator

    def _step(self, call):
        try:
            return call(self._iterator())
        except OperationError as e:
            if e.match(_exc("StopAsyncIteration")):
                raise stop_iteration(self.w_default)
            raise

    def next_w(self):
        return self._step(lambda w_it: _send_or_next(w_it, None))


def _send_or_next(w_iter, w_value):
    next_w = getattr(w_iter, "next_w", None)
    if w_value is None and next_w is not None:
        w_result = next_w()
        if w_result is STOP_ITERATION:
            raise stop_iteration(None)
        return w_result
    if isinstance(w_iter, (W_Generator, W_AsyncGenASend, W_AsyncGenAThrow)):
        return w_iter.send(w_value)
    if w_value is None:
        return space.call_method(w_iter, "__next__")
    return space.call_method(w_iter, "send", w_value)


w_anext_awaitable_type = builtin_type("anext_awaitable", instance_class=W_AnextAwaitable,
                                      acceptable_as_base=False)
_no_new(w_anext_awaitable_type)
method(w_anext_awaitable_type, "__await__")(lambda w_self: w_self)
method(w_anext_awaitable_type, "__iter__")(lambda w_self: w_self)
method(w_anext_awaitable_type, "__next__")(lambda w_self: w_self.next_w())
method(w_anext_awaitable_type, "send")(
    lambda w_self, w_value: w_self._step(lambda w_it: _send_or_next(w_it, w_value)))
method(w_anext_awaitable_type, "throw")(
    lambda w_self, w_type, w_value=None, w_tb=None: w_self._step(
        lambda w_it: space.call_method(w_it, "throw", w_type, *(
            [w_value] if w_value is not None or w_tb is not None else []) + (
            [w_tb] if w_tb is not None else []))))
method(w_anext_awaitable_type, "close")(
    lambda w_self: w_self._step(lambda w_it: space.call_method(w_it, "close")))
