"""Running programs: ``python -m snakevm FILE|-c CODE``.

Compiles the source with snakevm's compiler (or loads a .pyc with snakevm's
marshal), sets up __main__, builtins and sys, runs the module code with the
interpreter, and reports an uncaught exception exactly as CPython 3.12 does
(traceback on stderr, exit status 1; SystemExit's code as the exit status)."""

import os
import sys as host_sys
import warnings as host_warnings

from snakevm import config as run_config
from snakevm import limits as resource_limits
from snakevm import repl
from snakevm import sandbox as sandbox_profile
from snakevm import uncaught
from snakevm.interpreter import compilewarnings
from snakevm.objspace.root import OperationError
from snakevm.memory.heap import host_collector_off


def setup_vm(config, path0=None, script=None):
    """Fresh builtins, sys and __main__ for a run configured by ``config``
    (snakevm.config.Config, which becomes the current one).  sys.path[0] is
    ``path0`` (the script's directory, or '' for -c, - and the prompt, the current
    directory for -m) unless -P/-I; with ``config.sandbox`` the VM is sandboxed
    (snakevm/sandbox.py) once they exist, before any guest code runs."""
    host_collector_off()
    sandbox_profile.disarm()
    run_config.current = config
    from snakevm.interpreter.runtime import interpreter
    from snakevm.module.builtins import make_builtins_module
    from snakevm.module.sys import make_sys_module
    from snakevm.objspace.space import space
    interpreter()
    w_builtins = make_builtins_module()
    w_sys = make_sys_module(config.argv, config.orig_argv)
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
    if path0 is not None and not config.safe_path:
        w_sys.w_dict.getitem_str("path").items_w.insert(0, path0)
    if config.run != "embedded":
        # a host setting (guest ints are host ints), which the host also took from its
        # environment: set it whatever -E says (an embedding host keeps its own)
        host_sys.set_int_max_str_digits(config.flags_values()[-1])
    host_sys.setrecursionlimit(max(host_sys.getrecursionlimit(), 12000))
    if config.signal_handlers:
        from snakevm.module._signalmodule import install_default_handlers
        install_default_handlers()
    _start_memory_manager()
    if os.environ.get("SNAKEVM_CHECK_VALUES"):      # a debugging aid: see valuecheck.py
        from snakevm.interpreter import valuecheck
        valuecheck.install(interpreter())
    if config.sandbox:
        from snakevm.module.sys import stdlib_directory
        from snakevm.module.registry import refuse_functions
        sandbox_profile.arm(sandbox_profile.SandboxProfile(), stdlib_directory(), script)
        refuse_functions(w_sys, sandbox_profile.SYS_REFUSED)
    if config.warnoptions:          # CPython's _warnings reads them at start (and reports bad ones)
        _import_at_start("warnings")
    return w_main


def _import_at_start(name):
    from snakevm.module.moduledef import import_guest
    try:
        import_guest(name)
    except OperationError as e:
        uncaught.handle_uncaught(e.w_value)


def _start_memory_manager():
    """snakevm's collector runs between guest instructions (the host's was switched
    off first thing in setup_vm); guest finalizers may run from now on."""
    from snakevm.memory.heap import heap
    from snakevm.memory import finalizers
    from snakevm.interpreter import breaker
    heap.schedule_hook = breaker.request
    finalizers.running[0] = True


def _report_syntax_error(e):
    import traceback
    host_sys.stderr.write("".join(traceback.format_exception_only(type(e), e)))
    return 1


def _run(code, w_main, filename=None, main=None, compile_warnings=()):
    """Run ``code`` in __main__ (or call ``main()``, a host function running guest code),
    then finish like CPython: uncaught exception, the interactive prompt with -i,
    atexit, flushing, closing.  The run is stopped when a resource limit of the
    current configuration is exceeded."""
    from snakevm.interpreter.runtime import run_code, interpreter
    config = run_config.current
    if filename is not None:
        w_main.w_dict.setitem_str("__file__", filename)
    if config.limits.any():
        resource_limits.install(config.limits, interpreter())
    if config.trace:
        from snakevm.interpreter.trace import install_tracer
        install_tracer()
    if config.jit != "off":
        from snakevm.jit.runtime import Jit        # the compiling tier loads only when used
        interpreter().jit = Jit(interpreter(), config.jit, dump=config.jit_dump)
    inspect = bool(config.inspect)
    status = 0
    try:
        try:
            if compile_warnings:
                compilewarnings.issue(compile_warnings)
            if main is not None:
                main()
            elif code is not None:
                run_code(code, w_main.w_dict)
        except OperationError as e:
            uncaught.flush_std_streams()
            status = uncaught.handle_uncaught(e.w_value, exit_on_system_exit=not inspect)
        except RecursionError:
            uncaught.flush_std_streams()
            host_sys.stderr.write("RecursionError: maximum recursion depth exceeded\n")
            status = 1
        if inspect or config.run == "repl":
            status = repl.interact(w_main, config)
        _at_exit()
        uncaught.flush_std_streams()
        _finalize_modules(w_main)
        uncaught.flush_std_streams()
    except resource_limits.LimitExceeded as e:     # also in atexit callbacks or finalizers
        return _end_after_limit(e)
    resource_limits.uninstall(interpreter())
    _close_files()
    if status == uncaught.KILLED_BY_SIGINT:
        _die_by_sigint()
    return status


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
        uncaught.flush_std_streams()
    host_sys.stderr.write("".join(format_exception(guest_limit_exception(error))))
    host_sys.stderr.flush()
    try:
        _close_files()
    except resource_limits.LimitExceeded:       # flushing a file onto the standard output
        pass
    return 1


