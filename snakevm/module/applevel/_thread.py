"""_thread for snakevm (application level): the single-threaded subset the
standard library needs at import time (locks that never contend).
start_new_thread is not supported.  The thread identity functions are added
at interpreter level (snakevm/module/_threadmodule.py)."""

TIMEOUT_MAX = 4294967.0
error = RuntimeError


# get_ident and get_native_id come from the interpreter level (_threadmodule.py): the
# host thread's identity, which host functions such as time.pthread_getcpuclockid need.


def _count():
    return 0


def stack_size(size=0):
    return 0


def start_new_thread(function, args, kwargs=None):
    raise RuntimeError("snakevm: threads are not supported")


start_new = start_new_thread


class LockType:
    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        if self._locked:
            if not blocking or timeout >= 0:
                return False
            raise RuntimeError("snakevm: acquiring a held lock would block forever "
                               "(no other threads)")
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    def locked(self):
        return self._locked

    def _at_fork_reinit(self):
        self._locked = False

    __enter__ = acquire

    def __exit__(self, *exc):
        self.release()

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked

    def __repr__(self):
        return "<%s _thread.lock object at 0x%x>" % (
            "locked" if self._locked else "unlocked", id(self))


LockType.__name__ = LockType.__qualname__ = "lock"
LockType.__module__ = "_thread"
lock = LockType


def allocate_lock():
    return LockType()


allocate = allocate_lock


class RLock:
    def __init__(self):
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        self._count += 1
        return True

    def release(self):
        if not self._count:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1

    def _is_owned(self):
        return self._count > 0

    __enter__ = acquire

    def __exit__(self, *exc):
        self.release()


RLock.__module__ = "_thread"


class _local:
    pass


_local.__module__ = "_thread"


def _set_sentinel():
    return LockType()


def interrupt_main(signum=2):
    raise KeyboardInterrupt


def exit():
    raise SystemExit


# No _excepthook/_ExceptHookArgs: threading.py then uses its Python versions.
daemon_threads_allowed = lambda: True
