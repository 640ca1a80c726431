"""The eval breaker: work that must run between two guest instructions
(CPython's eval_breaker): pending signal handlers, for now.

Asynchronous events (a host signal handler) call ``request(action)``; the
interpreter's per-instruction hook "breaker" (``Interpreter.set_hook``) is
installed until the pending actions have run, so the loop pays nothing while
nothing is pending.  An action may
raise a guest exception: it is raised at the instruction about to execute,
like CPython raises KeyboardInterrupt there."""

from snakevm.interpreter.runtime import interpreter

_pending = []


def request(action):
    """Run ``action()`` before the next guest instruction."""
    _pending.append(action)
    interp = interpreter()
    if "breaker" not in interp.hooks:
        interp.set_hook("breaker", _run_pending)


def _run_pending(f, index, op, oparg):
    run_now()


def run_now():
    """Run the actions pending now (an action may ask to run again later: a signal
    handler reached by a thread other than the main one)."""
    interpreter().set_hook("breaker", None)
    actions = _pending[:]
    del _pending[:len(actions)]
    for position, action in enumerate(actions):
        try:
            action()
        except BaseException:
            _pending[:0] = actions[position + 1:]       # the rest stay pending
            if _pending:
                interpreter().set_hook("breaker", _run_pending)
            raise
