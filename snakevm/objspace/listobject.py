"""The list type (W_List): a host list of guest objects, and its methods."""

from snakevm.objspace.root import W_Root, OperationError
from snakevm.objspace.typedef import (builtin_type, method, new_method, NOT_GIVEN,
                                      as_instance_of)
from snakevm.objspace.space import space, UNBOXED_TYPES
from snakevm.objspace.sliceobject import W_Slice, normalize_index
from snakevm.objspace.reprguard import guarded_repr


class W_List(W_Root):
    def __init__(self, items_w):
        self.items_w = items_w

    def iter_refs(self):
        if len(self.__dict__) == 1:         # items_w alone: an exact list
            return self.items_w[:]
        return W_Root.iter_refs(self)       # (a subclass instance's class and __dict__ too)


space.list_class = W_List       # space.newlist makes these


w_list_type = builtin_type("list", instance_class=W_List)
w_list_type.dict_w["__hash__"] = None


def _check(w_other):
    return isinstance(w_other, W_List)


@new_method(w_list_type)
def list_new(w_cls, *args_w, **kwargs_w):
    return as_instance_of(W_List([]), w_cls)


@method(w_list_type, "__init__")
def list_init(w_self, w_iterable=NOT_GIVEN):
    w_self.items_w[:] = [] if w_iterable is NOT_GIVEN else space.unpack_iterable(w_iterable,
                                                                               sized=0)


@method(w_list_type, "__repr__")
def list_repr(w_self):
    return guarded_repr(w_self, "[...]", lambda: "[" + ", ".join(
        space.repr(w) for w in list(w_self.items_w)) + "]")


@method(w_list_type, "__len__")
def list_len(w_self):
    return len(w_self.items_w)


space.exact_lengths[W_List] = (w_list_type, list_len)


@method(w_list_type, "__iter__")
def list_iter(w_self):
    return iterobject.new_index_iter("list_iterator", w_self)


@method(w_list_type, "__reversed__")
def list_reversed(w_self):
    return iterobject.new_index_iter("list_reverseiterator", w_self, reverse=True)


@method(w_list_type, "__getitem__")
def list_getitem(w_self, w_index):
    if isinstance(w_index, W_Slice):
        hs = w_index.host_slice()
        return W_List(w_self.items_w[hs])
    return w_self.items_w[normalize_index(w_index, len(w_self.items_w), "list")]


space.exact_getitems[W_List] = (w_list_type, list_getitem)


@method(w_list_type, "__setitem__")
def list_setitem(w_self, w_index, w_value):
    items = w_self.items_w
    if isinstance(w_index, W_Slice):
        start, stop, step = w_index.indices(len(items))
        if w_value is w_self:
            values = list(items)
        else:
            if space.type(w_value).lookup("__iter__") is None and \
                    space.type(w_value).lookup("__getitem__") is None:
                raise space.type_error("can only assign an iterable")
            values = space.unpack_iterable(w_value)
        if step == 1:
            items[start:stop] = values
            return
        target = range(start, stop, step)
        if len(values) != len(target):
            raise space.value_error("attempt to assign sequence of size %d to extended slice "
                                    "of size %d" % (len(values), len(target)))
        for i, w in zip(target, values):
            items[i] = w
        return
    items[_assignment_index(items, w_index)] = w_value


space.exact_setitems[W_List] = (w_list_type, list_setitem)


@method(w_list_type, "__delitem__")
def list_delitem(w_self, w_index):
    items = w_self.items_w
    if isinstance(w_index, W_Slice):
        del items[w_index.host_slice()]
        return
    del items[_assignment_index(items, w_index)]


def _assignment_index(items, w_index):
    """The host index for ``lst[i] = v`` / ``del lst[i]``, or CPython's error."""
    if type(w_index) is not int and space.type(w_index).lookup("__index__") is None:
        raise space.type_error("list indices must be integers or slices, not %s"
                               % space.type(w_index).name)
    index = space.index(w_index)
    if index < 0:
        index += len(items)
    if not 0 <= index < len(items):
        raise space.error(space.builtin_exception("IndexError"),
                          "list assignment index out of range")
    return index


@method(w_list_type, "__contains__")
def list_contains(w_self, w_item):
    if w_item.__class__ in UNBOXED_TYPES:
        # The host's list_contains is the guest's: identity, then each item's __eq__ --
        # an unboxed item's own, a boxed one's W_Root.__eq__, which is the guest's (an
        # unboxed value's host class is never a subclass of a boxed item's, so the host
        # asks the item first, as the guest does).
        return w_item in w_self.items_w
    return any(w is w_item or space.eq_w(w, w_item) for w in list(w_self.items_w))


space.exact_contains[W_List] = (w_list_type, list_contains)


@method(w_list_type, "append")
def list_append(w_self, w_item):
    w_self.items_w.append(w_item)


@method(w_list_type, "extend")
def list_extend(w_self, w_iterable):
    w_self.items_w.extend(space.unpack_iterable(w_iterable, sized=len(w_self.items_w)))


@method(w_list_type, "insert")
def list_insert(w_self, w_index, w_item):
    w_self.items_w.insert(space.index(w_index), w_item)


