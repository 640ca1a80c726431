"""Guest threads: host threads taking turns at one lock, the GIL (docs/threads.md).

Until a guest starts its first thread there is no GIL and nothing is paid.
From then on exactly one thread runs guest code or snakevm's own code: the
holder of the GIL.  A thread lets go of it

* around every host call through the bridge (bridge.call_host_converted: host C
  code computing on plain values -- sleep, lock waits, I/O, select -- runs
  while other threads run guest code), and
* when another thread has waited for ``sys.getswitchinterval()``: the waiter
  asks, through the eval breaker, and the holder hands the GIL over at its next
  instruction boundary (CPython's forced switching: the holder waits until the
  waiter has it).

The interpreter's running state lives in module-level variables
(interpreter/state.py); a thread's share of it -- its current frame, depth,
exception state, context -- is saved when it lets go of the GIL and installed
again when it takes it back (CPython's PyThreadState_Swap), so every guest
thread has its own stack of frames and its own recursion depth."""

import _thread as host_thread
import os as host_os
import sys as host_sys
import threading as host_threading

from snakevm.interpreter import state
from snakevm.limits import LimitExceeded

# What of interpreter/state.py belongs to one thread.
THREAD_FIELDS = ("current_frame", "depth", "handled_exception", "outer_exceptions",
                 "current_context", "in_host_call", "jit_depth")
NEW_THREAD = (None, 0, None, (), None, False, 0)


def save():
    """The running thread's share of the interpreter state."""
    return (state.current_frame, state.depth, state.handled_exception,
            state.outer_exceptions, state.current_context, state.in_host_call,
            state.jit_depth)


def install(values):
    (state.current_frame, state.depth, state.handled_exception, outer,
     state.current_context, state.in_host_call, state.jit_depth) = values
    state.outer_exceptions = list(outer) if type(outer) is tuple else outer


class GIL:
    """The global interpreter lock: a flag under a condition variable, so that a
    thread handing it over can wait until another thread has taken it."""

    def __init__(self):
        self.cond = host_threading.Condition(host_threading.Lock())
        self.locked = True                  # made by the running thread, which holds it
        self.holder = host_thread.get_ident()
        self.switches = 0                   # how many times it changed hands
        self.waiting = 0                    # threads waiting in take()
        self.drop_requested = False
        self.interval = 0.005               # sys.getswitchinterval() (sysextras keeps it)

    def after_fork_in_child(self):
        """The forking thread is the only one left, and holds the GIL (its own host
        call took it before fork returned, or will): the condition variable may have
        been held by a thread that does not exist here, so it is made anew."""
        self.cond = host_threading.Condition(host_threading.Lock())
        self.locked = False
        self.holder = None
        self.waiting = 0
        self.drop_requested = False

    def take(self):
        with self.cond:
            if self.locked:
                self.waiting += 1
                try:
                    while self.locked:
                        if not self.cond.wait(self.interval) and self.locked \
                                and not self.drop_requested:
                            self.drop_requested = True      # the holder's next instruction
                            # (imported here: the breaker imports the interpreter, and the
                            # bridge imports this module while the object space loads)
                            from snakevm.interpreter import breaker
                            breaker.request(yield_to_waiting)
                finally:
                    self.waiting -= 1
            self.locked = True
            self.holder = host_thread.get_ident()
            self.switches += 1
            self.drop_requested = False
            self.cond.notify_all()

    def drop(self, hand_over=False):
        """Let go; with ``hand_over``, return only once another thread took it (if
        any is waiting), so that the same thread does not take it straight back."""
        with self.cond:
            self.locked = False
            self.holder = None
            self.cond.notify_all()
            if hand_over:
                taken = self.switches
                while self.switches == taken and self.waiting:
                    self.cond.wait()


class Threads:
    """One VM's threads: the GIL once there are several, and how many run."""

    def __init__(self):
        self.gil = None
        self.count = 0                      # threads started by _thread and still running
        self.sentinels = {}                 # host thread ident -> locks released at its end
        self.in_host_call = {}              # host thread ident -> its state, while it is
                                            # in a host call without the GIL
        self.parked = {}                    # host thread ident -> its state, for every
                                            # thread without the GIL (sys._current_frames)