def _at_exit():
    """What CPython does once __main__ has finished: wait for the non-daemon threads
    (threading._shutdown, when threading was imported), then the atexit callbacks."""
    from snakevm.module.atexitmodule import run_exitfuncs
    from snakevm.module import sys as sys_module
    from snakevm.objspace.space import space
    w_threading = sys_module.current_sys_module.w_dict.getitem_str("modules").storage.get(
        "threading")
    if w_threading is not None:
        try:
            space.call(space.getattr(w_threading, "_shutdown"), [])
        except OperationError as e:
            from snakevm.interpreter.unraisable import write_unraisable
            write_unraisable(e.w_value, "Exception ignored on threading shutdown")
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


def shut_down(w_main):
    """The end of a VM that is not a program run (the embedding API): atexit
    callbacks, __main__ released, a last collection, files closed."""
    _at_exit()
    uncaught.flush_std_streams()
    _finalize_modules(w_main)
    uncaught.flush_std_streams()
    _close_files()


def _die_by_sigint():
    """An uncaught KeyboardInterrupt ends the process by SIGINT, like CPython, so the
    shell sees a process killed by Ctrl-C."""
    import signal
    host_sys.stdout.flush()
    host_sys.stderr.flush()
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    os.kill(os.getpid(), signal.SIGINT)


def _close_files():
    """What CPython's finalization does to io objects still open: close them (the
    standard streams are only flushed)."""
    from snakevm.module.sys import guest_stream
    from snakevm.module._io.finalize import close_all
    close_all([guest_stream(name) for name in (
        "stdout", "stderr", "stdin", "__stdout__", "__stderr__", "__stdin__")])


def _compile(source, filename):
    """The program's code object and its compile warnings, which the guest issues
    once it runs (interpreter/compilewarnings.py)."""
    from snakevm.compiler import compile_source
    code, error, recorded = compilewarnings.compile_recording(
        lambda: compile_source(source, filename, "exec", optimize=run_config.current.optimize))
    if error is not None:
        for warning in recorded:        # no guest yet to issue them: shown as the host does
            host_warnings.showwarning(warning.message, warning.category, warning.filename,
                                      warning.lineno)
        raise error
    return code, recorded


def run(config):
    """Run what ``config`` (snakevm.config.Config) says; the exit status."""
    if config.run == "file":
        return run_path(config.target, config.argv, config)
    if config.run == "command":
        return run_command(config.target, config.argv, config)
    if config.run == "module":
        return run_module(config.target, config.argv, config)
    if host_sys.stdin.isatty() or config.inspect:       # the interactive prompt
        config = _configured(config, config.argv or [""], run="repl")
        return _run(None, setup_vm(config, ""))
    return run_stdin(config)


def _configured(config, argv, **fields):
    """``config`` or a default Config, with ``argv`` and ``fields`` set; it is the
    current configuration from now on (the compiler's -O level, then setup_vm)."""
    config = (config or run_config.Config()).replace(**fields)
    config.argv = list(argv)
    run_config.current = config
    return config


def run_path(path, argv, config=None):
    config = _configured(config, argv, run="file", target=path)
    host_collector_off()
    if path.endswith(".pyc"):
        from snakevm import pyc
        try:
            code = pyc.read_pyc(path)
        except pyc.PycError as e:
            host_sys.stderr.write("snakevm: %s\n" % e)
            return 1
        filename = code.co_filename
        recorded = ()
    else:
        with open(path, "rb") as f:
            source = f.read()
        if config.skip_first_line:              # -x: the line is skipped, and still counted
            newline = source.find(b"\n")
            source = b"" if newline < 0 else source[newline:]
        filename = os.path.abspath(path)        # CPython's __main__.__file__ is absolute
        try:
            code, recorded = _compile(source, filename)
        except SyntaxError as e:
            return _report_syntax_error(e)
    w_main = setup_vm(config, os.path.dirname(os.path.abspath(path)),
                    None if path.endswith(".pyc") else filename)
    status = _run(code, w_main, filename, compile_warnings=recorded)
    if config.dis_adaptive:                 # --dis --adaptive: the code as the run left it
        from snakevm import dis
        host_sys.stdout.write(dis.disassemble_to_text(code, adaptive=True))
    return status


def run_command(source, argv, config=None):
    config = _configured(config, argv, run="command", target=source)
    host_collector_off()
    try:
        code, recorded = _compile(source, "<string>")
    except SyntaxError as e:
        return _report_syntax_error(e)
    return _run(code, setup_vm(config, ""), compile_warnings=recorded)


def run_stdin(config):
    """The program is standard input (``-``, or no program with stdin not a terminal):
    read it all, then run it as "<stdin>"."""
    config = _configured(config, config.argv or ["-"], run="stdin")
    host_collector_off()
    source = host_sys.stdin.buffer.read()
    try:
        code, recorded = _compile(source, "<stdin>")
    except SyntaxError as e:
        return _report_syntax_error(e)
    return _run(code, setup_vm(config, ""), compile_warnings=recorded)


def run_module(name, argv, config=None):
    """``-m name``: like CPython, hand the module name to the guest's own
    ``runpy._run_module_as_main``, which finds it (a package runs its __main__),
    imports its parent packages, sets __spec__/__package__/__file__ and
    sys.argv[0], and runs it in __main__'s namespace."""
    from snakevm.objspace.space import space
    from snakevm.module.moduledef import import_guest
    config = _configured(config, argv, run="module", target=name)
    w_main = setup_vm(config, os.getcwd())

    def main():
        w_runpy = import_guest("runpy")
        space.call(space.getattr(w_runpy, "_run_module_as_main"), [name])
    return _run(None, w_main, main=main)
