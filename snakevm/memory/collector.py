"""One collection of snakevm's cycle collector (CPython's gc_collect_main).

The story of a collection, step by step (docs/memory.md has a worked example):

1. *update_refs*: for every object of the generations being collected, start
   from its reference count -- the host's count, read with sys.getrefcount, is
   the guest's count because a guest reference is a host reference;
2. *subtract_refs*: for every reference one of those objects holds to another
   one of them (``iter_refs``), subtract one.  What is left is the number of
   references from *outside*: local variables of running code, older
   generations, host structures;
3. *move_unreachable*: objects with outside references are reachable, and so is
   everything they reach; the rest is unreachable -- garbage kept alive only
   by cycles;
4. *weak references* to unreachable objects are cleared, and the callbacks of
   those weak references that are themselves reachable are called;
5. *finalizers* (guest ``__del__``, suspended generators) of unreachable objects
   run, once per object (PEP 442);
6. *resurrection*: a finalizer may have stored an object somewhere: steps 1-3
   are repeated on the unreachable set, and what became reachable survives;
7. *delete*: the cycles are broken with ``clear_refs`` and the host's reference
   counting frees the objects (with DEBUG_SAVEALL they go to gc.garbage instead).

Survivors move to the next generation.  An object whose count goes below zero
in step 2 enumerates a reference it does not hold: the object is kept (treated
as referenced from outside) and the defect is recorded in ``accounting_errors``."""

import sys as host_sys
import time
import weakref as host_weakref

from snakevm.objspace.root import OperationError
from snakevm.memory import finalizers
from snakevm.memory.heap import NUM_GENERATIONS
from snakevm.objspace import weakrefobject

DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL

accounting_errors = []          # (type name, count) of objects that over-enumerated


def collect_with_callbacks(heap, generation):
    """gc.callbacks "start", the collection, the statistics, gc.callbacks "stop"."""
    _invoke_callbacks(heap, "start", generation, 0, 0)
    collected, uncollectable = collect(heap, generation)
    stats = heap.stats[generation]
    stats["collections"] += 1
    stats["collected"] += collected
    stats["uncollectable"] += uncollectable
    _invoke_callbacks(heap, "stop", generation, collected, uncollectable)
    return collected + uncollectable


def collect(heap, generation):
    """Collect ``generation`` and the younger ones: (collected, uncollectable)."""
    debug = heap.debug
    if debug & DEBUG_STATS:
        started = time.perf_counter()
        _write_stderr("gc: collecting generation %d...\n" % generation)
        _write_stderr("gc: objects in each generation: %s\n"
                      % " ".join(str(n) for n in heap.generation_sizes()))
        _write_stderr("gc: objects in permanent generation: %d\n" % len(heap.permanent))
    young = []
    for g in range(generation + 1):
        young.extend(heap.objects(g))
    unreachable = find_unreachable(young)
    del young
    if heap.collection_observer is not None and unreachable:   # the visualizer
        heap.collection_observer(unreachable)
    if debug & DEBUG_COLLECTABLE:
        _write_stderr("".join("gc: collectable <%s 0x%x>\n" % (_type_name(w), id(w))
                              for w in unreachable))
    clear_weakrefs(unreachable)
    if run_finalizers(unreachable):
        unreachable = find_unreachable(unreachable)     # finalizers may have resurrected some
    # (an instance's __dict__ guest code never took is not tracked: CPython 3.12 keeps it
    # inline and counts the instance alone; one it took is an object of its own, as there)
    collected = len(unreachable)
    if debug & DEBUG_SAVEALL:
        heap.w_garbage.items_w.extend(unreachable)
    else:
        _break_cycles(unreachable)
    del unreachable                                 # the host frees them now
    survivors = sum(len(heap.generations[g]) for g in range(generation + 1))
    heap.after_collection(generation, survivors)
    if debug & DEBUG_STATS:
        _write_stderr("gc: done, %d unreachable, %d uncollectable, %.4fs elapsed\n"
                      % (collected, 0, time.perf_counter() - started))
    return collected, 0


def _break_cycles(unreachable):
    """clear_refs on each object (in a function of its own: no loop variable of
    collect() keeps the last object alive past ``del unreachable``)."""
    for w_obj in unreachable:
        w_obj.clear_refs()


