"""faulthandler: dump the guest's Python traceback (interpreter level).

The dumps show snakevm's *guest* frames in CPython's format, written straight
to the file descriptor like CPython's signal-safe writer::

    Current thread 0x00007f658bab5b80 (most recent call first):
      File "/tmp/fh.py", line 4 in f

``enable()`` also enables the host's faulthandler on the same descriptor, so a
crash of snakevm itself (a fatal signal in the host process) still leaves a
(host) traceback.  ``dump_traceback_later`` uses a host timer thread that reads
the guest frames of the main thread; ``register`` installs a host signal
handler that dumps them when the signal arrives.  The ``_sigsegv`` family
crash the process on purpose, as in CPython (the test suite uses them).
"""

import faulthandler as host_faulthandler
import os
import signal as host_signal
import threading as host_threading

from snakevm.objspace.root import OperationError
from snakevm.objspace.space import space
from snakevm.objspace.bridge import host_exception
from snakevm.module.moduledef import ModuleDef
from snakevm.interpreter import state
from snakevm.linetable import line_at

MAX_FRAME_DEPTH = 100          # CPython's limit; deeper stacks end with "  ..."


class FaultState:
    """The module's settings for one VM."""

    def __init__(self):
        self.enabled = False
        self.w_file = None          # keeps the guest file object alive, like CPython
        self.later = None           # the host Timer of dump_traceback_later
        self.registered = {}        # signum -> (fd, all_threads, previous host handler)


fault = FaultState()


def _fd_of(w_file):
    """The file descriptor to write to: an int, or the fileno() of a file object
    (sys.stderr when omitted), flushed first."""
    if w_file is None:
        from snakevm.module.sys import guest_stream     # sys needs the interpreter: lazy
        w_file = guest_stream("stderr")
        if w_file is None:
            raise space.error(space.builtin_exception("RuntimeError"), "sys.stderr is None")
    if isinstance(w_file, int):
        if w_file < 0:
            raise space.value_error("file is not a valid file descriptor")
        return w_file, None
    w_fileno = space.call_method(w_file, "fileno")
    fd = space.index(w_fileno)
    if fd < 0:
        raise space.value_error("file is not a valid file descriptor")
    try:
        space.call_method(w_file, "flush")
    except OperationError:          # CPython ignores a failing flush here
        pass
    return fd, w_file


def _stack_text(frame):
    lines = []
    depth = 0
    while frame is not None:
        if depth >= MAX_FRAME_DEPTH:
            lines.append("  ...\n")
            break
        code = frame.code
        line = line_at(code, frame.last_i)
        lines.append('  File "%s", line %s in %s\n' % (
            code.co_filename, "???" if line is None else line, code.co_name))
        frame = frame.back
        depth += 1
    return "".join(lines)


def _dump(fd, all_threads, frame=None, header=""):
    if frame is None:
        frame = state.current_frame
    if all_threads:
        text = "Current thread 0x%016x (most recent call first):\n" % host_threading.get_ident()
    else:
        text = "Stack (most recent call first):\n"
    text = header + text + _stack_text(frame)
    try:
        os.write(fd, text.encode("utf-8", "backslashreplace"))
    except OSError:
        pass


def faulthandler_dump_traceback(file=None, all_threads=True):
    """Dump the traceback of the current thread, or of all threads if
    all_threads is True, into file."""
    fd, _ = _fd_of(file)
    _dump(fd, space.is_true(all_threads))


def faulthandler_enable(file=None, all_threads=True):
    """Enable the fault handler."""
    fd, w_file = _fd_of(file)
    try:
        host_faulthandler.enable(fd, all_threads=space.is_true(all_threads))
    except (OSError, ValueError, RuntimeError) as e:
        raise host_exception(e)
    fault.enabled = True
    fault.w_file = w_file


def faulthandler_disable():
    """Disable the fault handler."""
    was_enabled = fault.enabled
    host_faulthandler.disable()
    fault.enabled = False
    fault.w_file = None
    return was_enabled


