"""_heapq: the heap operations of CPython's Modules/_heapqmodule.c at
interpreter level, working directly on a guest list's items.

Comparisons are the guest's ``<`` (which may run guest code); a comparison
that changes the heap's size raises RuntimeError, and one that empties it
leaves IndexError, as in CPython.  Lib/heapq.py imports these over its own
pure-Python definitions."""

import _heapq as host_heapq

from snakevm.objspace.listobject import W_List
from snakevm.objspace.space import space
from snakevm.module.moduledef import ModuleDef


def _less(w_a, w_b):
    return space.is_true(space.compare(w_a, w_b, "<"))


def _index_error():
    return space.error(space.builtin_exception("IndexError"), "index out of range")


def _changed_size():
    return space.error(space.builtin_exception("RuntimeError"),
                       "list changed size during iteration")


def _heap_items(w_heap, funcname, only_argument=False):
    """The items of the heap argument; the argument-clinic error otherwise."""
    if not isinstance(w_heap, W_List):
        raise space.type_error("%s() argument%s must be list, not %s" % (
            funcname, "" if only_argument else " 1",
            "None" if w_heap is None else space.type(w_heap).name))
    return w_heap.items_w


def _sift_down(items, startpos, pos, is_max):
    """Move items[pos] up towards startpos while it is smaller than its parent."""
    size = len(items)
    if pos >= size:
        raise _index_error()
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        w_new, w_parent = items[pos], items[parentpos]
        less = _less(w_parent, w_new) if is_max else _less(w_new, w_parent)
        if size != len(items):
            raise _changed_size()
        if not less:
            break
        items[parentpos], items[pos] = items[pos], items[parentpos]
        pos = parentpos


def _sift_up(items, pos, is_max=False):
    """Bubble the smaller child up from pos to a leaf, then sift down."""
    endpos = len(items)
    startpos = pos
    if pos >= endpos:
        raise _index_error()
    limit = endpos >> 1
    while pos < limit:
        childpos = 2 * pos + 1
        if childpos + 1 < endpos:
            w_a, w_b = items[childpos], items[childpos + 1]
            less = _less(w_b, w_a) if is_max else _less(w_a, w_b)
            if not less:
                childpos += 1
            if endpos != len(items):
                raise _changed_size()
        items[childpos], items[pos] = items[pos], items[childpos]
        pos = childpos
    _sift_down(items, startpos, pos, is_max)


def heappush(w_heap, w_item, /):
    items = _heap_items(w_heap, "heappush")
    items.append(w_item)
    _sift_down(items, 0, len(items) - 1, False)
    return None


def _pop(w_heap, funcname, is_max):
    items = _heap_items(w_heap, funcname, only_argument=True)
    if not items:
        raise _index_error()
    w_last = items.pop()
    if not items:
        return w_last
    w_result = items[0]
    items[0] = w_last
    _sift_up(items, 0, is_max)
    return w_result


def heappop(w_heap, /):
    return _pop(w_heap, "heappop", False)


def _heappop_max(w_heap, /):
    return _pop(w_heap, "_heappop_max", True)


def _replace(w_heap, w_item, funcname, is_max):
    items = _heap_items(w_heap, funcname)
    if not items:
        raise _index_error()
    w_result = items[0]
    items[0] = w_item
    _sift_up(items, 0, is_max)
    return w_result


def heapreplace(w_heap, w_item, /):
    return _replace(w_heap, w_item, "heapreplace", False)


def _heapreplace_max(w_heap, w_item, /):
    return _replace(w_heap, w_item, "_heapreplace_max", True)


def heappushpop(w_heap, w_item, /):
    items = _heap_items(w_heap, "heappushpop")
    if not items:
        return w_item
    if not _less(items[0], w_item):
        return w_item
    if not items:
        raise _index_error()
    w_result = items[0]
    items[0] = w_item
    _sift_up(items, 0)
    return w_result


def _heapify(w_heap, funcname, is_max):
    items = _heap_items(w_heap, funcname, only_argument=True)
    # CPython visits the nodes of large heaps in a cache-friendly order; every
    # subtree is still made a heap before its parent, so the result is the same.
    for i in reversed(range(len(items) >> 1)):
        _sift_up(items, i, is_max)
    return None


def heapify(w_heap, /):
    return _heapify(w_heap, "heapify", False)


def _heapify_max(w_heap, /):
    return _heapify(w_heap, "_heapify_max", True)


FUNCTIONS = (heappush, heappop, heappushpop, heapify, heapreplace,
             _heappop_max, _heapreplace_max, _heapify_max)


def make_module():
    m = ModuleDef("_heapq", doc=host_heapq.__doc__)
    m.host_value("__about__", host_heapq.__about__)
    for func in FUNCTIONS:
        m.function(func, doc=getattr(host_heapq, func.__name__).__doc__)
    return m.w_module
