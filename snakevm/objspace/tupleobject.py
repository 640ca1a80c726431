"""The tuple type (W_Tuple): an immutable host tuple of guest objects."""

from snakevm.objspace.root import W_Immutable, own_tuple
from snakevm.memory.heap import heap
from snakevm.objspace.typedef import builtin_type, method, new_method, NOT_GIVEN
from snakevm.objspace.space import space
from snakevm.objspace.sliceobject import W_Slice, normalize_index
from snakevm.objspace.reprguard import guarded_repr


class W_Tuple(W_Immutable):
    def __init__(self, items_w):
        self.items_w = own_tuple(items_w)
        self.track_unless_atomic(self.items_w)

    def iter_refs(self):
        if len(self.__dict__) == 1:         # items_w alone: an exact tuple
            return list(self.items_w)
        return W_Immutable.iter_refs(self)  # (a subclass instance's class and __dict__ too)


space.tuple_class = W_Tuple     # space.newtuple makes these


def tracked_tuple(items_w):
    """A W_Tuple tracked whatever its items: an instance of a subclass (with a
    __dict__, or a struct sequence's hidden fields) may hold more than them."""
    w_tuple = W_Tuple.__new__(W_Tuple)
    w_tuple.items_w = own_tuple(items_w)
    heap.track(w_tuple)
    return w_tuple


w_tuple_type = builtin_type("tuple", instance_class=W_Tuple)


def _check(w_other):
    return isinstance(w_other, W_Tuple)


@new_method(w_tuple_type, keywords=False)
def tuple_new(w_cls, w_iterable=NOT_GIVEN):
    items = () if w_iterable is NOT_GIVEN else space.unpack_iterable(w_iterable, sized=0)
    if w_cls is w_tuple_type:
        if isinstance(w_iterable, W_Tuple) and space.type(w_iterable) is w_tuple_type:
            return w_iterable
        return W_Tuple(items)
    w_tuple = tracked_tuple(items)
    w_tuple.w_type = w_cls
    if w_cls.has_dict:
        w_tuple.w_dict = space.newdict()
    return w_tuple


@method(w_tuple_type, "__repr__")
def tuple_repr(w_self):
    items = w_self.items_w
    if len(items) == 1:
        return guarded_repr(w_self, "(...)", lambda: "(%s,)" % space.repr(items[0]))
    return guarded_repr(w_self, "(...)", lambda: "(" + ", ".join(
        space.repr(w) for w in items) + ")")


@method(w_tuple_type, "__len__")
def tuple_len(w_self):
    return len(w_self.items_w)


space.exact_lengths[W_Tuple] = (w_tuple_type, tuple_len)


@method(w_tuple_type, "__iter__")
def tuple_iter(w_self):
    return iterobject.new_index_iter("tuple_iterator", w_self)


@method(w_tuple_type, "__getitem__")
def tuple_getitem(w_self, w_index):
    if isinstance(w_index, W_Slice):
        hs = w_index.host_slice()
        return W_Tuple(w_self.items_w[hs])
    return w_self.items_w[normalize_index(w_index, len(w_self.items_w), "tuple")]


space.exact_getitems[W_Tuple] = (w_tuple_type, tuple_getitem)


@method(w_tuple_type, "__contains__")
def tuple_contains(w_self, w_item):
    return any(w is w_item or space.eq_w(w, w_item) for w in w_self.items_w)


space.exact_contains[W_Tuple] = (w_tuple_type, tuple_contains)


@method(w_tuple_type, "__hash__")
def tuple_hash(w_self):
    """CPython 3.12's tuplehash (xxHash's mixing) over the items' guest hashes -- in a
    few host frames per nesting level, as deep tuples hash in C without the
    recursion limit."""
    acc = _XXPRIME_5
    for w_item in w_self.items_w:
        lane = space.hash_w(w_item) & _MASK
        acc = (acc + lane * _XXPRIME_2) & _MASK
        acc = ((acc << 31) | (acc >> 33)) & _MASK
        acc = (acc * _XXPRIME_1) & _MASK
    acc = (acc + (len(w_self.items_w) ^ (_XXPRIME_5 ^ 3527539))) & _MASK
    if acc == _MASK:
        return 1546275796
    return acc - (1 << 64) if acc >= 1 << 63 else acc


_MASK = (1 << 64) - 1
_XXPRIME_1, _XXPRIME_2, _XXPRIME_5 = (11400714785074694791, 14029467366897019727,
                                      2870177450012600261)
space.exact_hashers[W_Tuple] = (w_tuple_type, tuple_hash)


@method(w_tuple_type, "index")
def tuple_index(w_self, w_value, w_start=0, w_stop=None):
    n = len(w_self.items_w)
    start, stop, _ = slice(space.index(w_start),
                           None if w_stop is None else space.index(w_stop)).indices(n)
    for i in range(start, stop):
        w = w_self.items_w[i]
        if w is w_value or space.eq_w(w, w_value):
            return i
    raise space.value_error("tuple.index(x): x not in tuple")


@method(w_tuple_type, "count")
def tuple_count(w_self, w_value):
    return sum(1 for w in w_self.items_w if w is w_value or space.eq_w(w, w_value))


@method(w_tuple_type, "__add__")
def tuple_add(w_self, w_other):
    if not _check(w_other):
        raise space.type_error('can only concatenate tuple (not "%s") to tuple'
                               % space.type(w_other).name)
    return W_Tuple(w_self.items_w + w_other.items_w)


@method(w_tuple_type, "__mul__")
def tuple_mul(w_self, w_n):
    if type(w_n) is not int and space.type(w_n).lookup("__index__") is None:
        return space.w_NotImplemented
    n = space.index(w_n)
    if (n == 1 or not w_self.items_w) and type(w_self) is W_Tuple and \
            space.type(w_self) is w_tuple_type:
        return w_self  # immutable: CPython returns the tuple itself
    return W_Tuple(w_self.items_w * n)


method(w_tuple_type, "__rmul__")(tuple_mul)


@method(w_tuple_type, "__getnewargs__")
def tuple_getnewargs(w_self):
    return W_Tuple([W_Tuple(w_self.items_w)])


def _install_compares():
    from snakevm.objspace.listobject import _make_compare
    for symbol, name in (("<", "__lt__"), ("<=", "__le__"), ("==", "__eq__"), ("!=", "__ne__"),
                         (">", "__gt__"), (">=", "__ge__")):
        method(w_tuple_type, name)(_make_compare(symbol, _check))


_install_compares()


# (imported last: these modules import this one)
from snakevm.objspace import iterobject  # noqa: E402
