"""Resource limits for a run: instructions, wall time, memory, recursion depth, output.

``install(Limits(...))`` arms an ``Enforcer``; it is switched on by the
command-line options (``--max-instructions`` ...) and the embedding API.
Without limits nothing here runs: the eval loop's per-instruction hook slot
(``Interpreter.set_hook``) stays empty.

How each limit is enforced (docs/sandbox.md has the user's view):

- instructions and wall time: the Enforcer's hook runs before every guest
  instruction; it counts down to a checkpoint (at most every ``CHECK_EVERY``
  instructions, exactly at the instruction budget) where it checks the count,
  the clock and the memory estimate.  ``time.sleep`` sleeps no further than the
  deadline; a single host operation that runs past the deadline (a huge
  regular-expression backtrack) is interrupted by a SIGALRM backstop.
- memory: an estimate kept by snakevm, not the process's size: every tracked
  guest object the memory manager holds counts ``OBJECT_BYTES``; large
  containers (``LARGE_ELEMENTS`` elements or more) count their storage; large
  strings, bytes and ints (``LARGE_BYTES`` or more) count their size for as
  long as something holds them.  An operation that would make one value larger
  than the memory left (``'x' * 10**10``, ``[0] * 10**10``, ``2 ** 10**10``,
  ``1 << 10**10``, ``bytes(10**10)``) is refused before it allocates.
- recursion depth: the guest's recursion limit is capped (sys.setrecursionlimit
  may lower it, not raise it past the cap); a call past the cap exceeds the limit.
- output: bytes written to the standard output and error file descriptors;
  what fits is written, then the limit is exceeded.

Exceeding a limit raises the host exception ``LimitExceeded``: it unwinds
every guest frame without running any guest handler, ``finally`` block or
``__exit__`` (the guest cannot catch or suppress it), and the limit stays
exceeded: any guest code that would still run (a finalizer, a guest
sys.stdout's ``write``) raises it again at its first instruction.  The runner
reports it as the guest exception ``snakevm.ResourceLimitExceeded`` with the
guest traceback of where it happened, and the run ends with status 1.

One Enforcer per VM (``active`` is the running VM's; see issue 13 for state
per VM)."""

import itertools
import signal
import sys as host_sys
import threading
import time
import weakref as host_weakref

from snakevm.interpreter import state as interpreter_state
from snakevm.memory.heap import heap as vm_heap

CHECK_EVERY = 1000          # instructions between two checkpoints
OBJECT_BYTES = 800          # what one tracked guest object costs in snakevm's host
                            # representation (measured: a 3-element list 833 bytes)
LARGE_ELEMENTS = 4096       # containers at least this long count their storage
LARGE_BYTES = 65536         # str/bytes/int values at least this large count their size
ALARM_GRACE = 0.5           # seconds past the deadline before the SIGALRM backstop fires

KINDS = ("instructions", "time", "memory", "recursion", "output")


class Limits:
    """The limits of one run; None means unlimited.  ``time`` is in seconds,
    ``memory`` and ``output`` in bytes, ``recursion`` in frames."""

    def __init__(self, instructions=None, time=None, memory=None, recursion=None, output=None):
        self.instructions = instructions
        self.time = time
        self.memory = memory
        self.recursion = recursion
        self.output = output

    def any(self):
        return any(getattr(self, kind) is not None for kind in KINDS)

    def __repr__(self):
        return "Limits(%s)" % ", ".join("%s=%r" % (kind, getattr(self, kind))
                                        for kind in KINDS if getattr(self, kind) is not None)


class LimitExceeded(BaseException):
    """A limit was exceeded.  A host BaseException, so snakevm's conversion of host
    exceptions (which catches Exception) lets it through, and no guest handler
    sees it.  ``frame`` is the innermost guest frame when it happened: the guest
stack is recorded for the report."""

    def __init__(self, kind, message, frame=None):
        BaseException.__init__(self, message)
        self.kind = kind
        self.message = message
        self.frames = []                    # [(frame, last_i)], innermost first
        while frame is not None:            # (unwinding will cut the frames' links)
            self.frames.append((frame, frame.last_i))
            frame = frame.back


