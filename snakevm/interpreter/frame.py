"""Frames: the execution state of one code object run (PyPy's PyFrame,
CPython's _PyInterpreterFrame).  ``fast`` holds localsplus (arguments,
locals, cells, free variables); ``stack`` is the value stack."""

import weakref as host_weakref

from snakevm.objspace.root import W_Root
from snakevm.memory.heap import heap
from snakevm.objspace.typedef import builtin_type, getset, method
from snakevm.interpreter.decode import decoded
from snakevm.interpreter.constants import guest_constants


class _Null:
    """The NULL that 3.12 pushes below callables (never guest-visible)."""
    def __repr__(self):
        return "NULL"


NULL = _Null()


class _Unbound:
    """Marks an unbound fast local (guest None is host None, so None can't)."""
    def __repr__(self):
        return "UNBOUND"


UNBOUND = _Unbound()


class Frame(W_Root):
    gc_tracked = False      # tracked once exposed (expose()): most frames never are

    def __init__(self, code, w_globals, w_builtins, w_locals=None, w_function=None):
        self.code = code
        self.w_globals = w_globals
        self.w_builtins = w_builtins            # a W_Dict
        self.w_locals = w_locals                # mapping for module/class bodies, else None
        self.w_function = w_function
        self.fast = [UNBOUND] * len(code.co_localsplusnames)
        self.stack = []
        self.instructions = decoded(code)
        self.consts_w = guest_constants(code)   # what LOAD_CONST pushes
        self.pc = 0                             # index (code units) of the next instruction
        self.last_i = -1                        # index of the instruction being executed
        self.back = None                        # calling frame (while running)
        self.kw_names = None                    # set by KW_NAMES for the next CALL
        self.generator_ref = None               # weak ref to the generator owning this frame
        self.return_value = None
        self.finished = False
        self.f_back_snapshot = None             # caller when traceback captured it

    def iter_refs(self):
        yield from W_Root.iter_refs(self)      # w_globals, w_builtins, w_locals, closure_w...
        yield from (w for w in self.fast if isinstance(w, W_Root))
        yield from (w for w in self.stack if isinstance(w, W_Root))
        for w in (self.back, self.f_back_snapshot, self.return_value):
            if isinstance(w, W_Root):
                yield w

    def clear_refs(self):
        self.fast = [UNBOUND] * len(self.fast)
        self.stack = []

    def expose(self):
        """This frame (and the frames it reaches through f_back) escaped its running
        code -- into a traceback, a generator, sys._getframe() -- and can be part of a
        cycle: the collector must track it from now on (CPython creates a frame object
        only then)."""
        f = self
        while f is not None and not f.__dict__.get("gc_exposed", False):
            f.gc_exposed = True
            heap.track(f)
            f = f.back if f.back is not None else f.f_back_snapshot
        return self

    @property
    def generator(self):
        """The generator that owns this frame (held weakly: CPython embeds the frame in
        its generator, so the frame does not keep the generator alive), or None."""
        return self.generator_ref() if self.generator_ref is not None else None

    @property
    def lineno(self):
        from snakevm.linetable import line_at
        line = line_at(self.code, max(self.last_i, 0))
        return line if line is not None else self.code.co_firstlineno


w_frame_type = builtin_type("frame", instance_class=Frame, acceptable_as_base=False)


def _locals(frame):
    if frame.w_locals is not None:
        return frame.w_locals
    from snakevm.objspace.space import space
    from snakevm.objspace.functionobject import W_Cell
    storage = {}
    for name, w_value in zip(frame.code.co_localsplusnames, frame.fast):
        if isinstance(w_value, W_Cell):
            if w_value.empty:
                continue
            w_value = w_value.w_value
        if w_value is not UNBOUND:
            storage[name] = w_value
    return space.newdict(storage)


getset(w_frame_type, "f_code")(lambda f: __import__(
    "snakevm.objspace.codeobject", fromlist=["guest_code"]).guest_code(f.code))
getset(w_frame_type, "f_globals")(lambda f: f.w_globals)
getset(w_frame_type, "f_locals")(_locals)


def _set_lineno(f, w_value):
    """f_lineno can be set by a trace function only, and snakevm runs none."""
    from snakevm.objspace.space import space
    if type(w_value) is not int:
        raise space.value_error("lineno must be an integer")
    raise space.value_error("f_lineno can only be set in a trace function")


def _delete_lineno(f):
    """f_lineno cannot be deleted."""
    from snakevm.objspace.space import space
    raise space.attribute_error("cannot delete attribute")


def _f_back(f):
    """The calling frame; None for a suspended generator's frame (CPython unlinks it)."""
    w_gen = f.generator
    if w_gen is not None and not f.finished and not _is_executing(f):
        return None
    return _exposed(f.back if f.back is not None else f.f_back_snapshot)


getset(w_frame_type, "f_lineno", setter=_set_lineno, deleter=_delete_lineno)(lambda f: f.lineno)
getset(w_frame_type, "f_lasti")(lambda f: max(f.last_i, 0) * 2)
getset(w_frame_type, "f_back")(_f_back)


def _exposed(f):
    return f.expose() if f is not None else None
getset(w_frame_type, "f_builtins")(lambda f: f.w_builtins)


# -- tracing hooks and clear() (snakevm's tracer is --trace; these keep CPython's API) ----------
def _set_trace_attr(name):
    def setter(f, w_value):
        setattr(f, name, w_value)
    return setter


def _delete_trace(f):
    """Deleting f_trace sets it to None."""
    f.w_trace = None


def _set_bool_attr(name):
    """A setter for a T_BOOL member: only a bool may be stored."""
    def setter(f, w_value):
        if not isinstance(w_value, bool):
            from snakevm.objspace.space import space
            raise space.type_error("attribute value type must be bool")
        setattr(f, name, w_value)
    return setter


def _delete_bool_attr(f):
    """A T_BOOL member cannot be deleted."""
    from snakevm.objspace.space import space
    raise space.type_error("can't delete numeric/char attribute")


getset(w_frame_type, "f_trace", setter=_set_trace_attr("w_trace"), deleter=_delete_trace)(
    lambda f: getattr(f, "w_trace", None))
getset(w_frame_type, "f_trace_lines", setter=_set_bool_attr("trace_lines"),
       deleter=_delete_bool_attr)(lambda f: getattr(f, "trace_lines", True))
getset(w_frame_type, "f_trace_opcodes", setter=_set_bool_attr("trace_opcodes"),
       deleter=_delete_bool_attr)(lambda f: getattr(f, "trace_opcodes", False))


def _frame_clear(f):
    from snakevm.objspace.space import space
    if _is_executing(f):
        raise space.error(space.builtin_exception("RuntimeError"), "cannot clear an executing frame")
    w_gen = f.generator
    if w_gen is not None and not f.finished:
        w_gen.close()
    f.clear_refs()


def _is_executing(f):
    from snakevm.interpreter import state
    probe = state.current_frame
    while probe is not None:
        if probe is f:
            return True
        probe = probe.back
    return False


method(w_frame_type, "clear")(_frame_clear)
