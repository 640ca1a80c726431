"""VM-wide interpreter state read by the eval loop and set by the sys module.

Exception state follows CPython's chain of exc_info records: the running
frame's record is ``handled_exception`` (set by PUSH_EXC_INFO/POP_EXCEPT);
each running generator/coroutine has its own record, and the records of the
code that resumed it are kept in ``outer_exceptions``.  sys.exception() is the
innermost record that is not None (CPython's _PyErr_GetTopmostException).

The state is read as a module (``from snakevm.interpreter import state``;
``state.depth += 1``) but is one object with slots, which this module puts in
its own place in sys.modules: every guest call writes the depth and the current
frame, and a slot is the host's fastest attribute to write (a module attribute
costs about twice as much).  vmstate.py switches these values between VMs, and
threads.py between guest threads."""

import sys as host_sys


class InterpreterState:
    __slots__ = ("recursion_limit", "recursion_cap", "depth", "handled_exception",
                 "outer_exceptions", "current_frame", "jit_depth", "in_host_call",
                 "current_context", "exact_instructions", "atexit_callbacks", "__name__")

    def __init__(self, name):
        self.__name__ = name
        self.recursion_limit = 1000       # sys.getrecursionlimit()
        self.recursion_cap = None         # the recursion resource limit (snakevm/limits.py)
        self.depth = 0                    # guest frames currently executing
        self.handled_exception = None     # the innermost exc_info record (may be None)
        self.outer_exceptions = []        # records of the code that resumed running generators
        self.current_frame = None         # innermost executing guest frame
        self.jit_depth = 0                # compiled-code activations on the host stack (jit/)
        self.in_host_call = False         # host C code called through the bridge is running
                                          # (a signal handler may then run guest handlers at
                                          # once: see _signalmodule)
        self.current_context = None       # the running contextvars.Context (made on first use)
        self.exact_instructions = False   # run every instruction as written: no specialization
                                          # and no superinstructions (the visualizer shows
                                          # them one by one)
        self.atexit_callbacks = []        # [(w_func, args_w, kwargs_w)] from atexit.register

    def current_exception(self):
        """The exception being handled, looking through generator boundaries."""
        if self.handled_exception is not None:
            return self.handled_exception
        for w_exc in reversed(self.outer_exceptions):
            if w_exc is not None:
                return w_exc
        return None


host_sys.modules[__name__] = InterpreterState(__name__)
