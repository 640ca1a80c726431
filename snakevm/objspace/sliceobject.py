"""The slice type and index normalisation shared by sequences."""

from snakevm.objspace.root import W_Immutable
from snakevm.objspace.typedef import builtin_type, method, new_method, getset
from snakevm.objspace.space import space


class W_Slice(W_Immutable):
    def __init__(self, w_start, w_stop, w_step):
        self.w_start = w_start
        self.w_stop = w_stop
        self.w_step = w_step
        self.track_unless_atomic((w_start, w_stop, w_step))

    def host_slice(self):
        """The equivalent host slice object (indices converted with __index__)."""
        w_start, w_stop, w_step = self.w_start, self.w_stop, self.w_step
        if w_step is None and (w_start is None or w_start.__class__ is int) and \
                (w_stop is None or w_stop.__class__ is int):
            return slice(w_start, w_stop)           # (the common case, converted already)
        step = _slice_index(w_step)
        if step == 0:
            raise space.value_error("slice step cannot be zero")
        return slice(_slice_index(w_start), _slice_index(w_stop), step)

    def indices(self, length):
        """(start, stop, step) normalised for a sequence of ``length`` (host slice rules)."""
        def idx(w):
            if w is None:
                return None
            try:
                return space.index(w)
            except Exception:
                raise space.type_error("slice indices must be integers or None or have an "
                                       "__index__ method")
        start, stop, step = idx(self.w_start), idx(self.w_stop), idx(self.w_step)
        if step == 0:
            raise space.value_error("slice step cannot be zero")
        return slice(start, stop, step).indices(length)


w_slice_type = builtin_type("slice", instance_class=W_Slice, acceptable_as_base=False)


@method(w_slice_type, "__hash__")
def slice_hash(w_self):
    """Slices are hashable since 3.12: like the tuple (start, stop, step)."""
    return space.hash_w(space.newtuple([w_self.w_start, w_self.w_stop, w_self.w_step]))


@new_method(w_slice_type)
def slice_new(w_cls, *args_w):
    if not 1 <= len(args_w) <= 3:
        raise space.type_error("slice expected at least 1 argument, got 0" if not args_w else
                               "slice expected at most 3 arguments, got %d" % len(args_w))
    if len(args_w) == 1:
        return W_Slice(None, args_w[0], None)
    return W_Slice(args_w[0], args_w[1], args_w[2] if len(args_w) == 3 else None)


@method(w_slice_type, "__reduce__")
def slice_reduce(w_self):
    return space.newtuple([w_slice_type, space.newtuple([w_self.w_start, w_self.w_stop,
                                                         w_self.w_step])])


@method(w_slice_type, "__repr__")
def slice_repr(w_self):
    return "slice(%s, %s, %s)" % (space.repr(w_self.w_start), space.repr(w_self.w_stop),
                                  space.repr(w_self.w_step))


@method(w_slice_type, "indices")
def slice_indices(w_self, length):
    length = space.index(length)
    if length < 0:
        raise space.value_error("length should not be negative")
    return space.newtuple(w_self.indices(length))


@method(w_slice_type, "__eq__")
def slice_eq(w_self, w_other):
    if not isinstance(w_other, W_Slice):
        return space.w_NotImplemented
    return space.eq_w(space.newtuple([w_self.w_start, w_self.w_stop, w_self.w_step]),
                      space.newtuple([w_other.w_start, w_other.w_stop, w_other.w_step]))


def _readonly(w_self, w_value):
    raise space.attribute_error("readonly attribute")   # slice fields are read-only members


getset(w_slice_type, "start", setter=_readonly)(lambda w_self: w_self.w_start)
getset(w_slice_type, "stop", setter=_readonly)(lambda w_self: w_self.w_stop)
getset(w_slice_type, "step", setter=_readonly)(lambda w_self: w_self.w_step)


def host_slice(w_slice, length):
    """A host ``range`` of the indices a guest slice selects."""
    return range(*w_slice.indices(length))


def normalize_index(w_index, length, type_name):
    """An in-range host index for ``seq[w_index]``, or the guest IndexError/TypeError."""
    if type(w_index) is not int:
        if space.type(w_index).lookup("__index__") is None:
            raise space.type_error("%s indices must be integers or slices, not %s"
                                   % (type_name, space.type(w_index).name))
        w_index = space.index(w_index)
    if not -_SSIZE_LIMIT <= w_index < _SSIZE_LIMIT and type_name != "range object":
        # (list and tuple read a Py_ssize_t; a range computes with the int)
        raise space.error(space.builtin_exception("IndexError"),
                          "cannot fit 'int' into an index-sized integer")
    if w_index < 0:
        w_index += length
    if not 0 <= w_index < length:
        raise space.error(space.builtin_exception("IndexError"),
                          "%s index out of range" % type_name)
    return w_index


_SSIZE_LIMIT = 1 << 63


def _slice_compare(symbol):
    def compare(w_self, w_other):
        if not isinstance(w_other, W_Slice):
            return space.w_NotImplemented
        as_tuple = lambda w: space.newtuple([w.w_start, w.w_stop, w.w_step])
        return space.compare(as_tuple(w_self), as_tuple(w_other), symbol)
    return compare


for _name, _symbol in (("__eq__", "=="), ("__ne__", "!="), ("__lt__", "<"), ("__le__", "<="),
                       ("__gt__", ">"), ("__ge__", ">=")):
    method(w_slice_type, _name)(_slice_compare(_symbol))


def _slice_index(w):
    """One bound of a slice for the host: None, or an int (through __index__)."""
    if w is None:
        return None
    if type(w) is int:
        return w
    if space.type(w).lookup("__index__") is None:
        raise space.type_error("slice indices must be integers or None or have an "
                               "__index__ method")
    return space.index(w)
