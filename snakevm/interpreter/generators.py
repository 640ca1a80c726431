"""Generators, coroutines and async generators: suspended frames resumed by
``send``/``throw``/``close``, plus the helpers behind SEND, GET_AWAITABLE and
the async-iteration instructions."""

from snakevm import opcodes
from snakevm.objspace.root import W_Root, OperationError
from snakevm.objspace.typedef import builtin_type, method, getset
from snakevm.objspace.space import space, STOP_ITERATION
from snakevm.interpreter import state


class W_Generator(W_Root):
    kind = "generator"

    def __init__(self, frame):
        self.frame = frame
        self.running = False
        self.started = False
        self.name = frame.code.co_name
        self.qualname = frame.code.co_qualname
        frame.generator = self

    def iter_refs(self):
        if self.frame is not None:
            yield self.frame

    def clear_refs(self):
        self.frame = None

    # -- resuming -----------------------------------------------------------------------
    def resume(self, w_value=None, throw=None):
        """Run until the next yield; (YIELD|RETURN, value)."""
        from snakevm.interpreter.eval import RETURN
        from snakevm.interpreter.runtime import interpreter
        f = self.frame
        if self.running:
            raise space.value_error("%s already executing" % self.kind)
        if f is None or f.finished:
            if throw is not None:
                raise throw
            return RETURN, None
        if not self.started and w_value is not None and throw is None:
            raise space.type_error("can't send non-None value to a just-started %s" % self.kind)
        if throw is None:
            f.stack.append(w_value)
        self.started = True
        self.running = True
        saved_handled = state.handled_exception
        state.depth += 1
        try:
            kind, w_result = interpreter().execute(f, throw=throw)
        except OperationError:
            f.finished = True
            self.frame = None
            raise
        finally:
            self.running = False
            state.depth -= 1
            state.handled_exception = saved_handled
        if kind == RETURN:
            f.finished = True
            self.frame = None
        return kind, w_result

    def next_w(self):
        from snakevm.interpreter.eval import RETURN
        kind, w_value = self.resume(None)
        if kind == RETURN:
            return STOP_ITERATION
        return w_value

    def send(self, w_value):
        from snakevm.interpreter.eval import RETURN
        kind, w_result = self.resume(w_value)
        if kind == RETURN:
            raise stop_iteration(w_result, self.kind)
        return w_result


class W_Coroutine(W_Generator):
    kind = "coroutine"


class W_AsyncGenerator(W_Generator):
    kind = "async generator"


class AsyncGenWrapped(W_Root):
    """A value yielded by an async generator (INTRINSIC_ASYNC_GEN_WRAP)."""

    def __init__(self, w_value):
        self.w_value = w_value


def stop_iteration(w_value, kind="generator"):
    args = [] if w_value is None else [w_value]
    w_exc = space.call(space.builtin_exception("StopIteration"), args)
    return OperationError(w_exc)


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


def _throw(w_gen, w_type, w_value=None, w_tb=None):
    from snakevm.interpreter.exceptions import instantiate
    from snakevm.interpreter.eval import RETURN
    if w_value is not None and not isinstance(w_type, W_Root.__class__) and \
            space.type(w_value).is_subtype(space.builtin_exception("BaseException")):
        w_exc = w_value
    elif w_value is not None:
        w_exc = space.call(w_type, [w_value])
    else:
        w_exc = instantiate(w_type, "exceptions must be classes or instances deriving from "
                                    "BaseException, not %s" % space.type(w_type).name)
    if w_tb is not None:
        w_exc.w_traceback = w_tb
    if not w_gen.started:
        w_gen.frame.finished = True if w_gen.frame is not None else None
        w_gen.frame = None
        raise OperationError(w_exc)
    kind, w_result = w_gen.resume(None, throw=OperationError(w_exc))
    if kind == RETURN:
        raise stop_iteration(w_result)
    return w_result


def _close(w_gen):
    from snakevm.interpreter.eval import YIELD
    if w_gen.frame is None or not w_gen.started:
        w_gen.frame = None
        return None
    w_exit = space.call(space.builtin_exception("GeneratorExit"), [])
    try:
        kind, w_result = w_gen.resume(None, throw=OperationError(w_exit))
    except OperationError as e:
        if e.match(space.builtin_exception("GeneratorExit")) or \
                e.match(space.builtin_exception("StopIteration")):
            return None
        raise
    if kind == YIELD:
        raise space.error(space.builtin_exception("RuntimeError"),
                          "%s ignored GeneratorExit" % w_gen.kind)
    return None


for _w_type, _iter_name in ((w_generator_type, "__iter__"), (w_coroutine_type, None)):
    if _iter_name:
        method(_w_type, "__iter__")(lambda w_self: w_self)
        method(_w_type, "__next__")(lambda w_self: w_self.send(None))
    method(_w_type, "send")(lambda w_self, w_value: w_self.send(w_value))
    method(_w_type, "throw")(_throw)
    method(_w_type, "close")(_close)
    method(_w_type, "__repr__")(lambda w_self: "<%s object %s at 0x%x>" % (
        w_self.kind, w_self.qualname, id(w_self)))
    getset(_w_type, "__name__")(lambda w_self: w_self.name)
    getset(_w_type, "__qualname__")(lambda w_self: w_self.qualname)

