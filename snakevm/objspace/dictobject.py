"""The dict type (W_Dict), its views, and their methods.

Storage is a host dict whose keys are guest objects: unboxed keys hash and
compare with host semantics (identical to the guest's for int/str/...),
boxed keys (W_Root) hash and compare through the guest's __hash__/__eq__
(see W_Root.__hash__), so the host dict implements guest semantics.
"""

from snakevm.objspace.root import W_Root, OperationError
from snakevm.memory.heap import heap
from snakevm.objspace.typeobject import MISSING
from snakevm.objspace.typedef import (builtin_type, method, new_method, classmethod_, getset,
                                      NOT_GIVEN, as_instance_of)
from snakevm.objspace.space import space
from snakevm.objspace.reprguard import guarded_repr


class W_Dict(W_Root):
    # True for an instance's __dict__ that guest code has not taken yet: not tracked by
    # the collector, its instance reports what it holds (CPython 3.12's inline values)
    inline = False

    def __init__(self, storage):
        self.storage = storage

    @staticmethod
    def new_inline():
        """A new instance's __dict__ (W_Instance): untracked until expose()."""
        w_dict = object.__new__(W_Dict)
        w_dict.storage = {}
        w_dict.inline = True
        return w_dict

    def expose(self):
        """Guest code takes this dict (``obj.__dict__``): from now on it is an object
        of its own for the collector (tracked, as every dict made otherwise)."""
        if self.inline:
            del self.inline
            heap.track(self)

    # fast paths used by attribute lookup (keys are host str)
    def getitem_str(self, name):
        return self.storage.get(name, MISSING)

    def setitem_str(self, name, w_value):
        self.storage[name] = w_value

    def delitem_str(self, name):
        """Delete ``name``; False if it was absent."""
        try:
            del self.storage[name]
        except KeyError:
            return False
        return True

    def iter_refs(self):
        storage = self.storage
        refs = [*storage, *storage.values()]
        if len(self.__dict__) > 1:              # a subclass instance's class and __dict__
            refs += W_Root.iter_refs(self)
        return refs

    def clear_refs(self):
        self.storage.clear()


space.dict_class = W_Dict       # space.newdict makes these


class W_DictView(W_Root):
    def __init__(self, w_type, w_dict):
        self.w_type = w_type
        self.w_dict_viewed = w_dict


w_dict_type = builtin_type("dict", instance_class=W_Dict)
w_dict_type.dict_w["__hash__"] = None
w_dict_keys_type = builtin_type("dict_keys", instance_class=W_DictView, acceptable_as_base=False)
w_dict_values_type = builtin_type("dict_values", instance_class=W_DictView,
                                  acceptable_as_base=False)
w_dict_items_type = builtin_type("dict_items", instance_class=W_DictView,
                                 acceptable_as_base=False)
for _w in (w_dict_keys_type, w_dict_items_type):
    _w.dict_w["__hash__"] = None


def _key_error(w_key):
    return OperationError(space.call(space.builtin_exception("KeyError"), [w_key]))


def _hashable(w_key):
    """A key as stored in the host dict.  Hashing happens once, when the host dict
    calls W_Root.__hash__ (which raises the guest "unhashable type" TypeError)."""
    return w_key


@new_method(w_dict_type)
def dict_new(w_cls, *args_w, **kwargs_w):
    return as_instance_of(W_Dict({}), w_cls)


def dict_update_from(w_self, w_other):
    if isinstance(w_other, W_Dict) and space.type(w_other).lookup("__iter__") is \
            w_dict_type.dict_w["__iter__"]:
        w_self.storage.update(w_other.storage)
        return
    if space.findattr(w_other, "keys") is not None:
        for w_key in space.unpack_iterable(space.call_method(w_other, "keys")):
            w_self.storage[_hashable(w_key)] = space.getitem(w_other, w_key)
        return
    for i, w_pair in enumerate(space.unpack_iterable(w_other)):
        try:
            pair = space.unpack_iterable(w_pair)
        except OperationError as e:
            if e.match(space.builtin_exception("TypeError")):
                raise space.type_error("cannot convert dictionary update sequence element "
                                       "#%d to a sequence" % i)
            raise
        if len(pair) != 2:
            raise space.value_error("dictionary update sequence element #%d has length %d; "
                                    "2 is required" % (i, len(pair)))
        w_self.storage[_hashable(pair[0])] = pair[1]


