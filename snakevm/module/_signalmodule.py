"""_signal: guest signal handlers (interpreter level; Lib's signal.py wraps it).

The host delivers the signal: for every signal with a guest handler, snakevm
installs one host handler, ``_host_handler``, which does not run guest code at
an arbitrary point of snakevm's own host code.  Instead:

* while the guest is blocked in host C code called through the bridge (sleep,
  read, select, wait: ``state.in_host_call``), the guest handler runs at once,
  and an exception it raises (KeyboardInterrupt) interrupts the blocking call;
* otherwise the guest handler is queued on the eval breaker
  (interpreter/breaker.py) and runs before the next guest instruction.

SIGINT starts with ``default_int_handler`` (raises KeyboardInterrupt), like
CPython; an uncaught KeyboardInterrupt ends the process by SIGINT (runner.py).
Handlers are kept per VM in ``SignalState``; SIG_DFL/SIG_IGN go straight to
the host.  Everything else (alarm, setitimer, pthread_sigmask, sigwait,
set_wakeup_fd, strsignal, ...) is the host's function behind the bridge.
"""

import signal as host_signal
import threading as host_threading

from snakevm.objspace.space import space
from snakevm.objspace.bridge import register_exception, host_function, host_exception
from snakevm.objspace.structseq import structseq_type, new_structseq
from snakevm.module.moduledef import ModuleDef
from snakevm.interpreter import state, breaker, threads

SIG_DFL, SIG_IGN = int(host_signal.SIG_DFL), int(host_signal.SIG_IGN)


class SignalState:
    """The guest handlers of one VM: {signum: guest callable}."""

    def __init__(self):
        self.handlers_w = {}
        self.w_default_int_handler = None
        self.w_itimer_error = None


signals = SignalState()


def default_int_handler(*args_w):
    """The default handler for SIGINT installed by Python.
    It raises KeyboardInterrupt."""
    raise space.error(space.builtin_exception("KeyboardInterrupt"))


def _default_int_handler_w():
    if signals.w_default_int_handler is None:
        from snakevm.objspace.typedef import builtin_function    # typedef is loaded by now
        signals.w_default_int_handler = builtin_function(
            default_int_handler, "default_int_handler", module="_signal",
            doc="The default handler for SIGINT installed by Python.\n\n"
                "It raises KeyboardInterrupt.")
    return signals.w_default_int_handler


def _run_guest_handler(signum):
    w_handler = signals.handlers_w.get(signum)
    if w_handler is None:
        return
    w_frame = state.current_frame
    if w_frame is not None:
        w_frame.expose()
    space.call(w_handler, [signum, w_frame])


def _host_handler(signum, host_frame):
    """The host runs this in the main thread.  With guest threads, the main thread
    may be without the GIL: in a host call (then the guest handler runs at once,
    with the GIL) or waiting for the GIL (then at its next instruction)."""
    action = _in_main_thread(lambda: _run_guest_handler(signum))
    if not threads.held_by_me():
        if not threads.run_during_host_call(action):
            breaker.request(action)
    elif state.in_host_call:
        breaker.run_now()                     # anything queued first, in arrival order
        action()
    else:
        breaker.request(action)


def _in_main_thread(action):
    """A breaker action that runs ``action`` in the main thread only (CPython runs
    signal handlers there): another thread reaching it first leaves it pending."""
    def run():
        if host_threading.current_thread() is host_threading.main_thread():
            action()
        else:
            breaker.request(run)
    return run


def install_default_handlers():
    """At VM start: SIGINT raises KeyboardInterrupt in the guest (CPython's default)."""
    if host_threading.current_thread() is not host_threading.main_thread():
        return
    if host_signal.getsignal(host_signal.SIGINT) is host_signal.default_int_handler:
        signals.handlers_w[host_signal.SIGINT] = _default_int_handler_w()
        host_signal.signal(host_signal.SIGINT, _host_handler)


def _signum(w_signalnum):
    """The signal number as a host int, with CPython's checks."""
    signalnum = space.index(w_signalnum)
    if not 1 <= signalnum < host_signal.NSIG:
        raise space.value_error("signal number out of range")
    return signalnum


def signal_signal(w_signalnum, w_handler):
    """Set the action for the given signal."""
    signalnum = _signum(w_signalnum)
    if host_threading.current_thread() is not host_threading.main_thread():
        raise space.value_error("signal only works in main thread of the main interpreter")
    w_old = signal_getsignal(signalnum)
    if type(w_handler) is int and w_handler in (SIG_DFL, SIG_IGN):
        host_action = host_signal.Handlers(w_handler)
    elif space.findattr(w_handler, "__call__") is not None:
        host_action = _host_handler
    else:
        raise space.type_error("signal handler must be signal.SIG_IGN, signal.SIG_DFL, "
                               "or a callable object")
    try:
        host_signal.signal(signalnum, host_action)
    except (OSError, ValueError) as e:
        raise host_exception(e)
    if host_action is _host_handler:
        signals.handlers_w[signalnum] = w_handler
    else:
        signals.handlers_w.pop(signalnum, None)
    return w_old


def signal_getsignal(w_signalnum):
    """Return the current action for the given signal."""
    signalnum = _signum(w_signalnum)
    if signalnum in signals.handlers_w:
        return signals.handlers_w[signalnum]
    host_action = host_signal.getsignal(signalnum)
    if host_action is None:
        return None
    if host_action is host_signal.default_int_handler:
        return _default_int_handler_w()
    return int(host_action)


def _siginfo_type():
    return structseq_type("struct_siginfo", "signal", (
        "si_signo", "si_code", "si_errno", "si_pid", "si_uid", "si_status", "si_band"))


_HOST_FUNCTIONS = ("alarm", "pause", "raise_signal", "strsignal", "siginterrupt",
                   "set_wakeup_fd", "pthread_kill", "pidfd_send_signal", "sigwait")


def make_module():
    m = ModuleDef("_signal", doc=host_signal._signal.__doc__ if hasattr(
        host_signal, "_signal") else None)
    host_module = __import__("_signal")
    m.function(signal_signal, "signal")
    m.function(signal_getsignal, "getsignal")
    m.value("default_int_handler", _default_int_handler_w())
    m.host_functions(host_module, _HOST_FUNCTIONS)
    m.host_functions(host_module, ("valid_signals", "sigpending", "pthread_sigmask"))
    w_siginfo = _siginfo_type()
    m.value("struct_siginfo", w_siginfo)
    for name in ("sigwaitinfo", "sigtimedwait"):
        if hasattr(host_module, name):
            m.value(name, host_function(
                getattr(host_module, name), name, "_signal",
                result=lambda info: None if info is None else new_structseq(
                    w_siginfo, list(info))))
    w_itimer_error = _itimer_error_type()
    m.value("ItimerError", w_itimer_error)
    m.host_functions(host_module, ("setitimer", "getitimer"))
    for name in dir(host_module):
        value = getattr(host_module, name)
        if name.isupper() and isinstance(value, int):
            m.value(name, int(value))
    return m.w_module


def _itimer_error_type():
    if signals.w_itimer_error is None:
        from snakevm.objspace.typecall import create_class   # class creation needs the VM
        from snakevm.objspace.typeobject import w_type_type
        w_namespace = space.newdict()
        w_namespace.setitem_str("__module__", "signal")
        signals.w_itimer_error = create_class(
            w_type_type, "itimer_error", [space.builtin_exception("OSError")], w_namespace, {})
        register_exception(host_signal.ItimerError, lambda: signals.w_itimer_error)
    return signals.w_itimer_error