@method(w_list_type, "pop")
def list_pop(w_self, w_index=-1):
    items = w_self.items_w
    if not items:
        raise space.error(space.builtin_exception("IndexError"), "pop from empty list")
    index = space.index(w_index)
    if index < 0:
        index += len(items)
    if not 0 <= index < len(items):
        raise space.error(space.builtin_exception("IndexError"), "pop index out of range")
    return items.pop(index)


def _find(items, w_value, start=0, stop=None):
    stop = len(items) if stop is None else stop
    i = start
    while i < stop and i < len(items):  # a comparison may shrink the list
        if items[i] is w_value or space.eq_w(items[i], w_value):
            return i
        i += 1
    return -1


@method(w_list_type, "remove")
def list_remove(w_self, w_value):
    i = _find(w_self.items_w, w_value)
    if i < 0:
        raise space.value_error("list.remove(x): x not in list")
    del w_self.items_w[i]


@method(w_list_type, "index")
def list_index(w_self, w_value, w_start=0, w_stop=None):
    n = len(w_self.items_w)
    start, stop, _ = slice(slice_index(w_start),
                           None if w_stop is None else slice_index(w_stop)).indices(n)
    i = _find(w_self.items_w, w_value, start, stop)
    if i < 0:
        raise space.value_error("%s is not in list" % space.repr(w_value))
    return i


def slice_index(w_value):
    """An index argument that CPython converts with _PyEval_SliceIndex."""
    if not isinstance(w_value, int) and space.type(w_value).lookup("__index__") is None:
        raise space.type_error("slice indices must be integers or have an __index__ method")
    return space.index(w_value)


@method(w_list_type, "count")
def list_count(w_self, w_value):
    return sum(1 for w in list(w_self.items_w) if w is w_value or space.eq_w(w, w_value))


@method(w_list_type, "clear")
def list_clear(w_self):
    w_self.items_w.clear()


@method(w_list_type, "copy")
def list_copy(w_self):
    return W_List(list(w_self.items_w))


@method(w_list_type, "reverse")
def list_reverse(w_self):
    w_self.items_w.reverse()


class _SortKey:
    """Host wrapper ordering guest objects by guest ``<``."""
    __slots__ = ("w_key",)

    def __init__(self, w_key):
        self.w_key = w_key

    def __lt__(self, other):
        return space.is_true(space.compare(self.w_key, other.w_key, "<"))


@method(w_list_type, "sort")
def list_sort(w_self, *, key=None, reverse=False):
    items = w_self.items_w
    w_self.items_w = []
    try:
        keys = [space.call(key, [w]) if key is not None else w for w in items]
        order = list(range(len(items)))
        if all(type(k) is int or type(k) is float for k in keys) or \
                all(type(k) is str for k in keys):
            order.sort(key=keys.__getitem__, reverse=space.is_true(reverse))
        else:
            wrapped = [_SortKey(k) for k in keys]
            order.sort(key=wrapped.__getitem__, reverse=space.is_true(reverse))
        sorted_items = [items[i] for i in order]
    finally:
        modified = bool(w_self.items_w)
        w_self.items_w = items
    items[:] = sorted_items
    if modified:                  # like CPython: the sorted items stay, the additions are lost
        raise space.value_error("list modified during sort")


@method(w_list_type, "__add__")
def list_add(w_self, w_other):
    if not _check(w_other):
        raise space.type_error('can only concatenate list (not "%s") to list'
                               % space.type(w_other).name)
    return W_List(w_self.items_w + w_other.items_w)


@method(w_list_type, "__iadd__")
def list_iadd(w_self, w_other):
    w_self.items_w.extend(space.unpack_iterable(w_other))
    return w_self


def _repeat_count(w_n):
    if type(w_n) is not int and space.type(w_n).lookup("__index__") is None:
        return None
    return space.index(w_n)


@method(w_list_type, "__mul__")
def list_mul(w_self, w_n):
    n = _repeat_count(w_n)
    if n is None:
        return space.w_NotImplemented
    return W_List(w_self.items_w * n)


method(w_list_type, "__rmul__")(list_mul)


@method(w_list_type, "__imul__")
def list_imul(w_self, w_n):
    n = _repeat_count(w_n)
    if n is None:
        return space.w_NotImplemented
    w_self.items_w *= n
    return w_self


def compare_sequences(items_a, items_b, symbol):
    """Lexicographic comparison of two host lists of guest objects (CPython's rule)."""
    for w_a, w_b in zip(items_a, items_b):
        if w_a is w_b or space.eq_w(w_a, w_b):
            continue
        if symbol == "==":
            return False
        if symbol == "!=":
            return True
        return space.compare(w_a, w_b, symbol)
    return {"<": len(items_a) < len(items_b), "<=": len(items_a) <= len(items_b),
            "==": len(items_a) == len(items_b), "!=": len(items_a) != len(items_b),
            ">": len(items_a) > len(items_b), ">=": len(items_a) >= len(items_b)}[symbol]


def _make_compare(symbol, check):
    def compare(w_self, w_other):
        if not check(w_other):
            return space.w_NotImplemented
        return compare_sequences(list(w_self.items_w), list(w_other.items_w), symbol)
    return compare


for _symbol, _name in (("<", "__lt__"), ("<=", "__le__"), ("==", "__eq__"), ("!=", "__ne__"),
                       (">", "__gt__"), (">=", "__ge__")):
    method(w_list_type, _name)(_make_compare(_symbol, _check))


# (imported last: these modules import this one)
from snakevm.objspace import iterobject  # noqa: E402