threads = Threads()


def frames_of_other_threads():
    """{host thread ident: its innermost frame (or None)} of the threads without the GIL."""
    return {ident: values[0] for ident, values in list(threads.parked.items())}


def held_by_me():
    gil = threads.gil
    return gil is None or gil.holder == host_thread.get_ident()


def yield_to_waiting():
    """A breaker action: hand the GIL to the thread that asked for it."""
    gil = threads.gil
    if gil is None or not gil.waiting or gil.holder != host_thread.get_ident():
        return
    me = host_thread.get_ident()
    values = threads.parked[me] = save()
    gil.drop(hand_over=True)
    gil.take()
    del threads.parked[me]
    install(values)


def call_without_gil(func, args, kwargs):
    """``func(*args, **kwargs)`` (host code on host values) with the GIL let go."""
    gil = threads.gil
    me = host_thread.get_ident()
    values = threads.in_host_call[me] = threads.parked[me] = save()
    gil.drop()
    try:
        return func(*args, **kwargs)
    finally:
        gil.take()
        del threads.in_host_call[me], threads.parked[me]
        install(values)


def run_during_host_call(action):
    """Run ``action()`` (guest code: a signal handler) in this thread while it is in
    a host call without the GIL: take the GIL and the thread's own state, run, let
    go.  False (and nothing run) when the thread is not in such a call (it is
    waiting for the GIL).  A guest exception ``action`` raises propagates into the
    host call, which is abandoned, as a blocking call is by a signal in CPython."""
    me = host_thread.get_ident()
    values = threads.in_host_call.get(me)
    if values is None:
        return False
    gil = threads.gil
    gil.take()
    install(values)
    try:
        action()
    finally:
        threads.in_host_call[me] = threads.parked[me] = save()
        gil.drop()
    return True


def start(run, interval):
    """Start a host thread running ``run()`` (guest code) with a new thread state;
    the host thread's ident."""
    if threads.gil is None:
        threads.gil = GIL()                 # the first thread: the running one holds it
    threads.gil.interval = interval
    threads.count += 1

    def bootstrap():
        gil = threads.gil
        gil.take()
        install(NEW_THREAD)
        try:
            run()
        except LimitExceeded:
            pass                # the limit stays exceeded: the main thread reports it
        except Exception as e:  # a snakevm bug: one line, as the command line reports them
            host_sys.stderr.write("snakevm: internal error in a thread: %s: %s\n"
                                  % (type(e).__name__, e))
        finally:
            for lock in threads.sentinels.pop(host_thread.get_ident(), ()):
                lock.release()
            threads.count -= 1
            gil.drop()
    return host_thread.start_new_thread(bootstrap, ())


def _after_fork_in_child():
    """In a child process forked by a guest thread only that thread lives on (the
    host calls this before the guest's own after-fork callbacks: registered when
    this module is imported, before any guest code runs)."""
    if threads.gil is not None:
        threads.gil.after_fork_in_child()
        threads.count = 0
        me = host_thread.get_ident()
        threads.sentinels = {me: threads.sentinels.get(me, [])}
        threads.in_host_call = {k: v for k, v in threads.in_host_call.items() if k == me}
        threads.parked = {k: v for k, v in threads.parked.items() if k == me}


host_os.register_at_fork(after_in_child=_after_fork_in_child)


def with_gil(action):
    """``action`` (guest code) made safe to call from a host callback that runs in a
    host call without the GIL (os.fork's at-fork hooks)."""
    def run():
        if threads.gil is None or held_by_me():
            return action()
        done = []
        run_during_host_call(lambda: done.append(action()))
        return done[0] if done else None
    return run


def add_sentinel(lock):
    """``lock`` (a host lock) is released when the running thread ends (the lock
    threading.Thread.join waits on)."""
    threads.sentinels.setdefault(host_thread.get_ident(), []).append(lock)
