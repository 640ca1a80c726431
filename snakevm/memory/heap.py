"""The tracked heap: the generations of guest objects that can be part of a cycle.

CPython links every container object into the list of its generation.  A
host-level link would keep the object alive, so snakevm's generations hold host
*weak* references (``TrackRef``): each generation is a host set of them, and a
weak reference's callback is its own generation's ``set.discard``, so the host
untracks an object it frees (reference count zero) without running any Python
code.  An object that moves to another generation gets a new weak reference
with that generation's callback.

Allocation counts trigger collections like CPython's: ``counts()[0]`` is the
number of tracked objects allocated since generation 0 was last collected and
still alive (the size of generation 0); ``counts()[1]`` (``[2]``) counts the
collections of generation 0 (1) since generation 1 (2) was last collected.
When the first count passes ``thresholds[0]`` a collection is *scheduled*: it
runs between two guest instructions (the eval breaker), never in the middle of
an allocation.

One Heap per VM (``heap`` below is the running VM's; see issue 13 for state
per VM)."""

import gc as host_gc
import itertools
import operator
import weakref as host_weakref

NUM_GENERATIONS = 3
_SEQ = operator.attrgetter("seq")


class TrackRef(host_weakref.ref):
    """The weak reference a generation holds: hashed and compared by identity (a
    plain weak reference hashes its referent, which would run guest __hash__).
    ``seq`` numbers the allocations: a generation lists its objects in that order,
    as CPython's generation lists do (finalizers in a cycle run in that order)."""
    __slots__ = ("seq",)
    __hash__ = object.__hash__
    __eq__ = object.__eq__


class Heap:
    def __init__(self):
        self.generations = [set() for _ in range(NUM_GENERATIONS)]    # of TrackRef
        self.young = self.generations[0]
        self.young_discard = self.young.discard     # the callback of generation 0's refs
        self.permanent = set()              # gc.freeze()
        self.uncounted = 0                  # of generation 0: not counted (uncount())
        self.next_seq = itertools.count().__next__
        self.collections = [0] * NUM_GENERATIONS    # counts()[1:]
        self.thresholds = [700, 10, 10]
        self.enabled = True                 # gc.enable()/gc.disable()
        self.collecting = False
        self.scheduled = False
        self.debug = 0                      # gc.set_debug() flags
        self.long_lived_total = 0           # survivors of the last full collection
        self.long_lived_pending = 0         # objects that reached generation 2 since then
        self.stats = [{"collections": 0, "collected": 0, "uncollectable": 0}
                      for _ in range(NUM_GENERATIONS)]
        self.w_garbage = None               # gc.garbage and gc.callbacks (guest lists),
        self.w_callbacks = None             # created by the gc module
        self.schedule_hook = None           # eval breaker's request(action), set at start-up
        self.collection_observer = None     # called with what a collection found (visualizer)
        self.caches = host_weakref.WeakSet()    # the inline caches (interpreter/inlinecache.py)

    # -- tracking -----------------------------------------------------------------------
    def track(self, w_obj):
        """Put a new object in generation 0 (called when it is allocated)."""
        young = self.young
        ref = TrackRef(w_obj, self.young_discard)
        ref.seq = self.next_seq()
        young.add(ref)
        if len(young) - self.uncounted > self.thresholds[0] and self.thresholds[0] \
                and self.enabled and not self.collecting and not self.scheduled:
            self._schedule()

    def uncount(self):
        """The object just tracked does not count towards the threshold."""
        self.uncounted += 1

    def counts(self):
        """gc.get_count(): [generation 0's count, collections of 0, collections of 1]."""
        return [max(len(self.young) - self.uncounted, 0)] + self.collections[1:]

    @staticmethod
    def _move(refs, destination):
        """Move the live objects of ``refs`` into the set ``destination`` (with new
        weak references: a reference's callback names its generation)."""
        discard = destination.discard
        for ref in refs:
            w_obj = ref()
            if w_obj is not None:
                moved = TrackRef(w_obj, discard)
                moved.seq = ref.seq
                destination.add(moved)
        refs.clear()

    def _schedule(self):
        if self.schedule_hook is not None:
            self.scheduled = True
            self.schedule_hook(self.collect_scheduled)

    def objects(self, generation=None):
        """The live tracked objects of one generation (all when None)."""
        generations = self.generations if generation is None else [self.generations[generation]]
        result = []
        for refs in generations:
            for ref in sorted(refs, key=_SEQ):
                w_obj = ref()
                if w_obj is not None:
                    result.append(w_obj)
        return result

    def generation_sizes(self):
        return [len(refs) for refs in self.generations]

    # -- collections ----------------------------------------------------------------------
    def collect_scheduled(self):
        """The allocation threshold was passed: collect the oldest generation whose
        count is over its threshold (CPython's gc_collect_generations)."""
        self.scheduled = False
        if not self.enabled or self.collecting:
            return
        counts = self.counts()
        for generation in reversed(range(NUM_GENERATIONS)):
            if counts[generation] > self.thresholds[generation]:
                # a full collection only when enough new long-lived objects piled up
                if generation == NUM_GENERATIONS - 1 and \
                        self.long_lived_pending < self.long_lived_total // 4:
                    continue
                self.collect(generation, "automatic")
                return

    def collect(self, generation, reason="manual"):
        """Collect ``generation`` and the younger ones; returns the number of
        unreachable objects found (0 while a collection is already running)."""
        from snakevm.memory import collector  # collector imports the object space
        if self.collecting:
            return 0
        self.collecting = True
        try:
            if generation == NUM_GENERATIONS - 1:
                for cache in list(self.caches):
                    cache.forget_classes()
            return collector.collect_with_callbacks(self, generation)
        finally:
            self.collecting = False

    def after_collection(self, generation, survivors):
        """Move the survivors up one generation and reset the counts."""
        older = min(generation + 1, NUM_GENERATIONS - 1)
        for younger in range(generation + 1):
            if younger != older:
                self._move(self.generations[younger], self.generations[older])
        if generation + 1 < NUM_GENERATIONS:
            self.collections[generation + 1] += 1
        for younger in range(generation + 1):
            self.collections[younger] = 0
        self.uncounted = 0
        if generation == NUM_GENERATIONS - 2:
            self.long_lived_pending += survivors
        elif generation == NUM_GENERATIONS - 1:
            self.long_lived_pending = 0
            self.long_lived_total = survivors

    # -- gc.freeze() --------------------------------------------------------------------
    def freeze(self):
        for refs in self.generations:
            self._move(refs, self.permanent)
        self.collections = [0] * NUM_GENERATIONS
        self.uncounted = 0

    def unfreeze(self):
        self._move(self.permanent, self.generations[-1])


heap = Heap()


def host_collector_off():
    """Switch the host's cyclic collector off for the run."""
    host_gc.disable()
