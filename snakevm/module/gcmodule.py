"""gc: the interface to snakevm's own cycle collector (snakevm/memory).

Everything here reads or drives snakevm's heap: the generations, thresholds and
counts, collect(), the debug flags, gc.garbage and gc.callbacks.  The object
graph queries follow the objects' own ``iter_refs``: get_referents() lists what
an object holds, get_referrers() searches the tracked objects.  is_tracked()
follows CPython's rule that atomic values (int, str, ...) and containers of
atomic values (dicts, tuples) are not tracked."""

from snakevm.objspace.root import W_Root
from snakevm.objspace.space import space, UNBOXED_TYPES
from snakevm.objspace.dictobject import W_Dict
from snakevm.objspace.listobject import W_List
from snakevm.objspace.tupleobject import W_Tuple
from snakevm.objspace.typeobject import W_Instance, W_TypeObject
from snakevm.memory import collector, finalizers
from snakevm.memory.heap import heap, NUM_GENERATIONS
from snakevm.module.moduledef import ModuleDef


def gc_enable():
    """Enable automatic garbage collection."""
    heap.enabled = True


def gc_disable():
    """Disable automatic garbage collection."""
    heap.enabled = False


def gc_isenabled():
    """Returns true if automatic garbage collection is enabled."""
    return heap.enabled


def gc_collect(generation=2):
    """Run the garbage collector.

With no arguments, run a full collection.  The optional argument
may be an integer specifying which generation to collect.  A ValueError
is raised if the generation number is invalid.

The number of unreachable objects is returned."""
    generation = space.index(generation)
    if not 0 <= generation < NUM_GENERATIONS:
        raise space.value_error("invalid generation")
    return heap.collect(generation)


def gc_get_count():
    """Return a three-tuple of the current collection counts."""
    return space.newtuple(heap.counts())


def gc_get_threshold():
    """Return the current collection thresholds."""
    return space.newtuple(list(heap.thresholds))


def gc_set_threshold(threshold0, *thresholds_w):
    """set_threshold(threshold0, [threshold1, [threshold2]])
Set the collection thresholds (setting threshold0 to zero disables collection)."""
    if len(thresholds_w) > 2:
        raise space.type_error("set_threshold() takes at most 3 arguments (%d given)"
                               % (len(thresholds_w) + 1))
    values = [threshold0] + list(thresholds_w)
    for i, w_value in enumerate(values):
        heap.thresholds[i] = _int_arg(w_value)
    return None


def _int_arg(w_value):
    return space.index(w_value)


def gc_get_debug():
    """Get the garbage collection debugging flags."""
    return heap.debug


def gc_set_debug(flags):
    """Set the garbage collection debugging flags (DEBUG_STATS, DEBUG_COLLECTABLE, ...)."""
    heap.debug = _int_arg(flags)
    return None


def gc_get_stats():
    """Return a list of dictionaries containing per-generation statistics."""
    result = []
    for stats in heap.stats:
        w_dict = space.newdict()
        for key in ("collections", "collected", "uncollectable"):
            w_dict.setitem_str(key, stats[key])
        result.append(w_dict)
    return space.newlist(result)


def gc_get_objects(generation=None):
    """Return a list of objects tracked by the collector (excluding the list returned).

  generation
    Generation to extract the objects from.

If generation is not None, return only the objects tracked by the collector
that are in that generation."""
    if generation is not None:
        generation = space.index(generation)
        if generation >= NUM_GENERATIONS:
            raise space.value_error("generation parameter must be less than the number of "
                                    "available generations (3)")
        if generation < 0:
            raise space.value_error("generation parameter cannot be negative")
    return space.newlist([w_obj for w_obj in heap.objects(generation)
                          if _visible(w_obj) and gc_is_tracked(w_obj)])


def _visible(w_obj):
    """Objects the guest may see (not frames' host helpers...): every W_Root with a type."""
    return w_obj.w_type is not None


def gc_get_referents(*args_w):
    """Return the list of objects that are directly referred to by 'objs'."""
    result = []
    for w_obj in args_w:
        if isinstance(w_obj, W_Root):
            result.extend(w for w in _referents(w_obj) if _is_guest_value(w))
    return space.newlist(result)


def _referents(w_obj):
    """What ``w_obj`` holds, in the order CPython's tp_traverse visits it: lists and
    tuples from the end; dicts value then key, values only when every key is a str
    (CPython's str-keyed tables are not traversed for keys); instances their
    attribute values, then their class."""
    if isinstance(w_obj, W_Dict):
        storage = w_obj.storage
        if all(isinstance(key, str) for key in storage):
            return list(storage.values())
        return [w for key, w_value in storage.items() for w in (w_value, key)]
    if isinstance(w_obj, (W_List, W_Tuple)):
        return list(reversed(w_obj.items_w))
    if isinstance(w_obj, W_Instance) and w_obj.w_dict is not None:
        return list(w_obj.w_dict.storage.values()) + [w_obj.w_type]
    return list(w_obj.iter_refs())


