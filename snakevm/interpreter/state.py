"""VM-wide interpreter state read by the eval loop and set by the sys module.

Exception state follows CPython's chain of exc_info records: the running
frame's record is ``handled_exception`` (set by PUSH_EXC_INFO/POP_EXCEPT);
each running generator/coroutine has its own record, and the records of the
code that resumed it are kept in ``outer_exceptions``.  sys.exception() is the
innermost record that is not None (CPython's _PyErr_GetTopmostException)."""

recursion_limit = 1000       # sys.getrecursionlimit()
recursion_cap = None         # the recursion resource limit (snakevm/limits.py), if any
depth = 0                    # guest frames currently executing
handled_exception = None     # the innermost exc_info record (may be None)
outer_exceptions = []        # records of the code that resumed running generators
current_frame = None         # innermost executing guest frame
jit_depth = 0                # compiled-code activations on the host stack (snakevm/jit/)
in_host_call = False         # host C code called through the bridge is running (a signal
                             # handler may then run guest handlers at once: see _signalmodule)
current_context = None       # the running contextvars.Context (created on first use)
exact_instructions = False   # run every instruction as written: no specialization and no
                             # superinstructions (the visualizer shows them one by one)
atexit_callbacks = []        # [(w_func, args_w, kwargs_w)] registered with atexit.register


def current_exception():
    """The exception being handled, looking through generator boundaries."""
    if handled_exception is not None:
        return handled_exception
    for w_exc in reversed(outer_exceptions):
        if w_exc is not None:
            return w_exc
    return None