@method(w_dict_type, "__init__", keywords=True)
def dict_init(w_self, w_other=NOT_GIVEN, **kwargs_w):
    if w_other is not NOT_GIVEN:
        dict_update_from(w_self, w_other)
    w_self.storage.update(kwargs_w)


@method(w_dict_type, "update", keywords=True)
def dict_update(w_self, w_other=NOT_GIVEN, **kwargs_w):
    if w_other is not NOT_GIVEN:
        dict_update_from(w_self, w_other)
    w_self.storage.update(kwargs_w)


@method(w_dict_type, "__repr__")
def dict_repr(w_self):
    return guarded_repr(w_self, "{...}", lambda: "{" + ", ".join(
        "%s: %s" % (space.repr(k), space.repr(v)) for k, v in list(w_self.storage.items()))
        + "}")


@method(w_dict_type, "__len__")
def dict_len(w_self):
    return len(w_self.storage)


space.exact_lengths[W_Dict] = (w_dict_type, dict_len)


@method(w_dict_type, "__getitem__")
def dict_getitem(w_self, w_key):
    try:
        return w_self.storage[w_key]
    except KeyError:
        pass
    except TypeError:
        _hashable(w_key)
        raise
    if space.type(w_self) is not w_dict_type:
        w_missing = space.type(w_self).lookup("__missing__")
        if w_missing is not None:
            return space.call(space.get(w_missing, w_self), [w_key])
    raise _key_error(w_key)


space.exact_getitems[W_Dict] = (w_dict_type, dict_getitem)


@method(w_dict_type, "__setitem__")
def dict_setitem(w_self, w_key, w_value):
    w_self.storage[_hashable(w_key)] = w_value


space.exact_setitems[W_Dict] = (w_dict_type, dict_setitem)


@method(w_dict_type, "__delitem__")
def dict_delitem(w_self, w_key):
    try:
        del w_self.storage[_hashable(w_key)]
    except KeyError:
        raise _key_error(w_key)


@method(w_dict_type, "__contains__")
def dict_contains(w_self, w_key):
    return _hashable(w_key) in w_self.storage


space.exact_contains[W_Dict] = (w_dict_type, dict_contains)


@method(w_dict_type, "__iter__")
def dict_iter(w_self):
    return iterobject.new_host_iter("dict_keyiterator", iter(w_self.storage), w_self,
                                    len(w_self.storage))


@method(w_dict_type, "__reversed__")
def dict_reversed(w_self):
    return iterobject.new_host_iter("dict_reversekeyiterator", reversed(w_self.storage),
                                    w_self, len(w_self.storage))


@method(w_dict_type, "get")
def dict_get(w_self, w_key, w_default=None):
    return w_self.storage.get(_hashable(w_key), w_default)


@method(w_dict_type, "setdefault")
def dict_setdefault(w_self, w_key, w_default=None):
    return w_self.storage.setdefault(_hashable(w_key), w_default)


@method(w_dict_type, "pop")
def dict_pop(w_self, w_key, w_default=NOT_GIVEN):
    try:
        return w_self.storage.pop(_hashable(w_key))
    except KeyError:
        if w_default is NOT_GIVEN:
            raise _key_error(w_key)
        return w_default


@method(w_dict_type, "popitem")
def dict_popitem(w_self):
    if not w_self.storage:
        raise space.error(space.builtin_exception("KeyError"), "popitem(): dictionary is empty")
    w_key, w_value = w_self.storage.popitem()
    return space.newtuple([w_key, w_value])