def _is_guest_value(w_value):
    """A guest object or unboxed value (None included), not one of snakevm's host markers."""
    if isinstance(w_value, W_Root):
        return w_value.w_type is not None
    return type(w_value) in UNBOXED_TYPES


def gc_get_referrers(*args_w):
    """Return the list of objects that directly refer to any of 'objs'."""
    targets = {id(w) for w in args_w}
    objects = heap.objects()
    # an instance's __dict__ is part of the instance (CPython 3.12's managed dict)
    owners = {id(w_obj.w_dict): w_obj for w_obj in objects
              if isinstance(w_obj, W_Instance) and w_obj.w_dict is not None
              and not w_obj.w_type.is_builtin}
    result = []
    for w_obj in objects:
        if not _visible(w_obj):
            continue
        for w_ref in w_obj.iter_refs():
            if id(w_ref) in targets:
                result.append(owners.get(id(w_obj), w_obj))
                break
    return space.newlist(result)


def gc_is_tracked(w_obj):
    """Returns true if the object is tracked by the garbage collector.

Simple atomic objects will return false."""
    if not isinstance(w_obj, W_Root) or not (type(w_obj).gc_tracked
                                             or w_obj.__dict__.get("gc_exposed", False)):
        return False
    w_type = space.type(w_obj)
    if isinstance(w_obj, W_TypeObject):
        return not w_obj.is_builtin         # CPython's built-in types are static
    if w_type.is_builtin and w_type.name in _ATOMIC_BUILTINS:
        return False
    storage = getattr(w_obj, "storage", None)
    if isinstance(storage, dict) and space.type(w_obj).name == "dict":
        return any(isinstance(k, W_Root) or isinstance(v, W_Root) for k, v in storage.items())
    items = getattr(w_obj, "items_w", None)
    if isinstance(items, tuple):            # tuples of atomic values
        return any(isinstance(w, W_Root) for w in items)
    return True


# built-in types whose instances hold no references CPython's collector follows
_ATOMIC_BUILTINS = {"object", "bytearray", "range", "memoryview_buffer"}


def gc_is_finalized(w_obj):
    """Returns true if the object has been already finalized by the GC."""
    return isinstance(w_obj, W_Root) and finalizers.is_finalized(w_obj)


def gc_freeze():
    """Freeze all current tracked objects and ignore them for future collections."""
    heap.freeze()


def gc_unfreeze():
    """Unfreeze all objects in the permanent generation."""
    heap.unfreeze()


def gc_get_freeze_count():
    """Return the number of objects in the permanent generation."""
    return len(heap.permanent)


def make_module():
    m = ModuleDef("gc", doc=_DOC)
    for func in (gc_enable, gc_disable, gc_isenabled, gc_collect, gc_get_count,
                 gc_get_threshold, gc_set_threshold, gc_get_debug, gc_set_debug, gc_get_stats,
                 gc_get_objects, gc_get_referents, gc_get_referrers, gc_is_tracked,
                 gc_is_finalized, gc_freeze, gc_unfreeze, gc_get_freeze_count):
        m.function(func, func.__name__[3:], keywords=func in (gc_collect, gc_get_objects))
    for name in ("DEBUG_STATS", "DEBUG_COLLECTABLE", "DEBUG_UNCOLLECTABLE", "DEBUG_SAVEALL",
                 "DEBUG_LEAK"):
        m.value(name, getattr(collector, name))
    if heap.w_garbage is None:
        heap.w_garbage = space.newlist([])
        heap.w_callbacks = space.newlist([])
    m.value("garbage", heap.w_garbage)
    m.value("callbacks", heap.w_callbacks)
    return m.w_module


_DOC = """This module provides access to the garbage collector for reference cycles.

enable() -- Enable automatic garbage collection.
disable() -- Disable automatic garbage collection.
isenabled() -- Returns true if automatic collection is enabled.
collect() -- Do a full collection right now.
get_count() -- Return the current collection counts.
get_stats() -- Return list of dictionaries containing per-generation stats.
set_debug() -- Set debugging flags.
get_debug() -- Get debugging flags.
set_threshold() -- Set the collection thresholds.
get_threshold() -- Return the current collection thresholds.
get_objects() -- Return a list of all objects tracked by the collector.
is_tracked() -- Returns true if a given object is tracked.
is_finalized() -- Returns true if a given object has been already finalized.
get_referrers() -- Return the list of objects that refer to an object.
get_referents() -- Return the list of objects that an object refers to.
freeze() -- Freeze all tracked objects and ignore them for future collections.
unfreeze() -- Unfreeze all objects in the permanent generation.
get_freeze_count() -- Return the number of objects in the permanent generation.
"""
