"""What happens to an exception nothing in the guest caught (CPython's PyErr_Print):
SystemExit becomes the exit status, anything else goes to sys.excepthook after
sys.last_exc and friends are set.  Shared by the runner (the end of a program) and
the interactive prompt (the end of one statement)."""

import sys as host_sys

from snakevm import limits as resource_limits
from snakevm.objspace.root import OperationError
from snakevm.objspace.space import space
from snakevm.objspace.typeobject import MISSING
from snakevm.interpreter.traceback import format_exception
from snakevm.module import sys as sys_module
from snakevm.module.sys import guest_stream

KILLED_BY_SIGINT = -2       # the status that ends the process by SIGINT (see runner)


def flush_std_streams():
    """Flush the guest's sys.stdout and sys.stderr, ignoring their errors."""
    for name in ("stdout", "stderr"):
        w_stream = guest_stream(name)
        if w_stream is not None:
            try:
                space.call_method(w_stream, "flush")
            except (OperationError, resource_limits.LimitExceeded):
                pass


def is_system_exit(w_exc):
    return space.type(w_exc).is_subtype(space.builtin_exception("SystemExit"))


def handle_uncaught(w_exc, exit_on_system_exit=True):
    """Report ``w_exc``; the exit status it asks for.  With -i (or at the
    interactive prompt of -i) a SystemExit is reported like any exception
    (``exit_on_system_exit`` False), as CPython does when inspecting."""
    if exit_on_system_exit and is_system_exit(w_exc):
        return exit_status(w_exc)
    d = sys_module.current_sys_module.w_dict
    d.setitem_str("last_exc", w_exc)
    d.setitem_str("last_type", space.type(w_exc))
    d.setitem_str("last_value", w_exc)
    d.setitem_str("last_traceback", w_exc.w_traceback)
    w_hook = d.getitem_str("excepthook")
    if w_hook is MISSING or w_hook is None:
        host_sys.stderr.write("sys.excepthook is missing\n")
        host_sys.stderr.write("".join(format_exception(w_exc)))
    else:
        try:
            space.call(w_hook, [space.type(w_exc), w_exc, w_exc.w_traceback])
        except OperationError as e:
            if is_system_exit(e.w_value):
                return exit_status(e.w_value)
            flush_std_streams()
            host_sys.stderr.write("Error in sys.excepthook:\n")
            host_sys.stderr.write("".join(format_exception(e.w_value)))
            host_sys.stderr.write("\nOriginal exception was:\n")
            host_sys.stderr.write("".join(format_exception(w_exc)))
    host_sys.stderr.flush()
    if space.type(w_exc).is_subtype(space.builtin_exception("KeyboardInterrupt")):
        return KILLED_BY_SIGINT
    return 1


def exit_status(w_exc):
    """The process exit status for an uncaught SystemExit (its code printed to
    sys.stderr when it is neither None nor an int)."""
    w_code = space.getattr(w_exc, "code")
    if w_code is None:
        return 0
    if isinstance(w_code, int):
        return w_code & 0xFF
    text = space.str(w_code) + "\n"
    w_stderr = guest_stream("stderr")
    try:
        if w_stderr is None:
            raise OperationError(None)
        space.call_method(w_stderr, "write", text)
        space.call_method(w_stderr, "flush")
    except OperationError:
        host_sys.stderr.write(text)
    return 1
