"""set and frozenset: a host set of guest objects (guest hashing via W_Root.__hash__)."""

from snakevm.objspace.root import W_Root, OperationError
from snakevm.objspace.typedef import (builtin_type, method, new_method, NOT_GIVEN,
                                      as_instance_of)
from snakevm.objspace.space import space
from snakevm.objspace.reprguard import guarded_repr


class W_Set(W_Root):
    def __init__(self, items=()):
        self.items = set(items)

    def iter_refs(self):
        yield from W_Root.iter_refs(self)      # a subclass instance's class and __dict__
        yield from self.items

    def clear_refs(self):
        self.items.clear()


class W_FrozenSet(W_Set):
    cached_hash = None      # computed once, as CPython caches a frozenset's hash


w_set_type = builtin_type("set", instance_class=W_Set)
w_set_type.dict_w["__hash__"] = None
w_frozenset_type = builtin_type("frozenset", instance_class=W_FrozenSet)


def _is_set(w):
    return isinstance(w, W_Set)


def _elements(w_iterable):
    if _is_set(w_iterable):
        return w_iterable.items
    return space.unpack_iterable(w_iterable)     # hashing happens as the host set stores them


def _new_like(w_self, items):
    return W_FrozenSet(items) if isinstance(w_self, W_FrozenSet) else W_Set(items)


@new_method(w_set_type)
def set_new(w_cls, *args_w, **kwargs_w):
    return as_instance_of(W_Set(), w_cls)


@method(w_set_type, "__init__")
def set_init(w_self, w_iterable=NOT_GIVEN):
    w_self.items.clear()
    if w_iterable is not NOT_GIVEN:
        w_self.items.update(_elements(w_iterable))


@new_method(w_frozenset_type, keywords=False)
def frozenset_new(w_cls, w_iterable=NOT_GIVEN):
    if w_cls is w_frozenset_type and type(w_iterable) is W_FrozenSet and \
            space.type(w_iterable) is w_frozenset_type:
        return w_iterable       # immutable: CPython returns the argument itself
    items = () if w_iterable is NOT_GIVEN else _elements(w_iterable)
    return as_instance_of(W_FrozenSet(items), w_cls)


def _repr(w_self):
    name = space.type(w_self).name
    if not w_self.items:
        return "%s()" % name
    body = "{" + ", ".join(space.repr(w) for w in list(w_self.items)) + "}"
    if space.type(w_self) is w_set_type:
        return body
    return "%s(%s)" % (name, body)


for _w_type in (w_set_type, w_frozenset_type):
    method(_w_type, "__repr__")(lambda w_self: guarded_repr(
        w_self, "%s(...)" % space.type(w_self).name, lambda: _repr(w_self)))
    method(_w_type, "__len__")(lambda w_self: len(w_self.items))
    method(_w_type, "__contains__")(lambda w_self, w_item: _contains(w_self, w_item))
    method(_w_type, "__iter__")(lambda w_self: _iter(w_self))
    method(_w_type, "copy")(lambda w_self: _new_like(w_self, w_self.items)
                            if space.type(w_self) is not w_frozenset_type else w_self)
    for _name, _op in (("union", set.union), ("intersection", set.intersection),
                       ("difference", set.difference)):
        def _make(op):
            def multi(w_self, *others_w):
                return _new_like(w_self, op(w_self.items, *[set(_elements(w)) for w in others_w]))
            return multi
        method(_w_type, _name)(_make(_op))
    method(_w_type, "symmetric_difference")(
        lambda w_self, w_other: _new_like(w_self, w_self.items ^ set(_elements(w_other))))
    method(_w_type, "issubset")(lambda w_self, w_other: w_self.items <= set(_elements(w_other)))
    method(_w_type, "issuperset")(lambda w_self, w_other: w_self.items >= set(_elements(w_other)))
    method(_w_type, "isdisjoint")(
        lambda w_self, w_other: w_self.items.isdisjoint(_elements(w_other)))
    for _name, _op in (("__or__", set.__or__), ("__and__", set.__and__),
                       ("__sub__", set.__sub__), ("__xor__", set.__xor__)):
        def _make_binop(op):
            def binop(w_self, w_other):
                if not _is_set(w_other):
                    return space.w_NotImplemented
                return _new_like(w_self, op(w_self.items, w_other.items))
            return binop
        method(_w_type, _name)(_make_binop(_op))
    for _name, _op in (("__ror__", set.__or__), ("__rand__", set.__and__),
                       ("__rsub__", lambda a, b: b - a), ("__rxor__", set.__xor__)):
        def _make_rbinop(op):
            def rbinop(w_self, w_other):
                if not _is_set(w_other):
                    return space.w_NotImplemented
                return _new_like(w_self, op(w_self.items, w_other.items))
            return rbinop
        method(_w_type, _name)(_make_rbinop(_op))
    for _name, _op in (("__eq__", set.__eq__), ("__ne__", set.__ne__), ("__lt__", set.__lt__),
                       ("__le__", set.__le__), ("__gt__", set.__gt__), ("__ge__", set.__ge__)):
        def _make_cmp(op):
            def cmp(w_self, w_other):
                if not _is_set(w_other):
                    return space.w_NotImplemented
                return op(w_self.items, w_other.items)
            return cmp
        method(_w_type, _name)(_make_cmp(_op))


