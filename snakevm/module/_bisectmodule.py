"""_bisect: binary search and insertion of CPython's Modules/_bisectmodule.c at
interpreter level.  The sequence is any guest sequence (a list's items are
read directly), the comparisons are the guest's ``<``, and ``key`` is called
on the sequence's items only (never on x, except by insort), as in CPython."""

import _bisect as host_bisect

from snakevm.objspace.listobject import W_List, w_list_type
from snakevm.objspace.space import space
from snakevm.module.moduledef import ModuleDef


def _bounds(w_a, w_lo, w_hi):
    if type(w_lo) is not int:
        w_lo = space.index(w_lo)
    if w_lo < 0:
        raise space.value_error("lo must be non-negative")
    if w_hi is None:
        return w_lo, space.len_w(w_a)
    if type(w_hi) is not int and space.type(w_hi).lookup("__index__") is None:
        raise space.type_error("argument should be integer or None, not '%s'"
                               % space.type(w_hi).name)
    hi = space.index(w_hi)
    return w_lo, (space.len_w(w_a) if hi == -1 else hi)


def _item(w_a, index, w_key):
    if type(w_a) is W_List and 0 <= index < len(w_a.items_w):
        w_item = w_a.items_w[index]
    else:
        w_item = space.getitem(w_a, index)
    return w_item if w_key is None else space.call(w_key, [w_item])


def _bisect(w_a, w_x, w_lo, w_hi, w_key, right):
    lo, hi = _bounds(w_a, w_lo, w_hi)
    while lo < hi:
        mid = (lo + hi) // 2
        w_item = _item(w_a, mid, w_key)
        if right:
            goes_left = space.is_true(space.compare(w_x, w_item, "<"))
        else:
            goes_left = not space.is_true(space.compare(w_item, w_x, "<"))
        if goes_left:
            hi = mid
        else:
            lo = mid + 1
    return lo


def bisect_right(w_a, w_x, w_lo=0, w_hi=None, *, key=None):
    return _bisect(w_a, w_x, w_lo, w_hi, key, True)


def bisect_left(w_a, w_x, w_lo=0, w_hi=None, *, key=None):
    return _bisect(w_a, w_x, w_lo, w_hi, key, False)


def _insort(w_a, w_x, w_lo, w_hi, w_key, right):
    w_target = w_x if w_key is None else space.call(w_key, [w_x])
    index = _bisect(w_a, w_target, w_lo, w_hi, w_key, right)
    if isinstance(w_a, W_List) and space.type(w_a) is w_list_type:
        w_a.items_w.insert(index, w_x)
    else:
        space.call_method(w_a, "insert", index, w_x)
    return None


def insort_right(w_a, w_x, w_lo=0, w_hi=None, *, key=None):
    return _insort(w_a, w_x, w_lo, w_hi, key, True)


def insort_left(w_a, w_x, w_lo=0, w_hi=None, *, key=None):
    return _insort(w_a, w_x, w_lo, w_hi, key, False)


def make_module():
    m = ModuleDef("_bisect", doc=host_bisect.__doc__)
    for func in (bisect_right, bisect_left, insort_right, insort_left):
        m.function(func, keywords=True, doc=getattr(host_bisect, func.__name__).__doc__)
    return m.w_module
