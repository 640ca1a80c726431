"""The sandbox profile: what untrusted guest code may reach of the host.

``arm(SandboxProfile())`` (the runner does it for ``--sandbox`` and the
embedding API) restricts the VM about to run; docs/sandbox.md is the user's
list of everything a sandboxed guest can touch.  The checks live where the
guest reaches the host, each asking this module:

- built-in (native) modules: ``module_allowed(name)`` in the native-module
  table (snakevm/module/registry.py), the one place they are created.  Modules
  that reach the host (sockets, subprocesses, select, signals, resource limits,
  user databases, the locale, faulthandler, the test C API) are not importable;
  ``posix``, ``_signal`` and ``time`` are importable with only their harmless
  functions (``restrict_module``): the rest raise PermissionError.
- the search path: modules are found only in the standard library's directory
  (``search_path()``), whatever the guest puts in sys.path or a package's
  __path__; site-packages is not part of it.
- files: ``check_open(path, fd, writing)`` in io's FileIO: files under the
  standard library's directory (and the program's own file) may be opened for
  reading; the standard descriptors 0, 1 and 2 may be opened (never closed by
  the guest); nothing else.
- tracebacks the runner prints show source lines only of readable files.

One profile per VM (``active`` is the running VM's; see issue 13 for state
per VM)."""

import errno
import os

# Native modules a sandboxed guest may import (pure computation on its own values).
DEFAULT_NATIVE_MODULES = frozenset((
    "builtins", "sys", "itertools", "_collections", "_weakref", "_thread", "errno", "math",
    "cmath", "_struct", "binascii", "zlib", "_md5", "_sha1", "_sha2", "_sha3", "_blake2",
    "unicodedata", "_codecs", "_string", "_random", "array", "_sre", "_io", "_ast",
    "_tokenize", "_opcode", "atexit", "_typing", "_contextvars", "_imp", "marshal", "_stat",
    "_json", "_operator", "_warnings", "pyexpat", "_datetime", "_bz2", "_lzma", "_csv",
    "_queue", "gc", "_abc", "_pickle", "_heapq", "_bisect", "_tracemalloc",
    # importable with only the functions listed in RESTRICTED_MODULES:
    "posix", "_signal", "time",
))

# Modules importable with a part of their functions; the others raise PermissionError.
RESTRICTED_MODULES = {
    "posix": frozenset((
        "fspath", "strerror", "urandom", "getpid", "cpu_count", "register_at_fork",
        "isatty", "get_terminal_size", "device_encoding", "times",
        "WCOREDUMP", "WIFCONTINUED", "WIFSTOPPED", "WIFSIGNALED", "WIFEXITED",
        "WEXITSTATUS", "WTERMSIG", "WSTOPSIG", "major", "minor", "makedev",
        "waitstatus_to_exitcode", "get_blocking", "fsencode", "fsdecode",
    )),
    "_signal": frozenset(("getsignal", "strsignal", "valid_signals", "default_int_handler")),
    "time": frozenset((
        "time", "time_ns", "monotonic", "monotonic_ns", "perf_counter", "perf_counter_ns",
        "process_time", "process_time_ns", "thread_time", "thread_time_ns",
        "clock_gettime", "clock_gettime_ns", "clock_getres", "sleep", "ctime", "gmtime",
        "localtime", "mktime", "asctime", "strftime", "strptime", "get_clock_info",
    )),
}

# Functions of sys that change the host process's state (shared by every VM in it).
SYS_REFUSED = ("set_int_max_str_digits", "setdlopenflags")

STANDARD_FDS = (0, 1, 2)


class SandboxProfile:
    """What a sandboxed VM may reach.  ``native_modules``: the importable built-in
    modules; ``roots``: directories whose modules can be imported and whose files can
    be read (default: the standard library's, without site-packages)."""

    def __init__(self, native_modules=DEFAULT_NATIVE_MODULES, roots=None):
        self.native_modules = frozenset(native_modules) | {"builtins", "sys"}
        self.roots = list(roots) if roots is not None else None
        self.readable_files = set()

    def resolve_roots(self, stdlib_directory):
        if self.roots is None:
            self.roots = [stdlib_directory]
        self.roots = [os.path.realpath(root) for root in self.roots]


# The running VM's profile, or None when it is not sandboxed.
active = None


def arm(profile, stdlib_directory, program_file=None):
    """Sandbox the VM about to run (call before any guest code runs)."""
    global active
    profile.resolve_roots(stdlib_directory)
    if program_file is not None:
        profile.readable_files.add(os.path.realpath(program_file))
    active = profile


def disarm():
    global active
    active = None


def module_allowed(name):
    return active is None or name in active.native_modules


def search_path(entries):
    """The path entries the import system may search: all of them outside the
    sandbox; inside, only those under the roots (the roots when none is)."""
    if active is None:
        return entries
    allowed = [entry for entry in entries if isinstance(entry, str) and _under_roots(entry)]
    return allowed


def default_search_path():
    return list(active.roots)


def _under_roots(path):
    real = os.path.realpath(path)
    for root in active.roots:
        if real == root or real.startswith(root + os.sep):
            parts = real[len(root):].split(os.sep)
            return "site-packages" not in parts and "dist-packages" not in parts
    return False


def file_readable(path):
    """Whether a sandboxed guest may read the file at ``path`` (a host str)."""
    if active is None:
        return True
    if not isinstance(path, str) or "\0" in path:
        return False
    return os.path.realpath(path) in active.readable_files or _under_roots(path)


def open_refusal(path, fd, writing, closefd):
    """None when FileIO may open ``path`` (or descriptor ``fd``); else the reason."""
    if active is None:
        return None
    if path is None:
        if fd not in STANDARD_FDS:
            return "file descriptor %d" % fd
        if closefd:
            return "closing file descriptor %d" % fd
        return None
    if writing or not isinstance(path, str) or not file_readable(path):
        return path
    return None


def refusal_args(what):
    """The arguments of the guest PermissionError for a refused operation."""
    return [errno.EPERM, "Operation not permitted in the snakevm sandbox", what]


def restricted_names(module_name):
    """The functions a sandboxed guest may call in a restricted module, or None."""
    if active is None:
        return None
    return RESTRICTED_MODULES.get(module_name)
