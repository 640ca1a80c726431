"""The rest of the guest ``sys`` module: information struct sequences
(float_info, int_info, hash_info, thread_info, flags), the hooks
(displayhook, excepthook, unraisablehook, breakpointhook and their __x__
originals), tracing/profiling settings, and build/platform attributes.

Values that describe the platform or the environment the program runs in are
the host process's (float_info, hash_info, flags, stdlib_module_names...),
since the guest's ints, floats, str hashes and environment *are* the host's.
``settrace`` hands its function to interpreter/legacytrace.py; ``setprofile``
only stores its function: the interpreter does not call it yet (documented in
docs/native-modules.md)."""

import os
import sys as host_sys
import threading as host_threading

from snakevm.objspace.root import OperationError
from snakevm.objspace.space import space
from snakevm.objspace.typedef import builtin_function
from snakevm.objspace.typeobject import MISSING
from snakevm import config as run_config
from snakevm.objspace.structseq import structseq_type, new_structseq
from snakevm.objspace.bridge import to_guest
from snakevm.interpreter import state
from snakevm.interpreter import legacytrace, threads
from snakevm.interpreter.runtime import interpreter
from snakevm.interpreter.unraisable import default_unraisablehook
from snakevm.interpreter.traceback import format_exception
from snakevm.module.moduledef import guest_warn, import_guest
from snakevm.module.sysmonitoring import make_monitoring_module
from snakevm.module.sys import stdlib_directory

_FLAGS = ("debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
          "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet",
          "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding",
          "safe_path", "int_max_str_digits")


class SysSettings:
    """Settings the guest's sys functions read and write (one VM)."""

    def __init__(self):
        self.w_profile = None
        self.switch_interval = 0.005
        self.w_asyncgen_firstiter = None
        self.w_asyncgen_finalizer = None
        self.coroutine_origin_depth = 0
        self.audit_hooks_w = []


settings = SysSettings()


def _info(name, host_value, fields):
    w_type = structseq_type(name, "sys", fields)        # (unlike flags and version_info,
                                                        # CPython lets these be made)
    return new_structseq(w_type, [to_guest(getattr(host_value, f)) for f in fields])




def install(d):
    """Add the attributes of this module to the guest sys namespace ``d``."""
    d.setitem_str("float_info", _info("float_info", host_sys.float_info, (
        "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig",
        "epsilon", "radix", "rounds")))
    d.setitem_str("int_info", _info("int_info", host_sys.int_info, (
        "bits_per_digit", "sizeof_digit", "default_max_str_digits",
        "str_digits_check_threshold")))
    d.setitem_str("hash_info", _info("hash_info", host_sys.hash_info, (
        "width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits",
        "cutoff")))
    d.setitem_str("thread_info", _info("thread_info", host_sys.thread_info, (
        "name", "lock", "version")))
    w_flags_type = structseq_type("flags", "sys", _FLAGS, instantiable=False)
    d.setitem_str("flags", new_structseq(w_flags_type, list(run_config.current.flags_values())))
    for name in ("platlibdir", "abiflags", "pycache_prefix", "_framework", "_base_executable",
                 "_home"):
        d.setitem_str(name, to_guest(getattr(host_sys, name, None)))
    d.setitem_str("_stdlib_dir", stdlib_directory())
    d.setitem_str("_git", to_guest(host_sys._git))
    d.setitem_str("monitoring", make_monitoring_module())
    d.setitem_str("__interactivehook__", builtin_function(
        sys_interactivehook, "register_readline", module="site"))
    d.setitem_str("stdlib_module_names", to_guest(frozenset(host_sys.stdlib_module_names)))
    d.setitem_str("_xoptions", to_guest(dict(run_config.current.xoptions)))
    for name, func in _FUNCTIONS:
        d.setitem_str(name, builtin_function(func, name, module="sys", keywords=name in (
            "set_asyncgen_hooks",)))
    for name in ("displayhook", "excepthook", "unraisablehook", "breakpointhook"):
        d.setitem_str("__%s__" % name, d.getitem_str(name))


# -- hooks -----------------------------------------------------------------------------------
def sys_interactivehook():
    """What site.py installs: readline completion for the interactive prompt, which
    snakevm does not have (so it does nothing)."""
    return None


