"""atexit: functions to call when the program ends (interpreter level).

The registered callbacks belong to the VM (``state.atexit_callbacks``); the
runner calls ``run_exitfuncs`` once the main module has finished (normally,
by SystemExit or by an uncaught exception), last registered first.  An
exception in a callback is reported like CPython ("Exception ignored in
atexit callback: ...", interpreter/unraisable.py) and the next one runs."""

from snakevm.objspace.root import OperationError
from snakevm.objspace.space import space
from snakevm.module.moduledef import ModuleDef
from snakevm.interpreter import state
from snakevm.interpreter.unraisable import write_unraisable


def atexit_register(w_func, *args_w, **kwargs_w):
    """Register a function to be executed upon normal program termination

        func - function to be called at exit
        args - optional arguments to pass to func
        kwargs - optional keyword arguments to pass to func

        func is returned to facilitate usage as a decorator."""
    if space.findattr(w_func, "__call__") is None:
        raise space.type_error("the first argument must be callable")
    state.atexit_callbacks.append((w_func, list(args_w), dict(kwargs_w)))
    return w_func


def atexit_unregister(w_func):
    """Unregister an exit function which was previously registered using
    atexit.register

        func - function to be unregistered"""
    kept = []
    for entry in state.atexit_callbacks:
        if not space.eq_w(entry[0], w_func):
            kept.append(entry)
    state.atexit_callbacks[:] = kept


def run_exitfuncs():
    """Run all registered exit functions.

    If a callback raises an exception, it is logged with sys.unraisablehook."""
    while state.atexit_callbacks:
        w_func, args_w, kwargs_w = state.atexit_callbacks.pop()
        try:
            space.call(w_func, args_w, kwargs_w)
        except OperationError as e:
            write_unraisable(e.w_value, "Exception ignored in atexit callback", w_func)


def atexit_clear():
    """Clear the list of previously registered exit functions."""
    del state.atexit_callbacks[:]


def atexit_ncallbacks():
    """Return the number of registered exit functions."""
    return len(state.atexit_callbacks)


def make_module():
    m = ModuleDef("atexit", doc="allow programmer to define multiple exit functions to be "
                                "executed\nupon normal program termination.\n\nTwo public "
                                "functions, register and unregister, are defined.\n")
    m.function(atexit_register, "register", keywords=False)
    m.function(atexit_unregister, "unregister")
    m.function(run_exitfuncs, "_run_exitfuncs")
    m.function(atexit_clear, "_clear")
    m.function(atexit_ncallbacks, "_ncallbacks")
    return m.w_module
