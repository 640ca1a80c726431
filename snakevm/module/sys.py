"""The guest ``sys`` module.

VM-wide settings the interpreter reads (recursion limit) live in
snakevm.interpreter.state when that module exists, else here in ``settings``.
"""

import os
import site as host_site        # where this environment's site-packages are
import sys as host_sys

from snakevm import config as run_config

from snakevm.objspace.space import space
from snakevm.objspace.typedef import builtin_function


class _Settings:
    recursion_limit = 1000


settings = _Settings()
current_sys_module = None


def _state():
    try:
        from snakevm.interpreter import state
        return state
    except ImportError:
        return settings


def make_sys_module(argv, orig_argv=None):
    """A fresh guest sys module for a program run with ``argv`` (host list of str),
    set up as snakevm.config.current says (flags, warnings, path, -X options);
    ``orig_argv`` is the host command line, when there is one."""
    global current_sys_module
    config = run_config.current
    argv = list(argv)
    from snakevm.objspace.moduleobject import W_Module
    w_sys = W_Module("sys", doc=host_sys.__doc__)
    d = w_sys.w_dict
    d.setitem_str("argv", space.newlist(list(argv)))
    from snakevm.module._io import std_stream     # the io stack needs sys to exist first
    d.setitem_str("stdin", std_stream(0, False, "stdin"))
    d.setitem_str("stdout", std_stream(1, True, "stdout"))
    d.setitem_str("stderr", std_stream(2, True, "stderr"))
    d.setitem_str("__stdout__", d.getitem_str("stdout"))
    d.setitem_str("__stderr__", d.getitem_str("stderr"))
    d.setitem_str("__stdin__", d.getitem_str("stdin"))
    d.setitem_str("modules", space.newdict())
    d.setitem_str("path", space.newlist(default_path(config)))
    from snakevm.importing import bootstrap       # the import system needs the space
    bootstrap.reset()
    d.setitem_str("meta_path", space.newlist(bootstrap.initial_meta_path()))
    d.setitem_str("path_hooks", space.newlist(bootstrap.initial_path_hooks()))
    d.setitem_str("path_importer_cache", space.newdict())
    from snakevm.module.registry import builtin_module_names
    d.setitem_str("builtin_module_names", space.newtuple(list(builtin_module_names())))
    d.setitem_str("prefix", host_sys.prefix)
    d.setitem_str("base_prefix", host_sys.base_prefix)
    d.setitem_str("exec_prefix", host_sys.exec_prefix)
    d.setitem_str("base_exec_prefix", host_sys.base_exec_prefix)
    d.setitem_str("copyright", host_sys.copyright)
    d.setitem_str("maxunicode", host_sys.maxunicode)
    d.setitem_str("float_repr_style", "short")
    d.setitem_str("warnoptions", space.newlist(list(config.warnoptions)))
    d.setitem_str("orig_argv", space.newlist(list(orig_argv or [host_sys.executable] + argv)))
    d.setitem_str("api_version", host_sys.api_version)
    d.setitem_str("version_info", new_structseq(_version_info_type(), [3, 12, 1, "final", 0]))
    from snakevm.objspace.namespaceobject import new_namespace
    d.setitem_str("implementation", new_namespace(
        name="snakevm", cache_tag="cpython-312", version=d.getitem_str("version_info"),
        hexversion=0x030C01F0, _multiarch=getattr(host_sys.implementation, "_multiarch", "")))
    d.setitem_str("maxsize", host_sys.maxsize)
    d.setitem_str("byteorder", host_sys.byteorder)
    d.setitem_str("platform", host_sys.platform)
    # CPython's shape, "VERSION (BUILD) [COMPILER]", which platform._sys_version parses
    d.setitem_str("version", "%s (snakevm %s) [on %s %s]" % (
        run_config.PYTHON_VERSION, run_config.VERSION, host_sys.implementation.name,
        host_sys.version.split()[0]))
    d.setitem_str("hexversion", 0x030C01F0)
    d.setitem_str("version_info", new_structseq(_version_info_type(), [3, 12, 1, "final", 0]))
    d.setitem_str("executable", host_sys.executable)
    d.setitem_str("dont_write_bytecode", bool(config.dont_write_bytecode))
    for func, name in ((sys_exit, "exit"), (sys_getrecursionlimit, "getrecursionlimit"),
                       (sys_setrecursionlimit, "setrecursionlimit"), (sys_intern, "intern"),
                       (sys_getdefaultencoding, "getdefaultencoding"),
                       (sys_exc_info, "exc_info"), (sys_exception, "exception"),
                       (sys_getframe, "_getframe"),
                       (lambda: host_sys.getfilesystemencoding(), "getfilesystemencoding"),
                       (lambda: host_sys.getfilesystemencodeerrors(),
                        "getfilesystemencodeerrors"),
                       (lambda: host_sys.get_int_max_str_digits(), "get_int_max_str_digits"),
                       (sys_getsizeof, "getsizeof"), (sys_audit, "audit"),
                       (lambda depth=1: _frame_module_name(depth), "_getframemodulename")):
        d.setitem_str(name, builtin_function(func, name, module="sys"))
    d.setitem_str("set_int_max_str_digits", builtin_function(      # (maxdigits=N works)
        sys_set_int_max_str_digits, "set_int_max_str_digits", keywords=True, module="sys"))
    from snakevm.module import sysextras          # sysextras imports the interpreter
    sysextras.install(d)
    for w_module in (w_sys, space.builtins_module()):
        if w_module is None:
            continue
        w_spec = bootstrap.builtin_spec(space.getattr(w_module, "__name__"))
        w_module.w_dict.setitem_str("__spec__", w_spec)
        w_module.w_dict.setitem_str("__loader__", space.getattr(w_spec, "loader"))
        w_module.w_dict.setitem_str("__package__", "")
    current_sys_module = w_sys
    return w_sys