def _describe(kind, limits):
    if kind == "instructions":
        return "instruction limit of %d exceeded" % limits.instructions
    if kind == "time":
        return "time limit of %g s exceeded" % limits.time
    if kind == "memory":
        return "memory limit of %d bytes exceeded" % limits.memory
    if kind == "recursion":
        return "recursion depth limit of %d exceeded" % limits.recursion
    return "output limit of %d bytes exceeded" % limits.output


class Enforcer:
    """The running state of the limits: counters, the deadline, the memory ledger."""

    def __init__(self, limits, heap, state):
        self.limits = limits
        self.heap = heap                    # snakevm.memory.heap.heap: tracked object counts
        self.state = state                  # snakevm.interpreter.state: depth, recursion limit
        self.executed = 0                   # instructions before the current period
        self.period = 0                     # instructions between the last checkpoint and the next
        self.countdown = 0                  # instructions left until the next checkpoint
        self.deadline = None
        self.tripped = None                 # the kind of the limit exceeded, once it is
        self.output_written = 0
        self.large_values = []              # large unboxed values, held until swept
        self.large_values_bytes = 0
        self.large_containers = {}          # id -> host weakref of a large guest container
        self.kinds = {}                     # host class -> what observe() looks at
        self._alarm_set = False

    # -- the per-instruction hook ------------------------------------------------------
    def start(self, interp):
        """Arm the limits for a run on ``interp`` (the Interpreter)."""
        limits = self.limits
        if limits.time is not None:
            self.deadline = time.monotonic() + limits.time
            self._set_alarm(limits.time + ALARM_GRACE)
        if limits.recursion is not None:
            self.state.recursion_cap = limits.recursion
            self.state.recursion_limit = min(self.state.recursion_limit, limits.recursion)
        self.period = self.countdown = self._next_period()
        if limits.instructions is not None or limits.time is not None or \
                limits.memory is not None:
            interp.set_hook("limits", self.hook_with_memory if limits.memory is not None
                            else self.hook)

    def stop(self, interp):
        self.state.recursion_cap = None
        interp.set_hook("limits", None)
        self._clear_alarm()

    def hook(self, f, index, op, oparg):
        self.countdown -= 1
        if self.countdown <= 0:
            self.checkpoint(f)

    def hook_with_memory(self, f, index, op, oparg):
        """``hook``, and a look at the value the last instruction left on the stack:
        a large value or container starts counting towards the memory limit."""
        stack = f.stack
        if stack:
            value = stack[-1]
            kind = self.kinds.get(value.__class__)
            if kind is not _OTHER and (kind is not _INT or
                                       not _LARGE_NEGATIVE_INT < value < _LARGE_INT):
                self.observe(value, f)
        self.countdown -= 1
        if self.countdown <= 0:
            self.checkpoint(f)

    def _next_period(self):
        n = CHECK_EVERY
        if self.limits.instructions is not None:
            n = min(n, self.limits.instructions + 1 - self.executed)
        return max(n, 1)

    def checkpoint(self, f):
        """Every CHECK_EVERY instructions (and at the instruction budget)."""
        if self.tripped is not None:
            self.exceed(self.tripped, f)
        self.executed += self.period - self.countdown
        limits = self.limits
        if limits.instructions is not None and self.executed > limits.instructions:
            self.exceed("instructions", f)
        if self.deadline is not None and time.monotonic() > self.deadline:
            self.exceed("time", f)
        if limits.memory is not None:
            self.ensure_room(0, f)
        self.period = self.countdown = self._next_period()

    def exceed(self, kind, f=None):
        """Raise LimitExceeded; from now on every guest instruction raises it again."""
        self.tripped = kind
        self.period = self.countdown = 0    # the next instruction checks again
        self._clear_alarm()
        raise LimitExceeded(kind, _describe(kind, self.limits),
                            f if f is not None else self.state.current_frame)

    # -- memory ----------------------------------------------------------------------------
    def memory_in_use(self):
        """The estimate: tracked objects, large containers' storage, large values."""
        heap = self.heap
        objects = sum(len(generation) for generation in heap.generations) + len(heap.permanent)
        total = objects * OBJECT_BYTES + self.large_values_bytes
        for key, ref in list(self.large_containers.items()):
            w_obj = ref()
            if w_obj is None:
                del self.large_containers[key]
            else:
                total += _storage_bytes(w_obj)
        return total

    def observe(self, value, f):
        cls = value.__class__
        kind = self.kinds.get(cls)
        if kind is None:
            kind = self.kinds[cls] = _value_kind(value)
        if kind is _OTHER:
            return
        if kind is _SIZED:
            if len(value) >= LARGE_BYTES:
                self.add_large_value(value, f)
        elif kind is _INT:
            if not _LARGE_NEGATIVE_INT < value < _LARGE_INT:
                self.add_large_value(value, f)
        else:
            storage = getattr(value, kind, None)
            if storage is not None and len(storage) >= LARGE_ELEMENTS and \
                    id(value) not in self.large_containers:
                self.watch_container(value, f)

    def watch_container(self, w_obj, f):
        """Count a large container's storage from now on."""
        try:
            self.large_containers[id(w_obj)] = host_weakref.ref(w_obj, self._forget_container)
        except TypeError:
            return
        self.ensure_room(0, f)

    def _forget_container(self, ref):
        for key, other in list(self.large_containers.items()):
            if other is ref:
                del self.large_containers[key]

    def add_large_value(self, value, f=None):
        for held in self.large_values:
            if held is value:
                return
        self.large_values.append(value)
        self.large_values_bytes += host_sys.getsizeof(value)
        self.ensure_room(0, f)

    def _sweep_large_values(self):
        """Let go of the large values nothing but this list holds any more."""
        kept = []
        for value in self.large_values:
            # held by: the list, ``value`` and getrefcount's argument
            if host_sys.getrefcount(value) > 3:
                kept.append(value)
        self.large_values = kept
        self.large_values_bytes = sum(host_sys.getsizeof(value) for value in kept)

    def check_allocation(self, nbytes):
        """Refuse an allocation of ``nbytes`` that cannot fit in the memory left."""
        if self.limits.memory is not None:
            self.ensure_room(nbytes)

    def ensure_room(self, nbytes, f=None):
        """Exceed the memory limit unless ``nbytes`` more fit in it (after letting go of
        the large values nothing else holds any more)."""
        if nbytes + self.memory_in_use() > self.limits.memory:
            self._sweep_large_values()
            if nbytes + self.memory_in_use() > self.limits.memory:
                self.exceed("memory", f)

    def check_host_loop(self, storage):
        """A host loop building ``storage`` (a host list or dict) for the guest, with no
        guest instruction in between (list(itertools.count())): the clock, and the
        memory it would take."""
        if self.tripped is not None:
            self.exceed(self.tripped)
        if self.deadline is not None and time.monotonic() > self.deadline:
            self.exceed("time")
        self.check_allocation(_container_bytes(storage))

    # -- output ------------------------------------------------------------------------------
    def allow_output(self, nbytes):
        """How many of ``nbytes`` bytes the output may still take (the caller writes
        those, then calls wrote_output)."""
        if self.limits.output is None:
            return nbytes
        return max(0, min(nbytes, self.limits.output - self.output_written))

    def wrote_output(self, nbytes, cut):
        """``nbytes`` were written; ``cut``: the output limit kept some back."""
        self.output_written += nbytes
        if cut:
            self.exceed("output")

    # -- blocking calls ----------------------------------------------------------------------
    def sleep_time(self, seconds):
        """The part of a guest sleep of ``seconds`` that ends before the deadline."""
        if self.deadline is None:
            return seconds
        return max(0.0, min(seconds, self.deadline - time.monotonic() + 0.001))

    def after_blocking_call(self):
        if self.deadline is not None and time.monotonic() > self.deadline:
            self.exceed("time")

    # -- the SIGALRM backstop --------------------------------------------------------------------
    def _set_alarm(self, seconds):
        if threading.current_thread() is not threading.main_thread() or \
                not hasattr(signal, "setitimer"):
            return
        signal.signal(signal.SIGALRM, self._alarm)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        self._alarm_set = True

    def _clear_alarm(self):
        if self._alarm_set and threading.current_thread() is threading.main_thread():
            self._alarm_set = False
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, signal.SIG_DFL)

    def _alarm(self, signum, frame):
        """A host operation ran past the deadline without reaching a checkpoint."""
        if self.tripped is None:
            self.exceed("time")


