"""The tracked heap: the generations of guest objects that can be part of a cycle.

CPython links every container object into the list of its generation.  A
host-level link would keep the object alive, so snakevm's generations hold host
*weak* references, keyed by the weak reference's id; the weak reference's
callback untracks the object when the host frees it (reference count zero).

Allocation counts trigger collections like CPython's: ``counts[0]`` is the
number of tracked allocations minus deallocations since generation 0 was last
collected; ``counts[1]`` (``counts[2]``) counts the collections of generation 0
(1) since generation 1 (2) was last collected.  When ``counts[0]`` passes
``thresholds[0]`` a collection is *scheduled*: it runs between two guest
instructions (the eval breaker), never in the middle of an allocation.

One Heap per VM (``heap`` below is the running VM's; see issue 13 for state
per VM)."""

import gc as host_gc
import weakref as host_weakref

NUM_GENERATIONS = 3


class Heap:
    def __init__(self):
        self.generations = [{} for _ in range(NUM_GENERATIONS)]   # id(ref) -> host weakref
        self.permanent = {}                 # gc.freeze()
        self.counts = [0] * NUM_GENERATIONS
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
        self.forget = self._forget          # one bound method shared by every weak reference

    # -- tracking -----------------------------------------------------------------------
    def track(self, w_obj):
        """Put a new object in generation 0 (called when it is allocated)."""
        ref = host_weakref.ref(w_obj, self.forget)
        self.generations[0][id(ref)] = ref
        self.counts[0] += 1
        if self.counts[0] > self.thresholds[0] and self.thresholds[0] and self.enabled \
                and not self.collecting and not self.scheduled:
            self._schedule()

    def uncount(self):
        """The object just tracked does not count towards the threshold."""
        if self.counts[0] > 0:
            self.counts[0] -= 1

    def _forget(self, ref):
        """The host freed a tracked object."""
        key = id(ref)
        for generation in self.generations:
            if generation.pop(key, None) is not None:
                break
        else:
            self.permanent.pop(key, None)
        if self.counts[0] > 0:
            self.counts[0] -= 1

    def _schedule(self):
        if self.schedule_hook is not None:
            self.scheduled = True
            self.schedule_hook(self.collect_scheduled)

    def objects(self, generation=None):
        """The live tracked objects of one generation (all when None)."""
        generations = self.generations if generation is None else [self.generations[generation]]
        result = []
        for refs in generations:
            for ref in list(refs.values()):
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
        for generation in reversed(range(NUM_GENERATIONS)):
            if self.counts[generation] > self.thresholds[generation]:
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
            return collector.collect_with_callbacks(self, generation)
        finally:
            self.collecting = False

    def after_collection(self, generation, survivors):
        """Move the survivors up one generation and reset the counts."""
        older = min(generation + 1, NUM_GENERATIONS - 1)
        for younger in range(generation + 1):
            if younger != older:
                self.generations[older].update(self.generations[younger])
                self.generations[younger].clear()
        if generation + 1 < NUM_GENERATIONS:
            self.counts[generation + 1] += 1
        for younger in range(generation + 1):
            self.counts[younger] = 0
        if generation == NUM_GENERATIONS - 2:
            self.long_lived_pending += survivors
        elif generation == NUM_GENERATIONS - 1:
            self.long_lived_pending = 0
            self.long_lived_total = survivors

    # -- gc.freeze() --------------------------------------------------------------------
    def freeze(self):
        for refs in self.generations:
            self.permanent.update(refs)
            refs.clear()
        self.counts = [0] * NUM_GENERATIONS

    def unfreeze(self):
        self.generations[-1].update(self.permanent)
        self.permanent.clear()


heap = Heap()


def host_collector_off():
    """Switch the host's cyclic collector off for the run."""
    host_gc.disable()
