"""Exceptions that cannot be raised (CPython's PyErr_WriteUnraisable): an
exception in an atexit callback, a __del__ method, a weakref callback or a
signal-less cleanup is reported on sys.stderr and then ignored.

``write_unraisable`` calls the guest's ``sys.unraisablehook`` when the program
replaced it, else prints CPython's default report::

    Exception ignored in atexit callback: <function g at 0x...>
    Traceback (most recent call last):
      ...
    ZeroDivisionError: division by zero
"""

import sys as host_sys

from snakevm.objspace.root import OperationError
from snakevm.objspace.space import space
from snakevm.objspace.typeobject import MISSING
from snakevm.interpreter.traceback import format_exception


def write_unraisable(w_exc, message=None, w_obj=None):
    """Report ``w_exc``; ``message`` is CPython's err_msg ("Exception ignored in
    atexit callback"), ``w_obj`` the object involved (or None)."""
    from snakevm.module import sys as sysmodule      # sys imports the interpreter: keep lazy
    w_sys = sysmodule.current_sys_module
    w_hook = w_sys.w_dict.getitem_str("unraisablehook") if w_sys is not None else MISSING
    w_default = w_sys.w_dict.getitem_str("__unraisablehook__") if w_sys is not None else MISSING
    if w_hook is not MISSING and w_hook is not w_default and w_hook is not None:
        try:
            space.call(w_hook, [_hook_args(w_exc, message, w_obj)])
            return
        except OperationError as e:
            w_exc, message, w_obj = e.w_value, "Exception ignored in sys.unraisablehook", w_hook
    print_unraisable(w_exc, message, w_obj)


def print_unraisable(w_exc, message=None, w_obj=None):
    """The default hook's text, written to the guest's sys.stderr (the host's
    stderr when the guest has none)."""
    if message is None:
        message = "Exception ignored in"
    if w_obj is not None:
        try:
            header = "%s: %s\n" % (message, space.repr(w_obj))
        except OperationError:
            header = "%s: <object repr() failed>\n" % message
    else:
        header = "%s:\n" % message if message != "Exception ignored in" else message + ":\n"
    text = header + "".join(format_exception(w_exc))
    from snakevm.module.sys import guest_stream       # sys imports the interpreter: keep lazy
    w_stderr = guest_stream("stderr")
    if w_stderr is not None:
        try:
            space.call_method(w_stderr, "write", text)
            space.call_method(w_stderr, "flush")
            return
        except OperationError:
            pass
    host_sys.stderr.write(text)
    host_sys.stderr.flush()


def _hook_args(w_exc, message, w_obj):
    """sys.UnraisableHookArgs(exc_type, exc_value, exc_traceback, err_msg, object)."""
    from snakevm.objspace.structseq import structseq_type, new_structseq
    global _w_args_type
    if _w_args_type is None:
        _w_args_type = structseq_type("UnraisableHookArgs", "sys", (
            "exc_type", "exc_value", "exc_traceback", "err_msg", "object"))
    return new_structseq(_w_args_type, [space.type(w_exc), w_exc, w_exc.w_traceback,
                                        message, w_obj])


_w_args_type = None


def default_unraisablehook(w_args):
    """sys.__unraisablehook__: print an UnraisableHookArgs like CPython."""
    w_exc = space.getattr(w_args, "exc_value")
    w_msg = space.getattr(w_args, "err_msg")
    w_obj = space.getattr(w_args, "object")
    print_unraisable(w_exc, w_msg if isinstance(w_msg, str) else None, w_obj)
