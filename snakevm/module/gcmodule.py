"""gc: the garbage-collector interface.

Until snakevm's own collector lands (issue 10; docs/native-modules.md), guest
objects are host objects freed by the host's reference counting and cyclic
collector, and this module drives and reports *that* collector: collect()
runs the host's collection, thresholds/counts/stats/freeze are the host's.
The object-graph queries are snakevm's own: get_referents() lists what a
guest object holds (each type's iter_refs), get_referrers() searches the
objects the host tracks, get_objects() lists the tracked guest objects, and
is_tracked() follows CPython's rule that atomic values (int, str, ...) and
untracked empty containers are not tracked."""

import gc as host_gc

from snakevm.objspace.root import W_Root
from snakevm.objspace.space import space
from snakevm.module.moduledef import ModuleDef


class GCState:
    """The guest-visible lists of the gc module (one VM)."""
    w_garbage = None
    w_callbacks = None


def gc_collect(generation=2):
    """Run the garbage collector."""
    generation = space.index(generation)
    if not 0 <= generation <= 2:
        raise space.value_error("invalid generation")
    _run_callbacks("start", generation)
    collected = host_gc.collect(generation)
    _run_callbacks("stop", generation, collected)
    return collected


def _run_callbacks(phase, generation, collected=0):
    if GCState.w_callbacks is None or not GCState.w_callbacks.items_w:
        return
    w_info = space.newdict()
    w_info.setitem_str("generation", generation)
    w_info.setitem_str("collected", collected)
    w_info.setitem_str("uncollectable", 0)
    for w_callback in list(GCState.w_callbacks.items_w):
        space.call(w_callback, [phase, w_info])


def gc_get_referents(*args_w):
    """Return the list of objects that are directly referred to by 'objs'."""
    result = []
    for w_obj in args_w:
        if isinstance(w_obj, W_Root):
            result.extend(w for w in w_obj.iter_refs() if w is not None)
    return space.newlist(result)


def gc_get_referrers(*args_w):
    """Return the list of objects that directly refer to any of 'objs'."""
    targets = [w for w in args_w]
    result = []
    for obj in host_gc.get_objects():
        if isinstance(obj, W_Root) and not isinstance(obj, type):
            try:
                refs = list(obj.iter_refs())
            except Exception:               # noqa: BLE001 -- a half-built object
                continue
            if any(any(r is t for t in targets) for r in refs):
                result.append(obj)
    return space.newlist(result)


def gc_get_objects(generation=None):
    """Return a list of objects tracked by the collector (excluding the list returned)."""
    if generation is not None:
        generation = space.index(generation)
        if generation >= 3:
            raise space.value_error("generation parameter must be less than the number of "
                                    "available generations (3)")
        if generation < 0:
            raise space.value_error("generation parameter cannot be negative")
    objects = host_gc.get_objects() if generation is None else host_gc.get_objects(generation)
    return space.newlist([obj for obj in objects if isinstance(obj, W_Root)])


def gc_is_tracked(w_obj):
    """Returns true if the object is tracked by the garbage collector."""
    if not isinstance(w_obj, W_Root):
        return False                        # unboxed atomic values
    storage = getattr(w_obj, "storage", None)
    if isinstance(storage, dict):           # CPython untracks dicts of atomic values
        return any(isinstance(k, W_Root) or isinstance(v, W_Root) for k, v in storage.items())
    items = getattr(w_obj, "items_w", None)
    if isinstance(items, tuple):            # and tuples of atomic values
        return any(isinstance(w, W_Root) for w in items)
    return True


def gc_is_finalized(w_obj):
    """Returns true if the object has been already finalized by the GC."""
    return False


def make_module():
    m = ModuleDef("gc", doc=host_gc.__doc__)
    m.function(gc_collect, "collect", keywords=True)
    m.function(gc_get_referents, "get_referents")
    m.function(gc_get_referrers, "get_referrers")
    m.function(gc_get_objects, "get_objects", keywords=True)
    m.function(gc_is_tracked, "is_tracked")
    m.function(gc_is_finalized, "is_finalized")
    m.host_functions(host_gc, ("enable", "disable", "isenabled", "get_count", "get_threshold",
                               "set_threshold", "get_debug", "set_debug", "freeze", "unfreeze",
                               "get_freeze_count", "get_stats"))
    for name in dir(host_gc):
        if name.startswith("DEBUG_"):
            m.value(name, getattr(host_gc, name))
    GCState.w_garbage = space.newlist([])
    GCState.w_callbacks = space.newlist([])
    m.value("garbage", GCState.w_garbage)
    m.value("callbacks", GCState.w_callbacks)
    return m.w_module