@method(w_dict_type, "clear")
def dict_clear(w_self):
    w_self.storage.clear()


@method(w_dict_type, "copy")
def dict_copy(w_self):
    return W_Dict(dict(w_self.storage))


@classmethod_(w_dict_type, "fromkeys")
def dict_fromkeys(w_cls, w_iterable, w_value=None):
    w_dict = space.call(w_cls, [])
    for w_key in space.unpack_iterable(w_iterable):
        space.setitem(w_dict, w_key, w_value)
    return w_dict


@method(w_dict_type, "keys")
def dict_keys(w_self):
    return W_DictView(w_dict_keys_type, w_self)


@method(w_dict_type, "values")
def dict_values(w_self):
    return W_DictView(w_dict_values_type, w_self)


@method(w_dict_type, "items")
def dict_items(w_self):
    return W_DictView(w_dict_items_type, w_self)


@method(w_dict_type, "__eq__")
def dict_eq(w_self, w_other):
    if not isinstance(w_other, W_Dict):
        return space.w_NotImplemented
    if len(w_self.storage) != len(w_other.storage):
        return False
    for w_key, w_value in list(w_self.storage.items()):
        w_other_value = w_other.storage.get(w_key, MISSING)
        if w_other_value is MISSING:
            return False
        if not (w_value is w_other_value or space.eq_w(w_value, w_other_value)):
            return False
    return True


@method(w_dict_type, "__ne__")
def dict_ne(w_self, w_other):
    w_result = dict_eq(w_self, w_other)
    return w_result if w_result is space.w_NotImplemented else not w_result


@method(w_dict_type, "__or__")
def dict_or(w_self, w_other):
    if not isinstance(w_other, W_Dict):
        return space.w_NotImplemented
    w_new = W_Dict(dict(w_self.storage))          # a plain dict, even for subclasses
    w_new.storage.update(w_other.storage)
    return w_new


@method(w_dict_type, "__ror__")
def dict_ror(w_self, w_other):
    if not isinstance(w_other, W_Dict):
        return space.w_NotImplemented
    w_new = W_Dict(dict(w_other.storage))
    w_new.storage.update(w_self.storage)
    return w_new


@method(w_dict_type, "__ior__")
def dict_ior(w_self, w_other):
    dict_update_from(w_self, w_other)
    return w_self


# -- views -------------------------------------------------------------------------------
def _view_items(w_view):
    storage = w_view.w_dict_viewed.storage
    if w_view.w_type is w_dict_keys_type:
        return storage.keys()
    if w_view.w_type is w_dict_values_type:
        return storage.values()
    return storage.items()


def _view_wrap(w_view, item):
    if w_view.w_type is w_dict_items_type:
        return space.newtuple(item)
    return item


for _w_view_type, _kind in ((w_dict_keys_type, "key"), (w_dict_values_type, "value"),
                            (w_dict_items_type, "item")):
    def _make(kind):
        def view_iter(w_self):
            return iterobject.new_host_iter(
                "dict_%siterator" % kind, (_view_wrap(w_self, x) for x in _view_items(w_self)),
                w_self.w_dict_viewed, len(w_self.w_dict_viewed.storage))

        def view_reversed(w_self):
            return iterobject.new_host_iter(
                "dict_reverse%siterator" % kind,
                (_view_wrap(w_self, x) for x in reversed(_view_items(w_self))),
                w_self.w_dict_viewed, len(w_self.w_dict_viewed.storage))

        def view_repr(w_self):
            return guarded_repr(w_self, "...", lambda: "%s([%s])" % (
                w_self.w_type.name, ", ".join(space.repr(_view_wrap(w_self, x))
                                              for x in list(_view_items(w_self)))))
        return view_iter, view_reversed, view_repr
    _iter, _rev, _repr = _make(_kind)
    method(_w_view_type, "__iter__")(_iter)
    method(_w_view_type, "__reversed__")(_rev)
    method(_w_view_type, "__repr__")(_repr)
    method(_w_view_type, "__len__")(lambda w_self: len(w_self.w_dict_viewed.storage))


