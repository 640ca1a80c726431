"""The range type: a lazy arithmetic sequence (a host range of ints)."""

import os

from snakevm.objspace.root import W_Root, OperationError
from snakevm.objspace.typedef import builtin_type, method, new_method, getset
from snakevm.objspace.space import space
from snakevm.objspace.sliceobject import W_Slice, normalize_index


class W_Range(W_Root):
    def __init__(self, host_range):
        self.host_range = host_range


w_range_type = builtin_type("range", instance_class=W_Range, acceptable_as_base=False)


@new_method(w_range_type)
def range_new(w_cls, *args_w):
    if not args_w:
        raise space.type_error("range expected at least 1 argument, got 0")
    if len(args_w) > 3:
        raise space.type_error("range expected at most 3 arguments, got %d" % len(args_w))
    args = [space.index(w) for w in args_w]
    if len(args) == 3 and args[2] == 0:
        raise space.value_error("range() arg 3 must not be zero")
    return W_Range(range(*args))


@method(w_range_type, "__repr__")
def range_repr(w_self):
    return repr(w_self.host_range)


@method(w_range_type, "__len__")
def range_len(w_self):
    try:
        return len(w_self.host_range)
    except OverflowError as e:            # more items than a C ssize_t can count
        raise space.error(space.builtin_exception("OverflowError"), str(e))


@method(w_range_type, "__iter__")
def range_iter(w_self):
    return iterobject.new_value_iter("range_iterator", w_self.host_range)


@method(w_range_type, "__reversed__")
def range_reversed(w_self):
    return iterobject.new_value_iter("range_iterator", w_self.host_range[::-1])


@method(w_range_type, "__getitem__")
def range_getitem(w_self, w_index):
    r = w_self.host_range
    if isinstance(w_index, W_Slice):
        hs = w_index.host_slice()
        return W_Range(r[hs])
    if not isinstance(w_index, int) and space.type(w_index).lookup("__index__") is None:
        raise space.type_error("range indices must be integers or slices, not %s"
                               % space.type(w_index).name)
    return r[normalize_index(w_index, range_length(r), "range object")]


@method(w_range_type, "__contains__")
def range_contains(w_self, w_item):
    if type(w_item) in (int, bool):
        return w_item in w_self.host_range
    return any(space.eq_w(i, w_item) for i in w_self.host_range)


@method(w_range_type, "__eq__")
def range_eq(w_self, w_other):
    if not isinstance(w_other, W_Range):
        return space.w_NotImplemented
    return w_self.host_range == w_other.host_range


@method(w_range_type, "__hash__")
def range_hash(w_self):
    return hash(w_self.host_range)


@method(w_range_type, "__bool__")
def range_bool(w_self):
    return bool(w_self.host_range)


@method(w_range_type, "index")
def range_index(w_self, w_value):
    if type(w_value) is int and w_value in w_self.host_range:
        return w_self.host_range.index(w_value)
    raise space.value_error("%s is not in range" % space.repr(w_value))


@method(w_range_type, "count")
def range_count(w_self, w_value):
    if type(w_value) is int:
        return w_self.host_range.count(w_value)
    return sum(1 for i in w_self.host_range if space.eq_w(i, w_value))


getset(w_range_type, "start")(lambda w_self: w_self.host_range.start)
getset(w_range_type, "stop")(lambda w_self: w_self.host_range.stop)
getset(w_range_type, "step")(lambda w_self: w_self.host_range.step)


def _physical_memory():
    try:
        return os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return 1 << 40


# More items than pointers to them fit in the machine's memory: no host list holds them.
_MAX_LISTABLE = _physical_memory() // 8


def check_listable(w_range):
    """MemoryError at once for a range too long for any list (list(range(10**12))):
    CPython sizes the list from the length first, and that allocation fails."""
    if range_length(w_range.host_range) > _MAX_LISTABLE:
        raise OperationError(space.call(space.builtin_exception("MemoryError"), []))


def check_list_size(length):
    """MemoryError for a list sized ``length`` up front that no memory could hold."""
    if length > _MAX_LISTABLE:
        raise OperationError(space.call(space.builtin_exception("MemoryError"), []))


space.check_listable, space.check_list_size = check_listable, check_list_size


def range_length(r):
    """len() of a host range, also beyond sys.maxsize (where len() overflows)."""
    if r.step > 0:
        return max(0, (r.stop - r.start + r.step - 1) // r.step)
    return max(0, (r.start - r.stop - r.step - 1) // -r.step)


@method(w_range_type, "__reduce__")
def range_reduce(w_self):
    r = w_self.host_range
    return space.newtuple([w_range_type, space.newtuple([r.start, r.stop, r.step])])


# (imported last: these modules import this one)
from snakevm.objspace import iterobject  # noqa: E402