SAMPLE = 16                 # elements of a large container looked at for their sizes


def _storage_bytes(w_obj):
    """A large container's storage, and its unboxed elements estimated from a sample
    (guest objects among them are counted as tracked objects already)."""
    storage = getattr(w_obj, "items_w", None)
    if storage is None:
        storage = getattr(w_obj, "storage", None)
    return 0 if storage is None else _container_bytes(storage)


def _container_bytes(storage):
    try:
        if isinstance(storage, dict):
            sample = list(itertools.islice(storage.items(), SAMPLE))
            sample = [value for item in sample for value in item]
            per_entry = 2
        else:
            sample = list(itertools.islice(storage, 0, None, max(1, len(storage) // SAMPLE)))
            per_entry = 1
        unboxed = sum(host_sys.getsizeof(value) for value in sample
                      if value.__class__ in _UNBOXED)
        elements = unboxed * len(storage) * per_entry // max(1, len(sample))
    except (TypeError, ValueError, RuntimeError):     # a storage that is not a plain container
        elements = 0
    return host_sys.getsizeof(storage) + elements


_UNBOXED = (int, float, complex, str, bytes)

# What observe() looks at in a value of some class: nothing, its len(), its value
# (ints), or the name of the attribute holding its storage (guest containers).
_OTHER, _SIZED, _INT = "other", "sized", "int"
_LARGE_INT = 1 << (LARGE_BYTES * 8)
_LARGE_NEGATIVE_INT = -_LARGE_INT


def _value_kind(value):
    cls = value.__class__
    if cls is str or cls is bytes:
        return _SIZED
    if cls is int:
        return _INT
    for attribute in ("items_w", "storage"):
        if isinstance(getattr(value, attribute, None), (list, dict)):
            return attribute
    return _OTHER


# The running VM's enforcer, or None when it runs without limits.
active = None


def install(limits, interp):
    """Arm ``limits`` for the run about to start on ``interp``; returns the Enforcer."""
    global active
    uninstall(interp)
    active = Enforcer(limits, vm_heap, interpreter_state)
    active.start(interp)
    return active


def uninstall(interp):
    global active
    if active is not None:
        active.stop(interp)
        active = None


def tripped():
    """The kind of the limit exceeded in this run, or None."""
    return active.tripped if active is not None else None


def check_allocation(nbytes):
    if active is not None:
        active.check_allocation(nbytes)


def estimated_product_bytes(w_a, w_b, symbol):
    """A quick upper estimate of the size of ``w_a <symbol> w_b`` for the
    operations that can make one huge value from small operands (0 if small)."""
    op = symbol.rstrip("=")
    if op == "+":
        return _sequence_bytes(w_a) + _sequence_bytes(w_b)
    if op == "*":
        for seq, count in ((w_a, w_b), (w_b, w_a)):
            if count.__class__ is int and count > 1:
                if seq.__class__ in (str, bytes):
                    return len(seq) * count * (1 if seq.__class__ is bytes else 4)
                items = getattr(seq, "items_w", None)
                if items is not None and isinstance(items, list):
                    return len(items) * count * 8
                data = getattr(seq, "data", None)
                if isinstance(data, bytearray):
                    return len(data) * count
        return 0
    if w_a.__class__ is not int or w_b.__class__ is not int or w_b <= 0:
        return 0
    if op == "**":
        return abs(w_a).bit_length() * w_b // 8 if abs(w_a) > 1 else 0
    if op == "<<":
        return (w_a.bit_length() + w_b) // 8 if w_a else 0
    return 0


def _sequence_bytes(w_seq):
    if w_seq.__class__ in (str, bytes):
        return len(w_seq) * (1 if w_seq.__class__ is bytes else 4)
    items = getattr(w_seq, "items_w", None)
    return len(items) * 8 if isinstance(items, list) else 0


def check_operation(w_a, w_b, symbol):
    """Refuse ``w_a <symbol> w_b`` when its result alone would pass the memory limit."""
    if active is not None and active.limits.memory is not None:
        nbytes = estimated_product_bytes(w_a, w_b, symbol)
        if nbytes >= LARGE_BYTES:
            active.check_allocation(nbytes)