getset(w_generator_type, "gi_running")(lambda w_self: w_self.running)
getset(w_generator_type, "gi_frame")(lambda w_self: w_self.frame)
getset(w_generator_type, "gi_suspended")(lambda w_self: w_self.started and w_self.frame is not None
                                         and not w_self.running)
getset(w_generator_type, "gi_code")(lambda w_self: _code_of(w_self))
getset(w_coroutine_type, "cr_running")(lambda w_self: w_self.running)
getset(w_coroutine_type, "cr_frame")(lambda w_self: w_self.frame)
getset(w_coroutine_type, "cr_code")(lambda w_self: _code_of(w_self))


def _code_of(w_gen):
    from snakevm.objspace.codeobject import guest_code
    return guest_code(w_gen.frame.code) if w_gen.frame is not None else None


class W_CoroutineWrapper(W_Root):
    """coroutine.__await__() result: iterating it drives the coroutine."""

    def __init__(self, w_coro):
        self.w_coro = w_coro

    def next_w(self):
        return self.w_coro.next_w()


w_coro_wrapper_type = builtin_type("coroutine_wrapper", instance_class=W_CoroutineWrapper,
                                   acceptable_as_base=False)
method(w_coroutine_type, "__await__")(lambda w_self: W_CoroutineWrapper(w_self))
method(w_coro_wrapper_type, "__iter__")(lambda w_self: w_self)
method(w_coro_wrapper_type, "__next__")(lambda w_self: w_self.w_coro.send(None))
method(w_coro_wrapper_type, "send")(lambda w_self, w_value: w_self.w_coro.send(w_value))
method(w_coro_wrapper_type, "throw")(lambda w_self, *args_w: _throw(w_self.w_coro, *args_w))
method(w_coro_wrapper_type, "close")(lambda w_self: _close(w_self.w_coro))


# -- async generators: asend/athrow awaitables ------------------------------------------------
class W_AsyncGenASend(W_Root):
    """The awaitable returned by async_generator.__anext__() / asend(v) / athrow(...)."""

    def __init__(self, w_agen, w_value, throw=None):
        self.w_agen = w_agen
        self.w_value = w_value
        self.throw = throw
        self.first = True

    def step(self, w_sent, throw=None):
        from snakevm.interpreter.eval import RETURN
        agen = self.w_agen
        if self.first:
            self.first = False
            if self.throw is not None and throw is None:
                throw = self.throw
            elif throw is None:
                w_sent = self.w_value
        if agen.frame is None and throw is None:
            raise space.error(space.builtin_exception("StopAsyncIteration"))
        try:
            kind, w_result = agen.resume(w_sent, throw=throw)
        except OperationError as e:
            if e.match(space.builtin_exception("StopIteration")) or \
                    e.match(space.builtin_exception("GeneratorExit")):
                raise space.error(space.builtin_exception("StopAsyncIteration"))
            raise
        if kind == RETURN:
            raise space.error(space.builtin_exception("StopAsyncIteration"))
        if isinstance(w_result, AsyncGenWrapped):
            raise stop_iteration(w_result.w_value)
        return w_result                      # an awaited value passing through

    def next_w(self):
        try:
            return self.step(None)
        except OperationError as e:
            if e.match(space.builtin_exception("StopIteration")):
                raise
            raise


w_asend_type = builtin_type("async_generator_asend", instance_class=W_AsyncGenASend,
                            acceptable_as_base=False)
method(w_asend_type, "__await__")(lambda w_self: w_self)
method(w_asend_type, "__iter__")(lambda w_self: w_self)
method(w_asend_type, "__next__")(lambda w_self: w_self.step(None))
method(w_asend_type, "send")(lambda w_self, w_value: w_self.step(w_value))
method(w_asend_type, "throw")(lambda w_self, w_type, w_value=None, w_tb=None: w_self.step(
    None, throw=OperationError(__import__("snakevm.interpreter.exceptions", fromlist=["x"])
                               .instantiate(w_type) if w_value is None else w_value)))
method(w_asend_type, "close")(lambda w_self: None)

method(w_async_generator_type, "__aiter__")(lambda w_self: w_self)
method(w_async_generator_type, "__anext__")(lambda w_self: W_AsyncGenASend(w_self, None))
method(w_async_generator_type, "asend")(lambda w_self, w_value: W_AsyncGenASend(w_self, w_value))
method(w_async_generator_type, "athrow")(
    lambda w_self, w_type, w_value=None, w_tb=None: W_AsyncGenASend(
        w_self, None, throw=OperationError(
            __import__("snakevm.interpreter.exceptions", fromlist=["x"]).instantiate(w_type)
            if w_value is None else w_value)))