def _contains(w_self, w_item):
    try:
        return w_item in w_self.items
    except OperationError as e:
        if isinstance(w_item, W_Set) and e.match(space.builtin_exception("TypeError")):
            return frozenset(w_item.items) in {frozenset(x.items) if isinstance(x, W_Set) else x
                                               for x in w_self.items}
        raise


space.exact_contains[W_Set] = (w_set_type, _contains)
space.exact_contains[W_FrozenSet] = (w_frozenset_type, _contains)


def _iter(w_self):
    return iterobject.new_host_iter("set_iterator", _set_iter(w_self), w_self, len(w_self.items))


def _set_iter(w_set):
    """Iterate a set, failing like CPython if it changes size meanwhile."""
    size = len(w_set.items)
    for w_item in list(w_set.items):
        if len(w_set.items) != size:
            raise RuntimeError("Set changed size during iteration")
        yield w_item
    if len(w_set.items) != size:
        raise RuntimeError("Set changed size during iteration")


@method(w_frozenset_type, "__hash__")
def frozenset_hash(w_self):
    h = w_self.cached_hash
    if h is None:
        h = w_self.cached_hash = hash(frozenset(_HashOf(w) for w in w_self.items))
    return h


def set_reduce(w_self):
    """Return state information for pickling."""
    w_state = space.call_method(w_self, "__getstate__")
    return space.newtuple([space.type(w_self), space.newtuple([space.newlist(list(w_self.items))]),
                           w_state])


for _w_type in (w_set_type, w_frozenset_type):
    method(_w_type, "__reduce__")(set_reduce)


class _HashOf:
    __slots__ = ("h",)

    def __init__(self, w):
        self.h = space.hash_w(w)

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return self is other


@method(w_set_type, "add")
def set_add(w_self, w_item):
    w_self.items.add(w_item)


@method(w_set_type, "discard")
def set_discard(w_self, w_item):
    w_self.items.discard(w_item)


@method(w_set_type, "remove")
def set_remove(w_self, w_item):
    try:
        w_self.items.remove(w_item)
    except KeyError:
        raise OperationError(space.call(space.builtin_exception("KeyError"), [w_item]))


@method(w_set_type, "pop")
def set_pop(w_self):
    if not w_self.items:
        raise space.error(space.builtin_exception("KeyError"), "pop from an empty set")
    return w_self.items.pop()


@method(w_set_type, "clear")
def set_clear(w_self):
    w_self.items.clear()


@method(w_set_type, "update")
def set_update(w_self, *others_w):
    for w_other in others_w:
        w_self.items.update(_elements(w_other))


for _name, _op in (("intersection_update", set.intersection_update),
                   ("difference_update", set.difference_update),
                   ("symmetric_difference_update", set.symmetric_difference_update)):
    def _make_update(op):
        def update(w_self, *others_w):
            for w_other in others_w:
                op(w_self.items, set(_elements(w_other)))
        return update
    method(w_set_type, _name)(_make_update(_op))

for _name, _op in (("__ior__", set.__ior__), ("__iand__", set.__iand__),
                   ("__isub__", set.__isub__), ("__ixor__", set.__ixor__)):
    def _make_inplace(op):
        def inplace(w_self, w_other):
            if not _is_set(w_other):
                return space.w_NotImplemented
            op(w_self.items, w_other.items)
            return w_self
        return inplace
    method(w_set_type, _name)(_make_inplace(_op))


# (imported last: these modules import this one)
from snakevm.objspace import iterobject  # noqa: E402
