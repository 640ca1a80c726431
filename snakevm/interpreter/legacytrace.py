"""sys.settrace: the legacy trace events ('call', 'line', 'return', 'exception',
'opcode') delivered to guest trace functions, as CPython 3.12 delivers them
(Python/legacy_tracing.c on top of sys.monitoring's instrumentation).

The events come from one per-instruction hook of the eval loop ("settrace",
installed while a trace function is set) and from the loop's unwinding:

- RESUME (a frame starts, or a generator resumes) is a 'call' to the global trace
  function; what it returns becomes the frame's f_trace, the local trace function
  that gets the frame's other events;
- an instruction that starts a line (in the line table, or as a jump target) whose
  line is not the line of the instruction run before it in the frame is a 'line';
- RETURN_VALUE, RETURN_CONST and YIELD_VALUE are a 'return' with the value;
- an exception raised in a frame or passing through it is an 'exception' with
  (type, value, traceback); leaving the frame with it is a 'return' with None.

Trace functions run untraced.  A trace function that raises removes the global
trace function and the frame's (CPython's trace_trampoline), and its exception
propagates from the traced instruction.  While tracing, frames run their
instructions one by one (state.exact_instructions: no superinstructions, no
specialization), so every line start is seen.  Jumping by assigning f_lineno
is not supported."""

from snakevm import opcodes
from snakevm.dis import jump_target
from snakevm.linetable import line_at
from snakevm.objspace.space import space
from snakevm.interpreter import state
from snakevm.interpreter.decode import decoded
from snakevm.interpreter.exctable import decode_exception_table
from snakevm.interpreter.inlinecache import Cache

_RESUME = opcodes.BY_NAME["RESUME"].number
_RETURN_VALUE = opcodes.BY_NAME["RETURN_VALUE"].number
_RETURN_CONST = opcodes.BY_NAME["RETURN_CONST"].number
_YIELD_VALUE = opcodes.BY_NAME["YIELD_VALUE"].number
_BACKWARD_JUMPS = (opcodes.BY_NAME["JUMP_BACKWARD"].number,
                   opcodes.BY_NAME["JUMP_BACKWARD_NO_INTERRUPT"].number)
_NEVER_LINE_STARTS = (_RESUME, opcodes.BY_NAME["END_FOR"].number,
                      opcodes.BY_NAME["END_SEND"].number, opcodes.BY_NAME["END_ASYNC_FOR"].number)


class TraceState:
    """The guest's trace function (sys.gettrace()) and whether one is running."""

    def __init__(self):
        self.w_function = None
        self.busy = False
        self.exact_before = False       # state.exact_instructions when tracing began


def settrace(interp, trace, w_function):
    """sys.settrace(w_function) for the interpreter ``interp`` (None: stop)."""
    if w_function is None:
        if trace.w_function is not None:
            interp.set_hook("settrace", None)
            state.exact_instructions = trace.exact_before
        trace.w_function = None
        return
    if trace.w_function is None:
        trace.exact_before = state.exact_instructions
        state.exact_instructions = True
        interp.set_hook("settrace",
                        lambda f, index, op, oparg: _on_instruction(trace, f, index, op))
    trace.w_function = w_function


def _call(trace, f, w_function, event, w_arg):
    """Run a trace function (untraced); its result, or its exception after tracing
    is switched off."""
    trace.busy = True
    try:
        return space.call(w_function, [f.expose(), event, w_arg])
    except BaseException:
        f.w_trace = None
        raise
    finally:
        trace.busy = False


def _deliver(trace, f, w_function, event, w_arg):
    try:
        w_result = _call(trace, f, w_function, event, w_arg)
    except BaseException:
        _stop_after_error(trace)
        raise
    if w_result is not None:
        f.w_trace = w_result


def _stop_after_error(trace):
    from snakevm.interpreter.runtime import interpreter     # runtime imports the eval loop
    settrace(interpreter(), trace, None)