# -- hooks -----------------------------------------------------------------------------------
def sys_displayhook(w_value):
    """Print an object to sys.stdout and also save it in builtins._"""
    if w_value is None:
        return None
    w_builtins = space.builtins_module()
    w_builtins.w_dict.setitem_str("_", None)
    w_stdout = _sys_attribute("stdout")
    if w_stdout is None:
        raise space.error(space.builtin_exception("RuntimeError"), "lost sys.stdout")
    space.call_method(w_stdout, "write", space.repr(w_value))
    space.call_method(w_stdout, "write", "\n")
    w_builtins.w_dict.setitem_str("_", w_value)
    return None


def sys_excepthook(w_type, w_value, w_traceback):
    """Handle an exception by displaying it with a traceback on sys.stderr."""
    w_stderr = _sys_attribute("stderr")
    if not space.isinstance_w(w_value, space.builtin_exception("BaseException")):
        text = "TypeError: print_exception(): Exception expected for value, %s found\n" % (
            space.type(w_value).name)
    else:
        text = "".join(format_exception(w_value))
    if w_stderr is None:
        host_sys.stderr.write(text)
        return None
    space.call_method(w_stderr, "write", text)
    space.call_method(w_stderr, "flush")
    return None


def sys_unraisablehook(w_args):
    """Handle an unraisable exception."""
    default_unraisablehook(w_args)
    return None


def sys_breakpointhook(*args_w, **kwargs_w):
    """This hook function is called by built-in breakpoint()."""
    hookname = os.environ.get("PYTHONBREAKPOINT") or "pdb.set_trace"
    if hookname == "0":
        return None
    module_name, _, attribute = hookname.rpartition(".")
    try:
        w_module = import_guest(module_name or "builtins")
        w_hook = space.getattr(w_module, attribute)
    except OperationError as e:
        if not e.match(space.builtin_exception("ImportError")) and \
                not e.match(space.builtin_exception("AttributeError")):
            raise
        guest_warn('Ignoring unimportable $PYTHONBREAKPOINT: "%s"' % hookname,
                   "RuntimeWarning")
        return None
    return space.call(w_hook, list(args_w), kwargs_w)


def _sys_attribute(name):
    from snakevm.module.sys import current_sys_module     # sys builds on this module
    w_value = current_sys_module.w_dict.getitem_str(name)
    return None if w_value is MISSING else w_value


# -- tracing (interpreter/legacytrace.py) and profiling (stored, not called yet) -------------
def sys_settrace(w_function):
    """Set the global debug tracing function."""
    interp = interpreter()
    legacytrace.settrace(interp, interp.trace, w_function)
    return None


def sys_gettrace():
    """Return the global debug tracing function set with sys.settrace."""
    return interpreter().trace.w_function


def sys_setprofile(w_function):
    """Set the profiling function."""
    settings.w_profile = w_function
    return None


def sys_getprofile():
    """Return the profiling function set with sys.setprofile."""
    return settings.w_profile


def sys_getswitchinterval():
    """Return the current thread switch interval; see sys.setswitchinterval()."""
    return settings.switch_interval


def sys_setswitchinterval(w_interval):
    """Set the ideal thread switching delay inside the Python interpreter."""
    interval = float(w_interval) if isinstance(w_interval, (int, float)) else None
    if interval is None:
        raise space.type_error("must be real number, not %s" % space.type(w_interval).name)
    if interval <= 0.0:
        raise space.value_error("switch interval must be strictly positive")
    settings.switch_interval = interval
    if threads.threads.gil is not None:
        threads.threads.gil.interval = interval
    return None


def sys_get_asyncgen_hooks():
    """Return the installed asynchronous generators hooks."""
    global _w_asyncgen_hooks_type
    if _w_asyncgen_hooks_type is None:
        _w_asyncgen_hooks_type = structseq_type("asyncgen_hooks", "builtins",
                                                ("firstiter", "finalizer"), instantiable=False)
    return new_structseq(_w_asyncgen_hooks_type, [settings.w_asyncgen_firstiter,
                                                  settings.w_asyncgen_finalizer])


_w_asyncgen_hooks_type = None