def faulthandler_is_enabled():
    """Check if the handler is enabled."""
    return fault.enabled


def faulthandler_dump_traceback_later(timeout, repeat=False, file=None, exit=False):
    """Dump the traceback of all threads in timeout seconds,
    or each timeout seconds if repeat is True. If exit is True, call _exit(1) which is not safe."""
    try:
        seconds = float(timeout) if isinstance(timeout, (int, float)) else space.call_method(
            timeout, "__float__")
    except OperationError:
        raise space.type_error("timeout must be a number (int or float)")
    if seconds <= 0:
        raise space.value_error("timeout must be greater than 0")
    fd, _ = _fd_of(file)
    faulthandler_cancel_dump_traceback_later()
    repeat, exit = space.is_true(repeat), space.is_true(exit)
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    header = "Timeout (%d:%02d:%02d)!\n" % (hours, minutes, secs)

    def fire():
        _dump(fd, True, state.current_frame, header)
        if exit:
            os._exit(1)
        if repeat:
            start()

    def start():
        fault.later = host_threading.Timer(seconds, fire)
        fault.later.daemon = True
        fault.later.start()
    start()


def faulthandler_cancel_dump_traceback_later():
    """Cancel the previous call to dump_traceback_later()."""
    if fault.later is not None:
        fault.later.cancel()
        fault.later = None


def faulthandler_register(signum, file=None, all_threads=True, chain=False):
    """Register a handler for the signal 'signum': dump the traceback of the current
    thread, or of all threads if all_threads is True, into file."""
    signum = space.index(signum)
    if signum in (host_signal.SIGSEGV, host_signal.SIGFPE, host_signal.SIGABRT,
                  host_signal.SIGBUS, host_signal.SIGILL):
        raise space.error(space.builtin_exception("RuntimeError"),
                          "signal %d cannot be registered, use enable() instead" % signum)
    if not 1 <= signum < host_signal.NSIG:
        raise space.value_error("signal number out of range")
    fd, _ = _fd_of(file)
    all_threads = space.is_true(all_threads)
    previous = fault.registered.get(signum, (None, None, host_signal.getsignal(signum)))[2]

    def on_signal(sig, host_frame):
        _dump(fd, all_threads)
        if chain and callable(previous):
            previous(sig, host_frame)
    host_signal.signal(signum, on_signal)
    fault.registered[signum] = (fd, all_threads, previous)


def faulthandler_unregister(signum):
    """Unregister the handler of the signal 'signum' registered by register()."""
    signum = space.index(signum)
    entry = fault.registered.pop(signum, None)
    if entry is None:
        return False
    host_signal.signal(signum, entry[2] if entry[2] is not None else host_signal.SIG_DFL)
    return True


def _crash(name):
    host_crash = getattr(host_faulthandler, name)

    def crash(*args_w):
        host_crash(*args_w)
    crash.__name__ = name
    return crash


def make_module():
    m = ModuleDef("faulthandler", doc=host_faulthandler.__doc__)
    m.function(faulthandler_dump_traceback, "dump_traceback", keywords=True)
    m.function(faulthandler_enable, "enable", keywords=True)
    m.function(faulthandler_disable, "disable")
    m.function(faulthandler_is_enabled, "is_enabled")
    m.function(faulthandler_dump_traceback_later, "dump_traceback_later", keywords=True)
    m.function(faulthandler_cancel_dump_traceback_later, "cancel_dump_traceback_later")
    m.function(faulthandler_register, "register", keywords=True)
    m.function(faulthandler_unregister, "unregister")
    for name in ("_read_null", "_sigabrt", "_sigfpe", "_sigsegv", "_stack_overflow",
                 "_fatal_error_c_thread"):
        if hasattr(host_faulthandler, name):
            m.function(_crash(name), name)
    return m.w_module
