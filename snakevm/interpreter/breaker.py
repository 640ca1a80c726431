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
    interpreter().set_hook("breaker", None)
    while _pending:
        _pending.pop(0)()


def run_now():
    """Run pending actions at a safe point in host code (a blocking call returned)."""
    interpreter().set_hook("breaker", None)
    while _pending:
        _pending.pop(0)()