def _on_instruction(trace, f, index, op):
    if trace.busy or trace.w_function is None:
        return
    if op == _RESUME:
        _start_frame(trace, f, index)
        return
    w_local = getattr(f, "w_trace", None)
    if w_local is None:
        return
    exact = decoded(f.code)
    if f.instructions is not exact:         # began before tracing: run it one by one now
        f.instructions = exact
    previous = getattr(f, "trace_previous", None)
    if getattr(f, "trace_lines", True) and index in _line_starts(f.code):
        line = line_at(f.code, index)
        if previous is None or previous[1] or line_at(f.code, previous[0]) != line:
            _deliver(trace, f, w_local, "line", None)
            w_local = getattr(f, "w_trace", None)
    f.trace_previous = (index, False)
    if w_local is None:
        return
    if getattr(f, "trace_opcodes", False):
        _deliver(trace, f, w_local, "opcode", None)
        w_local = getattr(f, "w_trace", None)
    if op in _BACKWARD_JUMPS and w_local is not None:
        _backward_jump(trace, f, index, w_local)
    elif op in (_RETURN_VALUE, _YIELD_VALUE) and w_local is not None:
        _deliver(trace, f, w_local, "return", f.stack[-1] if f.stack else None)
    elif op == _RETURN_CONST and w_local is not None:
        _deliver(trace, f, w_local, "return", f.constants[_oparg_at(f, index)])


def _backward_jump(trace, f, index, w_local):
    """A jump back to its own line (the next turn of a one-line loop) is a 'line':
    the target's line start alone would not be one, its line being the same."""
    target = jump_target(index * 2, f.code.co_code[index * 2], _oparg_at(f, index)) // 2
    if line_at(f.code, target) == line_at(f.code, index):
        _deliver(trace, f, w_local, "line", None)


def throw_event(trace, f):
    """An exception thrown into a suspended generator or coroutine (throw(),
    close()): its frame resumes, a 'call' like RESUME's."""
    if not trace.busy and trace.w_function is not None:
        _start_frame(trace, f, f.last_i)


def _start_frame(trace, f, index):
    """RESUME: the 'call' event.  The next line start after a RESUME is a 'line'
    even on the RESUME's own line (a generator resumed mid-line has none: the
    instruction after its RESUME does not start a line)."""
    f.trace_previous = (index, True)
    _deliver(trace, f, trace.w_function, "call", None)


def _oparg_at(f, index):
    oparg = f.instructions[index][1]
    return oparg.oparg if isinstance(oparg, Cache) else oparg


def _line_starts(code):
    """Indices of the instructions that can start a line event, as CPython's
    instrumentation marks them: from the first RESUME on, each instruction whose
    line differs from the line before it (RESUME and the END_FOR/END_SEND/
    END_ASYNC_FOR that loops skip are never starts and do not count), and every
    jump or exception-handler target that has a line."""
    starts = code._cache.get("trace_line_starts")
    if starts is not None:
        return starts
    starts = set()
    current_line = None
    traceable = False
    targets = set()
    for first, index, op, oparg, nxt in opcodes.iter_instructions(code.co_code):
        traceable = traceable or op == _RESUME
        info = opcodes.BY_NUMBER.get(op)
        if info is not None and info.arg in ("jump_forward", "jump_backward"):
            targets.add(jump_target(index * 2, op, oparg) // 2)
        if not traceable or op in _NEVER_LINE_STARTS:
            continue
        line = line_at(code, index)
        if line is not None and line != current_line:
            starts.add(index)
        current_line = line
    targets.update(entry[2] for entry in decode_exception_table(code))
    starts.update(index for index in targets if line_at(code, index) is not None)
    code._cache["trace_line_starts"] = starts
    return starts


def exception_event(trace, f, w_exc):
    """The 'exception' event of frame ``f``: ``w_exc`` was raised in it or passes
    through it (from the loop's unwinding; not for re-raises)."""
    w_local = getattr(f, "w_trace", None)
    if trace.busy or trace.w_function is None or w_local is None:
        return
    w_info = space.newtuple([space.type(w_exc), w_exc, getattr(w_exc, "w_traceback", None)])
    _deliver(trace, f, w_local, "exception", w_info)


def unwind_event(trace, f):
    """Frame ``f`` is left by an exception: its 'return' event with None."""
    w_local = getattr(f, "w_trace", None)
    if trace.busy or trace.w_function is None or w_local is None:
        return
    _deliver(trace, f, w_local, "return", None)