def sys_set_asyncgen_hooks(firstiter=MISSING, finalizer=MISSING):
    """set_asyncgen_hooks([firstiter] [, finalizer])

    Set a finalizer for async generators objects."""
    for name, w_hook in (("firstiter", firstiter), ("finalizer", finalizer)):
        if w_hook is not MISSING and w_hook is not None and \
                space.findattr(w_hook, "__call__") is None:
            raise space.type_error("callable %s expected, got %s"
                                   % (name, space.type(w_hook).name))
    if firstiter is not MISSING:
        settings.w_asyncgen_firstiter = firstiter
    if finalizer is not MISSING:
        settings.w_asyncgen_finalizer = finalizer
    return None


def sys_get_coroutine_origin_tracking_depth():
    """Check status of origin tracking for coroutine objects in this thread."""
    return settings.coroutine_origin_depth


def sys_set_coroutine_origin_tracking_depth(depth):
    """Enable or disable origin tracking for coroutine objects in this thread."""
    depth = space.index(depth)
    if depth < 0:
        raise space.value_error("depth must be >= 0")
    settings.coroutine_origin_depth = depth
    return None


def sys_addaudithook(w_hook):
    """Adds a new audit hook callback."""
    settings.audit_hooks_w.append(w_hook)
    return None


def sys_call_tracing(w_func, w_args):
    """Call func(*args), while tracing is enabled."""
    if not space.isinstance_w(w_args, space.builtins_type("tuple")):
        raise space.type_error("call_tracing() argument 2 must be tuple, not %s"
                               % space.type(w_args).name)
    return space.call(w_func, space.unpack_iterable(w_args))


def sys_activate_stack_trampoline(backend):
    """Activate stack profiler trampoline *backend* (snakevm has no JIT frames for perf:
    accepted and ignored)."""
    if not isinstance(backend, str):
        raise space.type_error("activate_stack_trampoline() argument must be str, not %s"
                               % space.type(backend).name)
    if backend != "perf":
        raise space.value_error("invalid backend: %s" % backend)
    return None


def sys_current_frames():
    """Return a dict mapping each thread's thread id to its current stack frame."""
    w_result = space.newdict()
    frames = threads.frames_of_other_threads()
    frames[host_threading.get_ident()] = state.current_frame
    for ident, frame in frames.items():
        if frame is not None:
            space.setitem(w_result, ident, frame.expose())
    return w_result


def sys_current_exceptions():
    """Return a dict mapping each thread's identifier to its current raised exception."""
    w_result = space.newdict()
    space.setitem(w_result, host_threading.get_ident(), state.current_exception())
    return w_result


def sys_getrefcount(w_obj):
    """Return the reference count of object (the host's count of the guest object)."""
    return max(host_sys.getrefcount(w_obj) - 2, 1)


def sys_is_finalizing():
    """Return True if Python is exiting."""
    return False


def _returns(value):
    return lambda *args_w: value


_FUNCTIONS = (
    ("displayhook", sys_displayhook), ("excepthook", sys_excepthook),
    ("unraisablehook", sys_unraisablehook), ("breakpointhook", sys_breakpointhook),
    ("settrace", sys_settrace), ("gettrace", sys_gettrace), ("setprofile", sys_setprofile),
    ("getprofile", sys_getprofile), ("_settraceallthreads", sys_settrace),
    ("_setprofileallthreads", sys_setprofile),
    ("getswitchinterval", sys_getswitchinterval), ("setswitchinterval", sys_setswitchinterval),
    ("get_asyncgen_hooks", sys_get_asyncgen_hooks),
    ("set_asyncgen_hooks", sys_set_asyncgen_hooks),
    ("get_coroutine_origin_tracking_depth", sys_get_coroutine_origin_tracking_depth),
    ("set_coroutine_origin_tracking_depth", sys_set_coroutine_origin_tracking_depth),
    ("addaudithook", sys_addaudithook), ("call_tracing", sys_call_tracing),
    ("_current_frames", sys_current_frames), ("_current_exceptions", sys_current_exceptions),
    ("getrefcount", sys_getrefcount), ("is_finalizing", sys_is_finalizing),
    ("getallocatedblocks", _returns(0)), ("getunicodeinternedsize", _returns(0)),
    ("_clear_type_cache", _returns(None)), ("_debugmallocstats", _returns(None)),
    ("activate_stack_trampoline", sys_activate_stack_trampoline),
    ("deactivate_stack_trampoline", _returns(None)),
    ("is_stack_trampoline_active", _returns(False)),
    ("getdlopenflags", lambda: host_sys.getdlopenflags()),
    ("setdlopenflags", lambda flags: host_sys.setdlopenflags(space.index(flags))),
)