# -- steps 1 to 3 ---------------------------------------------------------------------------
def outside_counts(objects, inner_refs):
    """{id: references to the object that ``objects`` do not account for};
    ``inner_refs`` receives, for each object that references others of
    ``objects``, their ids ({id: [id...]}: the only edges step 3 follows)."""
    getrefcount = host_sys.getrefcount
    counts = {}
    for w_obj in objects:
        counts[id(w_obj)] = getrefcount(w_obj) - _OWN_REFERENCES
    for w_obj in objects:
        refs = references(w_obj)
        if refs is None:                    # cannot say what it holds: keep it
            key = id(w_obj)
            counts[key] = max(counts[key], 1)
            continue
        inner = None
        for w_ref in refs:
            key = id(w_ref)
            if key in counts:
                counts[key] -= 1
                if inner is None:
                    inner = inner_refs[id(w_obj)] = []
                inner.append(key)
    return counts


def references(w_obj):
    """What ``w_obj`` holds (its iter_refs), or None for an object that cannot
    tell (one still being built: its attributes are not all set yet)."""
    try:
        refs = w_obj.iter_refs()
        return refs if refs.__class__ is list else list(refs)
    except Exception:                       # noqa: BLE001 -- treated as referenced from outside
        return None


def find_unreachable(objects):
    """The objects of ``objects`` that nothing outside them reaches."""
    inner_refs = {}
    counts = outside_counts(objects, inner_refs)
    if counts and min(counts.values()) < 0:
        for w_obj in objects:
            if counts[id(w_obj)] < 0:
                accounting_errors.append((_type_name(w_obj), counts[id(w_obj)]))
    if 0 not in counts.values():
        return []                           # each one is referenced from outside
    # from the objects referenced from outside, along the references among objects
    pending = [key for key in inner_refs if counts[key]]
    reachable = set(pending)
    while pending:
        for key in inner_refs.get(pending.pop(), ()):
            if key not in reachable and not counts[key]:
                reachable.add(key)
                pending.append(key)
    return [w_obj for w_obj in objects if not counts[id(w_obj)] and id(w_obj) not in reachable]


def _calibrate():
    """How many references ``outside_counts`` itself holds to each object
    (the list, the loop variable, getrefcount's argument): measured once on an
    object nothing else references, so that host versions may differ."""
    global _OWN_REFERENCES
    _OWN_REFERENCES = 0
    probe = _Probe()
    objects = [probe]
    del probe
    return outside_counts(objects, {})[id(objects[0])]


class _Probe:
    def iter_refs(self):
        return ()


_OWN_REFERENCES = _calibrate()


# -- steps 4 and 5 --------------------------------------------------------------------------
def clear_weakrefs(unreachable):
    """Clear the weak references to unreachable objects; call the callbacks of
    those that are not garbage themselves (CPython's handle_weakrefs)."""
    garbage = {id(w_obj) for w_obj in unreachable}
    to_call = []
    getweakrefcount = host_weakref.getweakrefcount
    for w_obj in unreachable:
        if getweakrefcount(w_obj) < 2:      # the heap's own weak reference only
            continue
        for w_ref in weakrefobject.weakrefs_to(w_obj):
            if w_ref.clear() and id(w_ref) not in garbage:
                to_call.append(w_ref)
    for w_ref in to_call:
        w_ref.call_callback()


def run_finalizers(unreachable):
    """Run the finalizers of the unreachable objects; returns whether any ran."""
    ran = False
    for w_obj in unreachable:
        if finalizers.has_finalizer(w_obj):
            finalizers.finalize(w_obj)
            ran = True
    return ran


# -- gc.callbacks and debug output ----------------------------------------------------------
def _invoke_callbacks(heap, phase, generation, collected, uncollectable):
    w_callbacks = heap.w_callbacks
    if w_callbacks is None or not w_callbacks.items_w:
        return
    from snakevm.objspace.space import space     # the object space imports the heap
    from snakevm.interpreter.unraisable import write_unraisable
    w_info = space.newdict()
    w_info.setitem_str("generation", generation)
    w_info.setitem_str("collected", collected)
    w_info.setitem_str("uncollectable", uncollectable)
    for w_callback in list(w_callbacks.items_w):
        try:
            space.call(w_callback, [phase, w_info])
        except OperationError as e:
            write_unraisable(e.w_value, "Exception ignored in garbage collector", w_callback)


def _write_stderr(text):
    from snakevm.module.sys import guest_stream   # sys imports the interpreter
    from snakevm.objspace.space import space
    w_stderr = guest_stream("stderr")
    if w_stderr is not None:
        try:
            space.call_method(w_stderr, "write", text)
            return
        except OperationError:
            pass
    host_sys.stderr.write(text)


def _type_name(w_obj):
    w_type = getattr(w_obj, "w_type", None)
    return w_type.name if w_type is not None else type(w_obj).__name__