def sys_exit(w_code=None):
    """Raise SystemExit(status); a tuple status becomes the exception's args, as
    PyErr_SetObject does."""
    from snakevm.objspace.root import OperationError
    from snakevm.objspace.tupleobject import W_Tuple
    if w_code is None:
        args_w = []
    elif type(w_code) is W_Tuple and space.type(w_code).name == "tuple":
        args_w = list(w_code.items_w)
    else:
        args_w = [w_code]
    raise OperationError(space.call(space.builtin_exception("SystemExit"), args_w))


def sys_getrecursionlimit():
    return _state().recursion_limit


def sys_setrecursionlimit(limit):
    if not isinstance(limit, int) and space.type(limit).lookup("__index__") is not None:
        limit = space.index(limit)
    if not isinstance(limit, int):
        raise space.type_error("'%s' object cannot be interpreted as an integer"
                               % space.type(limit).name)
    if not -2 ** 31 <= limit < 2 ** 31:
        raise space.error(space.builtin_exception("OverflowError"),
                          "Python int too large to convert to C int")
    if limit < 1:
        raise space.value_error("recursion limit must be greater or equal than 1")
    if _state().depth >= limit:
        raise space.error(space.builtin_exception("RecursionError"),
                          "cannot set the recursion limit to %d at the recursion depth %d: "
                          "the limit is too low" % (limit, _state().depth))
    cap = _state().recursion_cap        # a resource limit (snakevm/limits.py) caps it
    _state().recursion_limit = limit if cap is None else min(limit, cap)


def sys_intern(s):
    return host_sys.intern(s)


def sys_getdefaultencoding():
    return "utf-8"


def guest_stream(name):
    """sys.stdout / sys.stderr of the running program (for print and tracebacks)."""
    if current_sys_module is None:
        return None
    from snakevm.objspace.typeobject import MISSING
    w_stream = current_sys_module.w_dict.getitem_str(name)
    return None if w_stream is MISSING else w_stream


def sys_exception():
    from snakevm.interpreter import state
    return state.current_exception()


def sys_exc_info():
    from snakevm.interpreter import state
    w_exc = state.current_exception()
    if w_exc is None:
        return space.newtuple([None, None, None])
    return space.newtuple([space.type(w_exc), w_exc, w_exc.w_traceback])


def sys_getframe(depth=0):
    """The frame ``depth`` calls below the top of the stack (a C int, as in CPython)."""
    from snakevm.interpreter import state
    depth = space.index(depth)
    if not -(1 << 31) <= depth < (1 << 31):
        raise space.error(space.builtin_exception("OverflowError"),
                          "Python int too large to convert to C int")
    f = state.current_frame
    for _ in range(depth):
        if f is None:
            break
        f = f.back
    if f is None:
        raise space.value_error("call stack is not deep enough")
    return f.expose()


def stdlib_directory():
    """Where the guest finds the pure-Python standard library: CPython 3.12's Lib
    when it is installed beside the host (the guest is a 3.12 VM), else the host's."""
    import sysconfig
    host_lib = sysconfig.get_paths()["stdlib"]
    if host_sys.version_info[:2] == (3, 12):
        return host_lib
    versions = os.path.dirname(os.path.dirname(os.path.dirname(host_lib)))   # e.g. pyenv's
    candidate = os.path.join(versions, "3.12.1", "lib", "python3.12")
    return candidate if os.path.isdir(candidate) else host_lib


