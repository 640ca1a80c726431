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

# What running a frame ended with (Interpreter.execute, compiled code, generators).
RETURN, YIELD = "return", "yield"


class Frame(W_Root):
    # The fields every frame has are slots: storing them is the cost of each guest
    # call, and reading and writing them the cost of each instruction (slots are the
    # host's fastest attributes).  Rarer ones (gc_exposed, w_locals_snapshot...) go in
    # the instance dict.  Every way a frame is made stores all the slots, in this order,
    # except a compiled call, which stores EAGER_SLOTS only (see __getattr__).
    __slots__ = ("code", "w_globals", "w_builtins", "w_function", "fast", "stack",
                 "instructions", "constants", "w_locals", "pc", "last_i", "back",
                 "kw_names", "generator_ref", "return_value", "finished", "f_back_snapshot")
    gc_tracked = False      # tracked once exposed (expose()): most frames never are
    gc_exposed = False

    def __init__(self, code, w_globals, w_builtins, w_locals=None, w_function=None):
        self.code = code
        self.w_globals = w_globals
        self.w_builtins = w_builtins            # a W_Dict
        self.w_function = w_function
        self.fast = [UNBOUND] * len(code.co_localsplusnames)
        self.stack = []
        self.instructions = decoded(code)
        # What LOAD_CONST pushes: the code's one list, shared by all its frames, so not
        # named xxx_w -- the collector must not count its items as this frame's references.
        self.constants = guest_constants(code)
        self.w_locals = w_locals                # mapping for module/class bodies, else None
        self.pc = 0                             # index (code units) of the next instruction
        self.last_i = -1                        # index of the instruction being executed
        self.back = None                        # calling frame (while running)
        self.kw_names = None                    # set by KW_NAMES for the next CALL
        self.generator_ref = None               # weak ref to the generator owning this frame
        self.return_value = None
        self.finished = False
        self.f_back_snapshot = None             # caller when traceback captured it

    def __getattr__(self, name):
        """A slot not stored yet: the frame is a *lazy* one, made by a compiled call
        (jit/runtime.py) with only EAGER_SLOTS stored.  The first read of another slot
        -- by the interpreter after a deopt, a traceback, sys._getframe, the collector
        -- stores the initial values of the others, except those of WRITTEN_FIRST that
        were written since, then reads it."""
        get = _LAZY_SLOT_GETTERS.get(name)
        if get is None:
            raise AttributeError(name)
        written = []
        for slot in WRITTEN_FIRST:
            try:
                written.append((slot, _LAZY_SLOT_GETTERS[slot](self)))
            except AttributeError:
                pass
        complete_new_frame(self)
        for slot, value in written:
            setattr(self, slot, value)
        return get(self)

    def iter_refs(self):
        yield from W_Root.iter_refs(self)       # the instance dict: w_locals_snapshot...
        for w in (self.w_globals, self.w_builtins, self.w_locals, self.w_function):
            if w is not None:
                yield w
        yield from (w for w in self.fast if isinstance(w, W_Root))
        yield from (w for w in self.stack if isinstance(w, W_Root))
        for w in (self.back, self.f_back_snapshot, self.return_value):
            if isinstance(w, W_Root):
                yield w

    def clear_refs(self):
        self.fast = [UNBOUND] * len(self.fast)
        self.stack = []
        self.__dict__.pop("w_locals_snapshot", None)

    def expose(self):
        """This frame (and the frames it reaches through f_back) escaped its running
        code -- into a traceback, a generator, sys._getframe() -- and can be part of a
        cycle: the collector must track it from now on (CPython creates a frame object
        only then).  A function's frame keeps its caller as f_back after it returns,
        as CPython's frame object does when its frame ends."""
        f = self
        while f is not None and not f.gc_exposed:
            f.gc_exposed = True
            heap.track(f)
            if f.generator_ref is None and f.back is not None:
                f.f_back_snapshot = f.back
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


