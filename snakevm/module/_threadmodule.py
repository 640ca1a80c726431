"""_thread: guest threads are host threads (interpreter/threads.py has the GIL and
the per-thread interpreter state); locks are the host's locks -- lock, RLock --
whose blocking acquire is a host call, so the other threads run meanwhile and
ownership (RLock) is the host thread's.  get_ident is the host thread's (a
pthread_t the host's clock and signal functions accept).  _local is Lib's
_threading_local.local under the C name (made on first use: _threading_local
imports threading, which imports this module); _excepthook is absent, so
threading uses its own Python version, as CPython's threading allows."""

import _thread as host_thread

from snakevm import sandbox
from snakevm.objspace.root import OperationError
from snakevm.objspace.space import space
from snakevm.objspace.bridge import call_host_converted, to_guest
from snakevm.objspace.dictobject import W_Dict
from snakevm.objspace.tupleobject import W_Tuple
from snakevm.interpreter import threads
from snakevm.interpreter.unraisable import write_unraisable
from snakevm.module.hostobjects import host_object_type
from snakevm.module.moduledef import ModuleDef, import_guest
from snakevm.module import sys as sys_module
from snakevm.objspace.typeobject import w_type_type
from snakevm.module import sysextras

_LOCK_METHODS = ("acquire", "acquire_lock", "release", "release_lock", "locked", "locked_lock",
                 "_at_fork_reinit", "__enter__", "__exit__", "__repr__")
_RLOCK_METHODS = ("acquire", "release", "__enter__", "__exit__", "_is_owned", "_release_save",
                  "_acquire_restore", "_recursion_count", "_at_fork_reinit", "__repr__")

w_lock_type = host_object_type("lock", "_thread", host_thread.LockType, _LOCK_METHODS)
w_rlock_type = host_object_type("RLock", "_thread", type(host_thread.RLock()), _RLOCK_METHODS,
                                constructible=True)


def allocate_lock():
    """Create a new lock object. See help(type(threading.Lock())) for
    information about locks."""
    return call_host_converted(host_thread.allocate_lock, [])


def start_new_thread(w_function, w_args, w_kwargs=None):
    """Start a new thread and return its identifier."""
    if space.findattr(w_function, "__call__") is None:
        raise space.type_error("first arg must be callable")
    if not isinstance(w_args, W_Tuple):
        raise space.type_error("2nd arg must be a tuple")
    if w_kwargs is not None and not isinstance(w_kwargs, W_Dict):
        raise space.type_error("optional 3rd arg must be a dictionary")
    if sandbox.active is not None:          # host threads are a host resource
        raise space.error(space.builtin_exception("RuntimeError"),
                          "can't start new thread: threads are not available in the sandbox")
    args_w = list(w_args.items_w)
    kwargs_w = dict(w_kwargs.storage) if w_kwargs is not None else None

    def run():
        try:
            space.call(w_function, args_w, kwargs_w)
        except OperationError as e:
            if not e.match(space.builtin_exception("SystemExit")):
                write_unraisable(e.w_value, "Exception ignored in thread started by",
                                 w_function)
    try:
        return threads.start(run, sysextras.settings.switch_interval)
    except RuntimeError as e:               # the host cannot start a thread
        raise space.error(space.builtin_exception("RuntimeError"), str(e))


def thread_count():
    """Return the number of currently running Python threads, excluding
    the main thread."""
    return threads.threads.count


def set_sentinel():
    """Set a sentinel lock that will be released when the current thread
    state is finalized."""
    lock = host_thread.allocate_lock()
    threads.add_sentinel(lock)
    return to_guest(lock)


def thread_exit():
    """This is synonymous to ``raise SystemExit''."""
    raise space.error(space.builtin_exception("SystemExit"))


def interrupt_main(signum=2):
    """Simulate the arrival of the given signal in the main thread."""
    return call_host_converted(host_thread.interrupt_main, [space.index(signum)])


def daemon_threads_allowed():
    """Return True if daemon threads are allowed in the current interpreter."""
    return True


def stack_size(size=0):
    """Return the thread stack size used when creating new threads."""
    return call_host_converted(host_thread.stack_size, [space.index(size)])


def module_getattr(name):
    """_local: Lib's pure-Python thread-local class under its C name (made once)."""
    w_module = sys_module.current_sys_module.w_dict.getitem_str("modules").storage.get(
        "_thread")
    if name != "_local" or w_module is None:
        raise space.error(space.builtin_exception("AttributeError"),
                          "module '_thread' has no attribute %r" % name)
    w_base = space.getattr(import_guest("_threading_local"), "local")
    w_local = space.call(w_type_type, ["_local", space.newtuple([w_base]), space.newdict(
        {"__module__": "_thread", "__qualname__": "_local"})])
    w_module.w_dict.setitem_str("_local", w_local)
    return w_local


def make_module():
    m = ModuleDef("_thread", doc=host_thread.__doc__)
    m.host_functions(host_thread, ("get_ident", "get_native_id"))
    m.type(w_lock_type, "LockType")
    m.type(w_lock_type, "lock")
    m.type(w_rlock_type)
    for func, names in ((allocate_lock, ("allocate_lock", "allocate")),
                        (start_new_thread, ("start_new_thread", "start_new")),
                        (thread_count, ("_count",)), (set_sentinel, ("_set_sentinel",)),
                        (thread_exit, ("exit", "exit_thread")),
                        (interrupt_main, ("interrupt_main",)),
                        (daemon_threads_allowed, ("daemon_threads_allowed",)),
                        (stack_size, ("stack_size",))):
        for name in names:
            m.function(func, name)
    m.function(module_getattr, "__getattr__")
    m.value("TIMEOUT_MAX", host_thread.TIMEOUT_MAX)
    m.value("error", space.builtin_exception("RuntimeError"))
    return m.w_module