def default_path(config):
    """sys.path before the script's directory is put first (by the runner): CPython's,
    $PYTHONPATH first (the zip archive and lib-dynload are listed as in CPython though
    there are no extension modules to find there), then what site adds: the
    site-packages directories the host's site module found in this same environment
    (a virtual environment's own), and the user's site-packages when it exists,
    unless -s/-I, with the directories their .pth files name.  Not with -S.  (snakevm
    does not run Lib's site.py at start: the code lines of .pth files and
    sitecustomize are not run; see docs/cli.md.)"""
    lib = stdlib_directory()
    prefix_lib = os.path.dirname(lib)
    path = list(config.pythonpath) + [os.path.join(prefix_lib, "python312.zip"), lib,
                                      os.path.join(lib, "lib-dynload")]
    if config.no_site:
        return path
    if not config.no_user_site and host_site.ENABLE_USER_SITE:
        user_site = host_site.getusersitepackages()
        if os.path.isdir(user_site):
            path.append(user_site)
    for directory in host_site.getsitepackages():
        if os.path.isdir(directory) and directory not in path:
            path.append(directory)
            path.extend(entry for entry in _pth_directories(directory) if entry not in path)
    return path


def _pth_directories(site_directory):
    """The directories the .pth files of a site-packages directory add, as site.py
    reads them (in name order; lines starting with "import" are code, which
    snakevm's start-up does not run)."""
    try:
        names = sorted(n for n in os.listdir(site_directory) if n.endswith(".pth"))
    except OSError:
        return []
    directories = []
    for name in names:
        try:
            with open(os.path.join(site_directory, name), encoding="utf-8") as f:
                lines = f.read().splitlines()
        except (OSError, UnicodeDecodeError):
            continue
        for line in lines:
            line = line.strip()
            if not line or line.startswith(("#", "import ", "import\t")):
                continue
            directory = os.path.abspath(os.path.join(site_directory, line))
            if os.path.isdir(directory) and directory not in directories:
                directories.append(directory)
    return directories


_structseq_types = {}


def _version_info_type():
    from snakevm.objspace.structseq import structseq_type
    if "version_info" not in _structseq_types:
        _structseq_types["version_info"] = structseq_type(
            "version_info", "sys", ("major", "minor", "micro", "releaselevel", "serial"),
            instantiable=False)
    return _structseq_types["version_info"]


def new_structseq(w_type, items_w):
    from snakevm.objspace.structseq import new_structseq as make
    return make(w_type, items_w)


def sys_getsizeof(w_obj, w_default=None):
    """An estimate (snakevm objects have no C layout): CPython's size for unboxed values."""
    if isinstance(w_obj, (int, float, complex, str, bytes, bool)) or w_obj is None:
        return host_sys.getsizeof(w_obj)
    return 56


def sys_audit(*args_w):
    """Passes the event to any audit hooks that are attached (snakevm raises no audit
    events of its own yet: only those a program raises with sys.audit reach the hooks)."""
    if not args_w:
        raise space.type_error("audit() missing 1 required positional argument: 'event'")
    event = args_w[0]
    if not isinstance(event, str):
        raise space.type_error("expected str for argument 'event', not %s"
                               % space.type(event).name)
    from snakevm.module.sysextras import settings         # sysextras builds on this module
    if settings.audit_hooks_w:
        w_args = space.newtuple(list(args_w[1:]))
        for w_hook in list(settings.audit_hooks_w):
            space.call(w_hook, [event, w_args])
    return None


def _frame_module_name(depth):
    from snakevm.interpreter import state
    f = state.current_frame
    for _ in range(depth):
        if f is None:
            return None
        f = f.back
    if f is None:
        return None
    w_name = f.w_globals.storage.get("__name__")
    return w_name if isinstance(w_name, str) else None


def sys_set_int_max_str_digits(maxdigits):
    """The limit is the host's: guest ints are host ints, and int()/str() of them run on
    the host, so the host's check and messages apply (a documented shared setting)."""
    if not isinstance(maxdigits, int):
        raise space.type_error("'%s' object cannot be interpreted as an integer"
                               % space.type(maxdigits).name)
    try:
        host_sys.set_int_max_str_digits(maxdigits)
    except ValueError as e:
        raise space.value_error(str(e))