method(w_async_generator_type, "aclose")(
    lambda w_self: W_AsyncGenASend(w_self, None, throw=OperationError(
        space.call(space.builtin_exception("GeneratorExit"), []))))
method(w_async_generator_type, "__repr__")(lambda w_self: "<async_generator object %s at 0x%x>"
                                           % (w_self.qualname, id(w_self)))
getset(w_async_generator_type, "ag_running")(lambda w_self: w_self.running)
getset(w_async_generator_type, "ag_frame")(lambda w_self: w_self.frame)


# -- instruction helpers -------------------------------------------------------------------
def get_yield_from_iter(f, w_iterable):
    if isinstance(w_iterable, W_Coroutine):
        if not f.code.co_flags & (opcodes.CO_COROUTINE | opcodes.CO_ITERABLE_COROUTINE):
            raise space.type_error("cannot 'yield from' a coroutine object in a non-coroutine "
                                   "generator")
        return w_iterable
    if isinstance(w_iterable, W_Generator):
        return w_iterable
    return space.iter(w_iterable)


def send_to(w_receiver, w_value):
    """SEND: (done, value) — done means the sub-iterator returned ``value``."""
    try:
        if isinstance(w_receiver, W_Generator) and not isinstance(w_receiver, W_AsyncGenerator):
            from snakevm.interpreter.eval import RETURN
            kind, w_result = w_receiver.resume(w_value)
            return kind == RETURN, w_result
        if w_value is None:
            w_next = getattr(w_receiver, "next_w", None)
            if w_next is not None and not isinstance(w_receiver, W_AsyncGenASend):
                w_result = w_next()
                if w_result is STOP_ITERATION:
                    return True, None
                return False, w_result
            return False, space.call_method(w_receiver, "__next__")
        return False, space.call_method(w_receiver, "send", w_value)
    except OperationError as e:
        if e.match(space.builtin_exception("StopIteration")):
            return True, space.getattr(e.w_value, "value")
        raise


def cleanup_throw(f):
    """CLEANUP_THROW: (sub_iter, last_sent_val, exc_value -- none, value)."""
    w_exc = f.stack.pop()
    f.stack.pop()
    f.stack.pop()
    if space.exception_match(space.type(w_exc), space.builtin_exception("StopIteration")):
        f.stack.append(None)
        f.stack.append(space.getattr(w_exc, "value"))
        return
    error = OperationError(w_exc)
    error.reraise = True
    raise error


def get_awaitable(w_obj, oparg):
    if isinstance(w_obj, W_Coroutine):
        if w_obj.running:
            raise space.error(space.builtin_exception("RuntimeError"),
                              "coroutine is being awaited already")
        return w_obj
    w_await = space.type(w_obj).lookup("__await__")
    if w_await is None:
        message = "'%s' object can't be awaited" % space.type(w_obj).name
        if oparg == 1:
            message = "'async with' received an object from __aenter__ that does not " \
                      "implement __await__: %s" % space.type(w_obj).name
        elif oparg == 2:
            message = "'async with' received an object from __aexit__ that does not " \
                      "implement __await__: %s" % space.type(w_obj).name
        raise space.type_error(message)
    w_iter = space.call(space.get(w_await, w_obj), [])
    if isinstance(w_iter, W_Coroutine):
        raise space.type_error("__await__() returned a coroutine")
    if space.type(w_iter).lookup("__next__") is None:
        raise space.type_error("__await__() returned non-iterator of type '%s'"
                               % space.type(w_iter).name)
    return w_iter


def get_aiter(w_obj):
    w_impl = space.type(w_obj).lookup("__aiter__")
    if w_impl is None:
        raise space.type_error("'async for' requires an object with __aiter__ method, got %s"
                               % space.type(w_obj).name)
    return space.call(space.get(w_impl, w_obj), [])


def get_anext(w_aiter):
    w_impl = space.type(w_aiter).lookup("__anext__")
    if w_impl is None:
        raise space.type_error("'async for' requires an iterator with __anext__ method, got %s"
                               % space.type(w_aiter).name)
    w_awaitable = space.call(space.get(w_impl, w_aiter), [])
    if isinstance(w_awaitable, (W_Coroutine, W_AsyncGenASend)):
        return w_awaitable
    return get_awaitable(w_awaitable, 0)


def before_async_with(w_mgr):
    w_type = space.type(w_mgr)
    w_enter = w_type.lookup("__aenter__")
    w_exit = w_type.lookup("__aexit__")
    if w_enter is None or w_exit is None:
        raise space.type_error("'%s' object does not support the asynchronous context manager "
                               "protocol" % w_type.name)
    w_awaitable = space.call(space.get(w_enter, w_mgr, w_type), [])
    return space.get(w_exit, w_mgr, w_type), get_awaitable(w_awaitable, 1)
