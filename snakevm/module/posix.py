"""posix: the operating-system interface that Lib/os.py builds on, as a bridge
to the host's os module (the documented place where guest code reaches the
host's files, processes and environment; see docs/native-modules.md).

Arguments and results cross unboxed (str, bytes, int, float, bool, None);
host structures become guest struct sequences (os.stat_result, ...) or guest
DirEntry objects; host OSErrors become guest OSErrors with errno, strerror and
filename."""

import os as host_os

from snakevm.objspace.root import W_Root, OperationError
from snakevm.objspace.typedef import builtin_type, builtin_function, method, getset
from snakevm.objspace.space import space
from snakevm.objspace.bridge import host_exception
from snakevm.interpreter.threads import threads as running_threads, call_without_gil, with_gil

# Functions passed straight through (unboxed arguments and results).
_PLAIN = (
    "getcwd", "getcwdb", "listdir", "mkdir", "rmdir", "unlink", "remove", "rename", "replace",
    "chdir", "chmod", "access", "getpid", "getppid", "getuid", "geteuid", "getgid", "getegid",
    "open", "close", "read", "write", "lseek", "isatty", "urandom", "strerror", "umask",
    "readlink", "symlink", "link", "utime", "truncate", "ftruncate", "fsync", "dup", "dup2",
    "pipe", "get_terminal_size", "cpu_count", "device_encoding", "get_blocking",
    "set_blocking", "get_inheritable", "set_inheritable", "putenv", "unsetenv", "kill",
    "getlogin", "uname", "times", "waitstatus_to_exitcode", "getloadavg", "_exit",
    "fspath", "system", "sysconf", "pathconf", "fpathconf", "confstr",
)


_SPECIAL = ("stat", "lstat", "fstat", "scandir", "register_at_fork")


def _register_at_fork(*, before=None, after_in_child=None, after_in_parent=None):
    """Register callables to be called when forking a new process (the host calls
    host functions that call the guest callables)."""
    hooks = {}
    for name, w_func in (("before", before), ("after_in_child", after_in_child),
                         ("after_in_parent", after_in_parent)):
        if w_func is None:
            continue
        if space.findattr(w_func, "__call__") is None:
            raise space.type_error("'%s' must be callable, not %s"
                                   % (name, space.type(w_func).name))
        # (the host calls them inside os.fork, a host call without the GIL)
        hooks[name] = with_gil((lambda w: lambda: space.call(w, []))(w_func))
    if not hooks:
        raise space.type_error("At least one argument is required.")
    host_os.register_at_fork(**hooks)


def _guest_error(e):
    return host_exception(e)


def _to_host(w_value):
    """Unboxed values pass as they are; os.PathLike guest objects give their path."""
    if isinstance(w_value, (str, bytes, int, float, bool)) or w_value is None:
        return w_value
    from snakevm.objspace.tupleobject import W_Tuple
    from snakevm.objspace.listobject import W_List
    if isinstance(w_value, (W_Tuple, W_List)):
        return [_to_host(w) for w in w_value.items_w] if isinstance(w_value, W_List) else \
            tuple(_to_host(w) for w in w_value.items_w)
    w_fspath = space.type(w_value).lookup("__fspath__")
    if w_fspath is not None:
        return space.call(space.get(w_fspath, w_value), [])
    from snakevm.objspace.scalarmethods import to_host
    return to_host(w_value)


_STRUCTS = {}
_POSIX_STRUCTS = ("times_result", "uname_result")


def _struct_type(name, fields, visible=None):
    if name not in _STRUCTS:
        from snakevm.objspace.structseq import structseq_type
        module = "posix" if name in _POSIX_STRUCTS else "os"     # (as CPython names them)
        _STRUCTS[name] = structseq_type(name, module, fields, visible)
    return _STRUCTS[name]


_STAT_FIELDS = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size")
_STAT_HIDDEN = ("st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns",
                "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev")


def _fill_float_times(w_result):
    """CPython's statresult_new: st_atime/st_mtime/st_ctime left None default to the
    integer times (items 7..9)."""
    for index, name in enumerate(("st_atime", "st_mtime", "st_ctime")):
        if w_result.hidden_w.get(name) is None:
            w_result.hidden_w[name] = w_result.items_w[7 + index]


def _stat_result_type():
    if "stat_result" not in _STRUCTS:
        from snakevm.objspace.structseq import structseq_type
        w_type = structseq_type("stat_result", "os", _STAT_FIELDS, 10, _STAT_HIDDEN,
                                post_new=_fill_float_times)
        w_type.dict_w["n_fields"] = 19
        _STRUCTS["stat_result"] = w_type
    return _STRUCTS["stat_result"]


def _guest_value(value):
    from snakevm.objspace.structseq import new_structseq
    if isinstance(value, host_os.stat_result):
        items = [value[i] for i in range(10)]           # the tuple part: int times
        hidden = {name: getattr(value, name, 0) for name in _STAT_HIDDEN}
        return new_structseq(_stat_result_type(), items, hidden)
    if type(value).__name__ in _FIELDS:
        fields = _FIELDS[type(value).__name__]
        return new_structseq(_struct_type(type(value).__name__, fields),
                             [_guest_value(v) for v in value])
    if isinstance(value, tuple):
        return space.newtuple([_guest_value(v) for v in value])
    if isinstance(value, list):
        return space.newlist([_guest_value(v) for v in value])
    return value


_FIELDS = {"terminal_size": ("columns", "lines"),
           "uname_result": ("sysname", "nodename", "release", "version", "machine"),
           "times_result": ("user", "system", "children_user", "children_system", "elapsed")}