def function_frame(code, w_globals, w_builtins, w_function, args_w):
    """A frame for a call whose positional arguments fill the code's parameters
    exactly (CALL_PY_EXACT_ARGS, compiled calls): Frame.__init__'s work, done from a
    per-code template (frame_template)."""
    template = code._cache.get("frame_template")
    if template is None:
        template = frame_template(code)
    f = _new_object(Frame)                  # (not tracked: see Frame.gc_tracked)
    f.code = code
    f.w_globals = w_globals
    f.w_builtins = w_builtins
    f.w_function = w_function
    f.fast = args_w + template[0]
    f.stack = []
    f.instructions = template[1]
    f.constants = template[2]
    f.w_locals = f.kw_names = f.generator_ref = f.return_value = f.back = \
        f.f_back_snapshot = None
    f.pc = 0
    f.last_i = -1
    f.finished = False
    return f


def complete_new_frame(f):
    """The slots of a lazy frame that nothing has run in yet, at their initial values
    (what __getattr__ does on demand, without its search for the slots written
    since): the frame of a compiled generator function, which becomes its
    generator's, resumed by either tier."""
    template = frame_template(f.code)
    f.stack = []
    f.instructions = template[1]
    f.constants = template[2]
    f.w_locals = f.kw_names = f.generator_ref = f.return_value = f.f_back_snapshot = None
    f.pc = 0
    f.last_i = -1
    f.finished = False


def frame_template(code):
    """(the initial values of the locals past the parameters, the decoded instructions,
    the constants), made once per code object."""
    template = code._cache.get("frame_template")
    if template is None:
        template = code._cache["frame_template"] = (
            [UNBOUND] * (len(code.co_localsplusnames) - code.co_argcount),
            decoded(code), guest_constants(code))
    return template


_new_object = object.__new__
# What a lazy frame stores when it is made (the rest: Frame.__getattr__).
EAGER_SLOTS = ("code", "w_globals", "w_builtins", "w_function", "fast", "back")
# The other slots that may be written before any of them is read: by compiled code
# (stack, pc, last_i, finished), a traceback (f_back_snapshot) and KW_NAMES run by
# its handler (kw_names).  Whatever writes another one reads a lazy slot first.
WRITTEN_FIRST = ("stack", "pc", "last_i", "finished", "f_back_snapshot", "kw_names")
_LAZY_SLOT_GETTERS = {name: getattr(Frame, name).__get__
                      for name in Frame.__slots__ if name not in EAGER_SLOTS}

w_frame_type = builtin_type("frame", instance_class=Frame, acceptable_as_base=False)


def _locals(frame):
    """f_locals (and locals()): the namespace of a module or class body; for a
    function, one dict per frame refreshed from the fast locals at each call, as
    CPython 3.12's PyFrame_FastToLocals does -- keys the guest added stay, writes do
    not reach the variables."""
    if frame.w_locals is not None:
        return frame.w_locals
    from snakevm.objspace.space import space
    from snakevm.objspace.functionobject import W_Cell
    w_snapshot = frame.__dict__.get("w_locals_snapshot")
    if w_snapshot is None:
        w_snapshot = frame.w_locals_snapshot = space.newdict({})
    storage = w_snapshot.storage
    for name, w_value in zip(frame.code.co_localsplusnames, frame.fast):
        if isinstance(w_value, W_Cell):
            w_value = UNBOUND if w_value.empty else w_value.w_value
        if w_value is not UNBOUND:
            storage[name] = w_value
        else:
            storage.pop(name, None)
    return w_snapshot


getset(w_frame_type, "f_code")(lambda f: __import__(
    "snakevm.objspace.codeobject", fromlist=["guest_code"]).guest_code(f.code))
getset(w_frame_type, "f_globals")(lambda f: f.w_globals)
getset(w_frame_type, "f_locals")(_locals)


def _set_lineno(f, w_value):
    """f_lineno can be set by a trace function only (a jump), which snakevm's
    sys.settrace (legacytrace.py) does not support: always refused."""
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


# -- tracing attributes (read by interpreter/legacytrace.py) and clear() ---------------------
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


def _frame_repr(f):
    return "<frame at 0x%x, file %r, line %d, code %s>" % (
        id(f), f.code.co_filename, f.lineno, f.code.co_name)


method(w_frame_type, "__repr__")(_frame_repr)
