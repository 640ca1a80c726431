"""Running programs: ``python -m snakevm FILE|-c CODE``.

Compiles the source with snakevm's compiler (or loads a .pyc with snakevm's
marshal), sets up __main__, builtins and sys, runs the module code with the
interpreter, and reports an uncaught exception exactly as CPython 3.12 does
(traceback on stderr, exit status 1; SystemExit's code as the exit status)."""

import os
import sys as host_sys

from snakevm import limits as resource_limits
from snakevm import sandbox as sandbox_profile
from snakevm.objspace.root import OperationError
from snakevm.memory.heap import host_collector_off


def _setup(argv, path0="", script=None, sandbox=False):
    """Fresh builtins, sys and __main__; sys.path[0] is ``path0`` (the script's
    directory, or '' for -c and -m), like CPython.  With ``sandbox`` the VM is
    sandboxed (snakevm/sandbox.py) once they exist, before any guest code runs."""
    host_collector_off()
    sandbox_profile.disarm()
    from snakevm.interpreter.runtime import interpreter
    from snakevm.module.builtins import make_builtins_module
    from snakevm.module.sys import make_sys_module
    from snakevm.objspace.space import space
    interpreter()
    w_builtins = make_builtins_module()
    w_sys = make_sys_module(argv)
    w_modules = w_sys.w_dict.getitem_str("modules")
    w_modules.storage["builtins"] = w_builtins
    w_modules.storage["sys"] = w_sys
    from snakevm.objspace.moduleobject import W_Module
    w_main = W_Module("__main__")
    d = w_main.w_dict
    d.setitem_str("__builtins__", w_builtins)
    d.setitem_str("__package__", None)
    d.setitem_str("__spec__", None)
    d.setitem_str("__annotations__", space.newdict())
    if script is not None:
        from snakevm.importing.spec import W_SourceFileLoader
        d.setitem_str("__loader__", W_SourceFileLoader("__main__", script))
        d.setitem_str("__cached__", None)
    else:
        from snakevm.module.frozen_importlib import w_builtin_importer_type
        d.setitem_str("__loader__", w_builtin_importer_type)
    w_modules.storage["__main__"] = w_main
    w_sys.w_dict.getitem_str("path").items_w.insert(0, path0)
    host_sys.setrecursionlimit(max(host_sys.getrecursionlimit(), 12000))
    from snakevm.module._signalmodule import install_default_handlers
    install_default_handlers()
    _start_memory_manager()
    if os.environ.get("SNAKEVM_CHECK_VALUES"):      # a debugging aid: see valuecheck.py
        from snakevm.interpreter import valuecheck
        valuecheck.install(interpreter())
    if sandbox:
        from snakevm.module.sys import stdlib_directory
        from snakevm.module.registry import refuse_functions
        sandbox_profile.arm(sandbox_profile.SandboxProfile(), stdlib_directory(), script)
        refuse_functions(w_sys, sandbox_profile.SYS_REFUSED)
    return w_main


def _start_memory_manager():
    """snakevm's collector runs between guest instructions (the host's was switched
    off first thing in _setup); guest finalizers may run from now on."""
    from snakevm.memory.heap import heap
    from snakevm.memory import finalizers
    from snakevm.interpreter import breaker
    heap.schedule_hook = breaker.request
    finalizers.running[0] = True


def _report_syntax_error(e):
    import traceback
    host_sys.stderr.write("".join(traceback.format_exception_only(type(e), e)))
    return 1


def _run(code, w_main, filename=None, main=None, limits=None):
    """Run ``code`` in __main__ (or call ``main()``, a host function running guest code),
    then finish like CPython: uncaught exception, atexit, flushing, closing.  With
    ``limits`` (snakevm.limits.Limits) the run is stopped when one is exceeded."""
    from snakevm.interpreter.runtime import run_code, interpreter
    if filename is not None:
        w_main.w_dict.setitem_str("__file__", filename)
    if limits is not None and limits.any():
        resource_limits.install(limits, interpreter())
    status = 0
    try:
        if main is not None:
            main()
        else:
            run_code(code, w_main.w_dict)
    except OperationError as e:
        _flush()
        status = _handle_uncaught(e.w_value)
    except RecursionError:
        _flush()
        host_sys.stderr.write("RecursionError: maximum recursion depth exceeded\n")
        status = 1
    except resource_limits.LimitExceeded as e:
        return _end_after_limit(e)
    try:
        _at_exit()
        _flush()
        _finalize_modules(w_main)
        _flush()
    except resource_limits.LimitExceeded as e:     # in atexit callbacks or finalizers
        return _end_after_limit(e)
    resource_limits.uninstall(interpreter())
    _close_files()
    if status == _KILLED_BY_SIGINT:
        _die_by_sigint()
    return status


_KILLED_BY_SIGINT = -2


def _end_after_limit(error):
    """A resource limit was exceeded: no guest code runs any more (no atexit
    callbacks, no finalizers); what the program wrote is flushed (unless it was
    the output that went over), the limit is reported as an uncaught
    snakevm.ResourceLimitExceeded, and the status is 1."""
    from snakevm.memory import finalizers
    from snakevm.interpreter.limiterror import guest_limit_exception
    from snakevm.interpreter.traceback import format_exception
    finalizers.running[0] = False
    if error.kind != "output":
        _flush()
    host_sys.stderr.write("".join(format_exception(guest_limit_exception(error))))
    host_sys.stderr.flush()
    try:
        _close_files()
    except resource_limits.LimitExceeded:       # flushing a file onto the standard output
        pass
    return 1