def _bridge(name):
    host_function = getattr(host_os, name)

    def call(*args_w, **kwargs_w):
        args = [_to_host(w) for w in args_w]
        kwargs = {k: _to_host(w) for k, w in kwargs_w.items()}
        try:
            if running_threads.gil is None:
                result = host_function(*args, **kwargs)
            else:                       # a blocking call (read, waitpid...) lets others run
                result = call_without_gil(host_function, args, kwargs)
        except OperationError:
            raise
        except (OSError, ValueError, TypeError, OverflowError) as e:
            raise _guest_error(e)
        return _guest_value(result)
    call.__name__ = name
    return call


def _stat(path, *, dir_fd=None, follow_symlinks=True):
    try:
        return _guest_value(host_os.stat(_to_host(path), dir_fd=dir_fd,
                                         follow_symlinks=follow_symlinks))
    except (OSError, ValueError, TypeError) as e:
        raise _guest_error(e)


def _lstat(path, *, dir_fd=None):
    return _stat(path, dir_fd=dir_fd, follow_symlinks=False)


def _fstat(fd):
    try:
        return _guest_value(host_os.fstat(fd))
    except OSError as e:
        raise _guest_error(e)


# -- scandir ------------------------------------------------------------------------------
class W_DirEntry(W_Root):
    def __init__(self, entry):
        self.entry = entry


w_direntry_type = builtin_type("DirEntry", instance_class=W_DirEntry, module="posix",
                               acceptable_as_base=False)
getset(w_direntry_type, "name")(lambda w_self: w_self.entry.name)
getset(w_direntry_type, "path")(lambda w_self: w_self.entry.path)
method(w_direntry_type, "inode")(lambda w_self: w_self.entry.inode())
method(w_direntry_type, "__fspath__")(lambda w_self: w_self.entry.path)
method(w_direntry_type, "__repr__")(lambda w_self: "<DirEntry %r>" % w_self.entry.name)
for _name in ("is_dir", "is_file", "is_symlink"):
    method(w_direntry_type, _name, keywords=True)(
        (lambda n: lambda w_self, **kw: getattr(w_self.entry, n)(**kw))(_name))
method(w_direntry_type, "is_junction")(lambda w_self: False)
method(w_direntry_type, "stat", keywords=True)(
    lambda w_self, follow_symlinks=True: _guest_value(w_self.entry.stat(
        follow_symlinks=follow_symlinks)))


class W_ScandirIterator(W_Root):
    def __init__(self, host_iterator):
        self.host_iterator = host_iterator

    def next_w(self):
        from snakevm.objspace.space import STOP_ITERATION
        try:
            return W_DirEntry(next(self.host_iterator))
        except StopIteration:
            return STOP_ITERATION
        except OSError as e:
            raise _guest_error(e)


w_scandir_iterator_type = builtin_type("ScandirIterator", instance_class=W_ScandirIterator,
                                       module="posix", acceptable_as_base=False)
method(w_scandir_iterator_type, "__iter__")(lambda w_self: w_self)


@method(w_scandir_iterator_type, "__next__")
def scandir_next(w_self):
    from snakevm.objspace.space import STOP_ITERATION
    w_entry = w_self.next_w()
    if w_entry is STOP_ITERATION:
        raise space.error(space.builtin_exception("StopIteration"))
    return w_entry


method(w_scandir_iterator_type, "close")(lambda w_self: w_self.host_iterator.close())
method(w_scandir_iterator_type, "__enter__")(lambda w_self: w_self)
method(w_scandir_iterator_type, "__exit__")(
    lambda w_self, *args_w: w_self.host_iterator.close())


def _scandir(path="."):
    try:
        return W_ScandirIterator(host_os.scandir(_to_host(path)))
    except OSError as e:
        raise _guest_error(e)


def make_posix_module():
    from snakevm.objspace.moduleobject import W_Module
    w_module = W_Module("posix", doc="This module provides access to operating system "
                                     "functionality that is standardized by the C Standard "
                                     "and the POSIX standard (a thinly disguised Unix "
                                     "interface).  Refer to the library manual and "
                                     "corresponding Unix manual entries for more information "
                                     "on calls.")
    d = w_module.w_dict
    import posix as host_posix                # the functions the host's posix module has
    for name in sorted(set(_PLAIN) | {n for n in dir(host_posix) if not n.startswith("_")
                                      and callable(getattr(host_posix, n))
                                      and not isinstance(getattr(host_posix, n), type)}):
        if hasattr(host_os, name) and name not in _SPECIAL:
            d.setitem_str(name, builtin_function(_bridge(name), name, keywords=True,
                                                 module="posix"))
    for name, func in (("stat", _stat), ("lstat", _lstat), ("fstat", _fstat),
                       ("scandir", _scandir), ("register_at_fork", _register_at_fork)):
        d.setitem_str(name, builtin_function(func, name, keywords=True, module="posix"))
    for name in dir(host_os):
        value = getattr(host_os, name)
        if name.isupper() and isinstance(value, int) and not isinstance(value, bool):
            d.setitem_str(name, value)
    w_environ = space.newdict()
    for key, value in host_os.environb.items():
        w_environ.storage[key] = value
    d.setitem_str("environ", w_environ)
    d.setitem_str("error", space.builtin_exception("OSError"))
    d.setitem_str("stat_result", _stat_result_type())
    d.setitem_str("DirEntry", w_direntry_type)
    d.setitem_str("_have_functions", space.newlist([]))
    d.setitem_str("terminal_size", _struct_type("terminal_size", _FIELDS["terminal_size"]))
    return w_module