@method(w_dict_keys_type, "__contains__")
def keys_contains(w_self, w_key):
    return _hashable(w_key) in w_self.w_dict_viewed.storage


@method(w_dict_items_type, "__contains__")
def items_contains(w_self, w_item):
    if not isinstance(w_item, tupleobject.W_Tuple) or len(w_item.items_w) != 2:
        return False
    w_key, w_value = w_item.items_w
    w_found = w_self.w_dict_viewed.storage.get(_hashable(w_key), MISSING)
    return w_found is not MISSING and (w_found is w_value or space.eq_w(w_found, w_value))


def _view_set(w_view):
    return {_view_wrap(w_view, x) for x in _view_items(w_view)}


def _set_op(op):
    def view_op(w_self, w_other):
        from snakevm.objspace.setobject import W_Set
        try:
            other = set(space.unpack_iterable(w_other))
        except OperationError:
            return space.w_NotImplemented
        return W_Set(op(_view_set(w_self), other))
    return view_op


for _w_view_type in (w_dict_keys_type, w_dict_items_type):
    for _name, _op in (("__and__", lambda a, b: a & b), ("__or__", lambda a, b: a | b),
                       ("__sub__", lambda a, b: a - b), ("__xor__", lambda a, b: a ^ b),
                       ("__rand__", lambda a, b: b & a), ("__ror__", lambda a, b: b | a),
                       ("__rsub__", lambda a, b: b - a), ("__rxor__", lambda a, b: b ^ a)):
        method(_w_view_type, _name)(_set_op(_op))
    method(_w_view_type, "__eq__")(
        lambda w_self, w_other: _view_set(w_self) == set(space.unpack_iterable(w_other))
        if isinstance(w_other, W_DictView) or type(w_other).__name__ in ("W_Set",)
        else space.w_NotImplemented)
    method(_w_view_type, "isdisjoint")(
        lambda w_self, w_other: _view_set(w_self).isdisjoint(space.unpack_iterable(w_other)))



# -- set-like views: comparisons with sets and other views, isdisjoint, mapping ------------------
def _is_set_like(w_obj):
    from snakevm.objspace.setobject import W_Set
    return isinstance(w_obj, W_Set) or (isinstance(w_obj, W_DictView) and
                                        w_obj.w_type is not w_dict_values_type)


def _contains(w_container, w_item):
    return space.is_true(space.call_method(w_container, "__contains__", w_item))


def _all_contained_in(w_a, w_b):
    return all(_contains(w_b, w_item) for w_item in list(space.unpack_iterable(w_a)))


def _view_compare(symbol):
    def compare(w_self, w_other):
        if not _is_set_like(w_other):
            return space.w_NotImplemented
        n, m = space.len_w(w_self), space.len_w(w_other)
        if symbol in ("==", "!="):
            equal = n == m and _all_contained_in(w_self, w_other)
            return equal if symbol == "==" else not equal
        if symbol == "<":
            return n < m and _all_contained_in(w_self, w_other)
        if symbol == "<=":
            return n <= m and _all_contained_in(w_self, w_other)
        if symbol == ">":
            return n > m and _all_contained_in(w_other, w_self)
        return n >= m and _all_contained_in(w_other, w_self)
    return compare


for _w_view_type in (w_dict_keys_type, w_dict_items_type):
    for _name, _symbol in (("__eq__", "=="), ("__ne__", "!="), ("__lt__", "<"),
                           ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
        method(_w_view_type, _name)(_view_compare(_symbol))
    _w_view_type.dict_w["__hash__"] = None
for _w_view_type in (w_dict_keys_type, w_dict_values_type, w_dict_items_type):
    getset(_w_view_type, "mapping")(
        lambda w_self: space.new_mappingproxy(w_self.w_dict_viewed.storage,
                                              w_self.w_dict_viewed))


# (imported last: these modules import this one)
from snakevm.objspace import iterobject, tupleobject  # noqa: E402
