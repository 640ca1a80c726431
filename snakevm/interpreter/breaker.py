"""The eval breaker: work that must run between two guest instructions
(CPython's eval_breaker): pending signal handlers, for now.

Asynchronous events (a host signal handler) call ``request(action)``; the
interpreter's per-instruction hook slot (``Interpreter.tracer``, which
--trace also uses) is pointed at ``_run_pending`` until the pending actions
have run, so the loop pays nothing while nothing is pending.  An action may
raise a guest exception: it is raised at the instruction about to execute,
like CPython raises KeyboardInterrupt there."""

from snakevm.interpreter.runtime import interpreter

_pending = []
_saved_hook = [None]


def request(action):
    """Run ``action()`` before the next guest instruction."""
    _pending.append(action)
    interp = interpreter()
    if interp.tracer is not _run_pending:
        _saved_hook[0] = interp.tracer
        interp.tracer = _run_pending


def _run_pending(f, index, op, oparg):
    interp = interpreter()
    interp.tracer = saved = _saved_hook[0]
    while _pending:
        _pending.pop(0)()
    if saved is not None:
        saved(f, index, op, oparg)


def run_now():
    """Run pending actions at a safe point in host code (a blocking call returned)."""
    interp = interpreter()
    if interp.tracer is _run_pending:
        interp.tracer = _saved_hook[0]
    while _pending:
        _pending.pop(0)()