def _at_exit():
    """What CPython does once __main__ has finished: the atexit callbacks."""
    from snakevm.module.atexitmodule import run_exitfuncs
    try:
        run_exitfuncs()
    except OperationError:
        pass


def _finalize_modules(w_main):
    """What CPython's finalization does to __main__: its namespace is released
    entry by entry, in order (but __builtins__), so objects only it held are
    finalized; then a collection finds the cycles.  After that no guest
    finalizer runs any more."""
    from snakevm.memory.heap import heap
    from snakevm.memory import finalizers
    storage = w_main.w_dict.storage
    try:
        for name in list(storage):
            if name != "__builtins__" and name in storage:
                storage[name] = None
        heap.collect(2)
    except OperationError:
        pass
    finalizers.running[0] = False


def _die_by_sigint():
    """An uncaught KeyboardInterrupt ends the process by SIGINT, like CPython, so the
    shell sees a process killed by Ctrl-C."""
    import signal
    host_sys.stdout.flush()
    host_sys.stderr.flush()
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    os.kill(os.getpid(), signal.SIGINT)


def _flush():
    from snakevm.objspace.space import space
    from snakevm.module.sys import guest_stream
    for name in ("stdout", "stderr"):
        w_stream = guest_stream(name)
        if w_stream is not None:
            try:
                space.call_method(w_stream, "flush")
            except (OperationError, resource_limits.LimitExceeded):
                pass


def _close_files():
    """What CPython's finalization does to io objects still open: close them (the
    standard streams are only flushed)."""
    from snakevm.module.sys import guest_stream
    from snakevm.module._io.finalize import close_all
    close_all([guest_stream(name) for name in (
        "stdout", "stderr", "stdin", "__stdout__", "__stderr__", "__stdin__")])


def _handle_uncaught(w_exc):
    """CPython's PyErr_Print for the exception that ended the program: SystemExit
    gives the exit status; anything else goes to sys.excepthook (sys.last_exc and
    friends are set first)."""
    from snakevm.objspace.space import space
    from snakevm.objspace.typeobject import MISSING
    from snakevm.interpreter.traceback import format_exception
    from snakevm.module.sys import current_sys_module
    if space.type(w_exc).is_subtype(space.builtin_exception("SystemExit")):
        return _exit_status(w_exc)
    d = current_sys_module.w_dict
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
            if space.type(e.w_value).is_subtype(space.builtin_exception("SystemExit")):
                return _exit_status(e.w_value)
            _flush()
            host_sys.stderr.write("Error in sys.excepthook:\n")
            host_sys.stderr.write("".join(format_exception(e.w_value)))
            host_sys.stderr.write("\nOriginal exception was:\n")
            host_sys.stderr.write("".join(format_exception(w_exc)))
    host_sys.stderr.flush()
    if space.type(w_exc).is_subtype(space.builtin_exception("KeyboardInterrupt")):
        return _KILLED_BY_SIGINT
    return 1


def _exit_status(w_exc):
    """The process exit status for an uncaught SystemExit (its code printed to
    sys.stderr when it is neither None nor an int)."""
    from snakevm.objspace.space import space
    from snakevm.module.sys import guest_stream
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


def _compile(source, filename):
    from snakevm.compiler import compile_source
    return compile_source(source, filename, "exec")


def run_path(path, argv, trace=False, limits=None, sandbox=False):
    host_collector_off()
    if path.endswith(".pyc"):
        from snakevm import pyc
        try:
            code = pyc.read_pyc(path)
        except pyc.PycError as e:
            host_sys.stderr.write("snakevm: %s\n" % e)
            return 1
        filename = code.co_filename
    else:
        with open(path, "rb") as f:
            source = f.read()
        filename = os.path.abspath(path)        # CPython's __main__.__file__ is absolute
        try:
            code = _compile(source, filename)
        except SyntaxError as e:
            return _report_syntax_error(e)
    w_main = _setup(argv, os.path.dirname(os.path.abspath(path)),
                    None if path.endswith(".pyc") else filename, sandbox=sandbox)
    if trace:
        from snakevm.interpreter.trace import install_tracer
        install_tracer()
    return _run(code, w_main, filename, limits=limits)


def run_command(source, argv, limits=None, sandbox=False):
    host_collector_off()
    try:
        code = _compile(source, "<string>")
    except SyntaxError as e:
        return _report_syntax_error(e)
    w_main = _setup(["-c"] + list(argv[1:]), sandbox=sandbox)
    return _run(code, w_main, limits=limits)


def run_module(name, argv, limits=None, sandbox=False):
    """``-m name``: like CPython, hand the module name to the guest's own
    ``runpy._run_module_as_main``, which finds it (a package runs its __main__),
    imports its parent packages, sets __spec__/__package__/__file__ and
    sys.argv[0], and runs it in __main__'s namespace."""
    from snakevm.objspace.space import space
    from snakevm.module.moduledef import import_guest
    w_main = _setup(["-m"] + list(argv[1:]), os.getcwd(), sandbox=sandbox)

    def main():
        w_runpy = import_guest("runpy")
        space.call(space.getattr(w_runpy, "_run_module_as_main"), [name])
    return _run(None, w_main, main=main, limits=limits)
