"""Iterator types: list/tuple iterators (an index into the live sequence),
iterators over host storage (dict, set, str, bytes, range), the old
__getitem__ protocol (iterator), iter(f, sentinel) (callable_iterator), and
enumerate, zip, map, filter, reversed.

Every iterator keeps the guest objects it will produce reachable through
``w_``/``_w`` attributes, so the garbage collector sees them; ``remaining()``
backs __length_hint__."""

import operator

from snakevm.objspace.root import W_Root, OperationError
from snakevm.objspace.typedef import builtin_type, method, new_method
from snakevm.objspace.space import space, STOP_ITERATION
from snakevm.objspace.rangeobject import range_length


class W_HostIter(W_Root):
    """Iterates a host iterator over the storage of ``w_source`` (a dict, set, str,
    bytes or range); ``w_type`` names the iterator kind."""

    def __init__(self, w_type, host_iter, w_source=None, length=None):
        self.w_type = w_type
        self.host_iter = host_iter
        self.w_source = w_source
        self.left = length                 # items still to come, when known

    def next_w(self):
        try:
            w_item = next(self.host_iter)
        except StopIteration:
            self.left = 0
            return STOP_ITERATION
        except RuntimeError as e:          # "dictionary changed size during iteration"
            self.left = 0
            raise space.error(space.builtin_exception("RuntimeError"), str(e))
        if self.left is not None:
            self.left = max(self.left - 1, 0)
        return w_item

    def remaining(self):
        if self.left is not None:
            return self.left
        return operator.length_hint(self.host_iter)


class W_IndexIter(W_Root):
    """list_iterator, list_reverseiterator, tuple_iterator: an index into the live
    items of ``w_seq`` (so appending during iteration is seen, like CPython)."""

    def __init__(self, w_type, w_seq, reverse=False):
        self.w_type = w_type
        self.w_seq = w_seq
        self.reverse = reverse
        self.index = len(w_seq.items_w) - 1 if reverse else 0

    def next_w(self):
        w_seq = self.w_seq
        if w_seq is None:
            return STOP_ITERATION
        items = w_seq.items_w
        if self.reverse:
            if 0 <= self.index < len(items):
                self.index -= 1
                return items[self.index + 1]
        elif self.index < len(items):
            self.index += 1
            return items[self.index - 1]
        self.w_seq = None                  # exhausted iterators stay exhausted
        return STOP_ITERATION

    def remaining(self):
        if self.w_seq is None:
            return 0
        if self.reverse:
            return self.index + 1 if self.index < len(self.w_seq.items_w) else 0
        return max(len(self.w_seq.items_w) - self.index, 0)

    def setstate(self, index):
        if self.w_seq is None:
            return
        n = len(self.w_seq.items_w)
        if self.reverse:
            self.index = min(max(index, -1), n - 1)
        else:
            self.index = min(max(index, 0), n)


class W_ValueIter(W_Root):
    """Iterates an indexable host value holding no guest objects (a str, bytes, a
    bytearray's buffer or a range) by position, so __setstate__ can move it."""

    def __init__(self, w_type, value, w_source=None):
        self.w_type = w_type
        self.value = value
        self.w_source = w_source           # the guest bytearray, when iterating one
        self.index = 0
        # a range's length, found once (FOR_ITER_RANGE reads it too)
        self.length = range_length(value) if isinstance(value, range) else None

    def _len(self):
        if self.length is not None:
            return self.length
        return len(self.value)

    def next_w(self):
        value = self.value
        if value is None or self.index >= self._len():
            self.value = None
            return STOP_ITERATION
        self.index += 1
        return value[self.index - 1]

    def remaining(self):
        return 0 if self.value is None else max(self._len() - self.index, 0)

    def setstate(self, index):
        if self.value is not None:
            self.index = min(max(index, 0), self._len())


class W_SeqIter(W_Root):
    """iter() of an object with only __getitem__."""

    def __init__(self, w_seq):
        self.w_seq = w_seq
        self.index = 0

    def next_w(self):
        if self.w_seq is None:
            return STOP_ITERATION
        try:
            w_item = space.getitem(self.w_seq, self.index)
        except OperationError as e:
            if e.match(space.builtin_exception("IndexError")) or \
                    e.match(space.builtin_exception("StopIteration")):
                self.w_seq = None
                return STOP_ITERATION
            raise
        self.index += 1
        return w_item

    def remaining(self):
        if self.w_seq is None:
            return 0
        try:
            return max(space.len_w(self.w_seq) - self.index, 0)
        except OperationError:
            return NotImplemented


class W_CallableIterator(W_Root):
    def __init__(self, w_callable, w_sentinel):
        self.w_callable = w_callable
        self.w_sentinel = w_sentinel

    def next_w(self):
        if self.w_callable is None:
            return STOP_ITERATION
        try:
            w_value = space.call(self.w_callable, [])
        except OperationError as e:
            if e.match(space.builtin_exception("StopIteration")):
                self.w_callable = None
                return STOP_ITERATION
            raise
        if space.eq_w(w_value, self.w_sentinel):
            self.w_callable = None
            return STOP_ITERATION
        return w_value


ITERATOR_TYPES = {}


def iterator_type(name, instance_class=W_HostIter):
    w_type = builtin_type(name, instance_class=instance_class, acceptable_as_base=False)
    ITERATOR_TYPES[name] = w_type
    method(w_type, "__iter__")(lambda w_self: w_self)
    method(w_type, "__next__")(_iter_next)
    return w_type


def _iter_next(w_self):
    w_item = w_self.next_w()
    if w_item is STOP_ITERATION:
        raise space.error(space.builtin_exception("StopIteration"))
    return w_item


def _length_hint(w_self):
    hint = w_self.remaining()
    return space.w_NotImplemented if hint is NotImplemented else hint


_HINTED = ("list_iterator", "list_reverseiterator", "tuple_iterator", "range_iterator",
           "dict_keyiterator", "dict_valueiterator", "dict_itemiterator",
           "dict_reversekeyiterator", "dict_reversevalueiterator", "dict_reverseitemiterator",
           "set_iterator", "str_ascii_iterator", "str_iterator", "bytes_iterator",
           "bytearray_iterator", "longrange_iterator")
for _name in _HINTED:
    _w_type = iterator_type(_name, W_IndexIter if _name in (
        "list_iterator", "list_reverseiterator", "tuple_iterator") else W_ValueIter if _name in (
        "range_iterator", "str_ascii_iterator", "str_iterator", "bytes_iterator",
        "bytearray_iterator") else W_HostIter)
    method(_w_type, "__length_hint__")(_length_hint)
for _name in ("list_iterator", "list_reverseiterator", "tuple_iterator"):
    method(ITERATOR_TYPES[_name], "__setstate__")(
        lambda w_self, w_state: w_self.setstate(space.index(w_state)))

for _name in ("range_iterator", "str_ascii_iterator", "str_iterator", "bytes_iterator",
              "bytearray_iterator"):
    method(ITERATOR_TYPES[_name], "__setstate__")(
        lambda w_self, w_state: w_self.setstate(space.index(w_state)))


iterator_type("memory_iterator", W_ValueIter)
w_seqiter_type = iterator_type("iterator", W_SeqIter)
method(w_seqiter_type, "__setstate__")(
    lambda w_self, w_state: setattr(w_self, "index", max(space.index(w_state), 0))
    if w_self.w_seq is not None else None)
W_SeqIter.w_type = w_seqiter_type
method(w_seqiter_type, "__length_hint__")(_length_hint)
w_callable_iterator_type = iterator_type("callable_iterator", W_CallableIterator)
W_CallableIterator.w_type = w_callable_iterator_type


def new_host_iter(type_name, host_iter, w_source=None, length=None):
    return W_HostIter(ITERATOR_TYPES[type_name], host_iter, w_source, length)


def new_value_iter(type_name, value, w_source=None):
    return W_ValueIter(ITERATOR_TYPES[type_name], value, w_source)


def new_index_iter(type_name, w_seq, reverse=False):
    return W_IndexIter(ITERATOR_TYPES[type_name], w_seq, reverse)


def iterate(w_iterable):
    """A host generator over the items of a guest iterable."""
    w_iter = space.iter(w_iterable)
    while True:
        w_item = space.next(w_iter)
        if w_item is STOP_ITERATION:
            return
        yield w_item


# -- enumerate, zip, map, filter, reversed -------------------------------------------------
class W_Enumerate(W_Root):
    def __init__(self, w_type, w_iter, count):
        self.w_type = w_type
        self.w_iter = w_iter
        self.count = count

    def next_w(self):
        w_item = space.next(self.w_iter)
        if w_item is STOP_ITERATION:
            return STOP_ITERATION
        self.count += 1
        return space.newtuple([self.count - 1, w_item])


class W_Zip(W_Root):
    def __init__(self, w_type, iters_w, strict):
        self.w_type = w_type
        self.iters_w = iters_w
        self.strict = strict

    def next_w(self):
        if not self.iters_w:
            return STOP_ITERATION
        items = []
        for i, w_it in enumerate(self.iters_w):
            w_item = space.next(w_it)
            if w_item is STOP_ITERATION:
                if self.strict:
                    self._check_lengths(i)
                return STOP_ITERATION
            items.append(w_item)
        return space.newtuple(items)

    def _check_lengths(self, i):
        if i > 0:
            plural = " " if i == 1 else "s 1-"
            raise space.value_error("zip() argument %d is shorter than argument%s%d"
                                    % (i + 1, plural, i))
        for j, w_other in enumerate(self.iters_w[1:], 1):
            if space.next(w_other) is not STOP_ITERATION:
                plural = " " if j == 1 else "s 1-"
                raise space.value_error("zip() argument %d is longer than argument%s%d"
                                        % (j + 1, plural, j))


class W_Map(W_Root):
    def __init__(self, w_type, w_func, iters_w):
        self.w_type = w_type
        self.w_func = w_func
        self.iters_w = iters_w

    def next_w(self):
        args = []
        for w_it in self.iters_w:
            w_item = space.next(w_it)
            if w_item is STOP_ITERATION:
                return STOP_ITERATION
            args.append(w_item)
        return space.call(self.w_func, args)


class W_Filter(W_Root):
    def __init__(self, w_type, w_func, w_iter):
        self.w_type = w_type
        self.w_func = w_func
        self.w_iter = w_iter

    def next_w(self):
        while True:
            w_item = space.next(self.w_iter)
            if w_item is STOP_ITERATION:
                return STOP_ITERATION
            if self.w_func is None or self.w_func is space.type(True):
                ok = space.is_true(w_item)
            else:
                ok = space.is_true(space.call(self.w_func, [w_item]))
            if ok:
                return w_item


class W_Reversed(W_Root):
    """reversed() of a sequence without __reversed__: indexes from the end."""

    def __init__(self, w_type, w_seq, length):
        self.w_type = w_type
        self.w_seq = w_seq
        self.index = length - 1

    def next_w(self):
        if self.w_seq is None or self.index < 0:
            self.w_seq = None
            return STOP_ITERATION
        try:
            w_item = space.getitem(self.w_seq, self.index)
        except OperationError as e:
            if e.match(space.builtin_exception("IndexError")) or \
                    e.match(space.builtin_exception("StopIteration")):
                self.w_seq = None
                return STOP_ITERATION
            raise
        self.index -= 1
        return w_item

    def remaining(self):
        if self.w_seq is None:
            return 0
        return max(self.index + 1, 0)


def _lazy_type(name, instance_class):
    w_type = builtin_type(name, instance_class=instance_class)
    method(w_type, "__iter__")(lambda w_self: w_self)
    method(w_type, "__next__")(_iter_next)
    return w_type


w_enumerate_type = _lazy_type("enumerate", W_Enumerate)
w_zip_type = _lazy_type("zip", W_Zip)
w_map_type = _lazy_type("map", W_Map)
w_filter_type = _lazy_type("filter", W_Filter)
w_reversed_type = _lazy_type("reversed", W_Reversed)
method(w_reversed_type, "__length_hint__")(_length_hint)
method(w_zip_type, "__setstate__")(
    lambda w_self, w_state: setattr(w_self, "strict", space.is_true(w_state)))
method(w_reversed_type, "__setstate__")(
    lambda w_self, w_state: setattr(w_self, "index", space.index(w_state))
    if w_self.w_seq is not None else None)


def _expect_args(name, args_w, kwargs_w, low, high):
    """PyArg_UnpackTuple-style checks: "name expected N arguments, got M"."""
    if kwargs_w:
        raise space.type_error("%s() takes no keyword arguments" % name)
    n = len(args_w)
    if low == high and n != low:
        raise space.type_error("%s expected %d argument%s, got %d"
                               % (name, low, "" if low == 1 else "s", n))
    if n < low:
        raise space.type_error("%s expected at least %d argument%s, got %d"
                               % (name, low, "" if low == 1 else "s", n))
    if n > high:
        raise space.type_error("%s expected at most %d argument%s, got %d"
                               % (name, high, "" if high == 1 else "s", n))


@new_method(w_enumerate_type)
def enumerate_new(w_cls, *args_w, **kwargs_w):
    names = ("iterable", "start")
    for key in kwargs_w:
        if key not in names:
            raise space.type_error("'%s' is an invalid keyword argument for enumerate()" % key)
    if len(args_w) > 2:
        raise space.type_error("enumerate() takes at most 2 arguments (%d given)"
                               % (len(args_w) + len(kwargs_w)))
    values = dict(zip(names, args_w))
    for key, w_value in kwargs_w.items():
        if key in values:
            raise space.type_error("argument for enumerate() given by name ('%s') and "
                                   "position (%d)" % (key, names.index(key) + 1))
        values[key] = w_value
    if "iterable" not in values:
        raise space.type_error("enumerate() missing required argument 'iterable' (pos 1)"
                               if False else "enumerate() missing required argument 'iterable'")
    start = values.get("start", 0)
    if not isinstance(start, int):
        start = space.index(start)
    return W_Enumerate(w_cls, space.iter(values["iterable"]), start)


@new_method(w_zip_type)
def zip_new(w_cls, *iterables_w, **kwargs_w):
    strict = False
    for key, w_value in kwargs_w.items():
        if key != "strict":
            raise space.type_error("zip() got an unexpected keyword argument '%s'" % key)
        strict = space.is_true(w_value)
    return W_Zip(w_cls, [space.iter(w_it) for w_it in iterables_w], strict)


@new_method(w_map_type)
def map_new(w_cls, *args_w, **kwargs_w):
    if kwargs_w and w_cls is w_map_type:
        raise space.type_error("map() takes no keyword arguments")
    if len(args_w) < 2:
        raise space.type_error("map() must have at least two arguments.")
    return W_Map(w_cls, args_w[0], [space.iter(w) for w in args_w[1:]])


@new_method(w_filter_type)
def filter_new(w_cls, *args_w, **kwargs_w):
    if kwargs_w and w_cls is w_filter_type:
        raise space.type_error("filter() takes no keyword arguments")
    _expect_args("filter", args_w, None, 2, 2)
    return W_Filter(w_cls, args_w[0], space.iter(args_w[1]))


@new_method(w_reversed_type)
def reversed_new(w_cls, *args_w, **kwargs_w):
    if kwargs_w and w_cls is w_reversed_type:
        raise space.type_error("reversed() takes no keyword arguments")
    _expect_args("reversed", args_w, None, 1, 1)
    w_seq = args_w[0]
    w_impl = space.type(w_seq).lookup("__reversed__")
    if w_impl is not None:
        return space.call_bound(w_impl, w_seq, [])
    if space.type(w_seq).lookup("__getitem__") is None or \
            space.type(w_seq).lookup("__len__") is None or space.type(w_seq).name == "dict":
        raise space.type_error("'%s' object is not reversible" % space.type(w_seq).name)
    return W_Reversed(w_cls, w_seq, space.len_w(w_seq))


# -- pickling of map/filter/zip/enumerate (CPython's __reduce__ of these types) -----------------
@method(w_map_type, "__reduce__")
def map_reduce(w_self):
    return space.newtuple([space.type(w_self), space.newtuple([w_self.w_func] +
                                                              list(w_self.iters_w))])


@method(w_filter_type, "__reduce__")
def filter_reduce(w_self):
    return space.newtuple([space.type(w_self), space.newtuple([w_self.w_func, w_self.w_iter])])


@method(w_zip_type, "__reduce__")
def zip_reduce(w_self):
    w_args = space.newtuple(list(w_self.iters_w))
    if w_self.strict:
        return space.newtuple([space.type(w_self), w_args, True])
    return space.newtuple([space.type(w_self), w_args])


def _builtin(name):
    return space.getattr(space.builtins_module(), name)


def _value_iter_reduce(w_self):
    """(iter, (source,), index) like CPython; an exhausted iterator reduces to an empty one."""
    if w_self.value is None:
        empty = "" if isinstance(w_self.w_type, W_Root) and \
            w_self.w_type.name.startswith("str") else space.newtuple([])
        return space.newtuple([_builtin("iter"), space.newtuple([empty])])
    value = w_self.value
    if isinstance(value, range):
        from snakevm.objspace.rangeobject import W_Range    # ranges import this module
        w_source = W_Range(value)
    else:
        w_source = w_self.w_source if w_self.w_source is not None else value
    return space.newtuple([_builtin("iter"), space.newtuple([w_source]), w_self.index])


def _index_iter_reduce(w_self):
    if w_self.w_seq is None:
        w_empty = space.newtuple([]) if w_self.w_type.name == "tuple_iterator" else \
            space.newlist([])
        return space.newtuple([_builtin("iter"), space.newtuple([w_empty])])
    if w_self.reverse:
        return space.newtuple([_builtin("reversed"), space.newtuple([w_self.w_seq]),
                               w_self.index])
    return space.newtuple([_builtin("iter"), space.newtuple([w_self.w_seq]), w_self.index])


for _name in ("range_iterator", "str_ascii_iterator", "str_iterator", "bytes_iterator",
              "bytearray_iterator"):
    method(ITERATOR_TYPES[_name], "__reduce__")(_value_iter_reduce)
for _name in ("list_iterator", "list_reverseiterator", "tuple_iterator"):
    method(ITERATOR_TYPES[_name], "__reduce__")(_index_iter_reduce)


@method(w_seqiter_type, "__reduce__")
def seqiter_reduce(w_self):
    if w_self.w_seq is None:
        return space.newtuple([_builtin("iter"), space.newtuple([space.newtuple([])])])
    return space.newtuple([_builtin("iter"), space.newtuple([w_self.w_seq]), w_self.index])


@method(w_callable_iterator_type, "__reduce__")
def callable_iterator_reduce(w_self):
    if w_self.w_callable is None:
        return space.newtuple([_builtin("iter"), space.newtuple([space.newtuple([])])])
    return space.newtuple([_builtin("iter"), space.newtuple([w_self.w_callable,
                                                             w_self.w_sentinel])])


@method(w_enumerate_type, "__reduce__")
def enumerate_reduce(w_self):
    return space.newtuple([space.type(w_self), space.newtuple([w_self.w_iter, w_self.count])])


@method(w_reversed_type, "__reduce__")
def reversed_reduce(w_self):
    if w_self.w_seq is None:
        return space.newtuple([space.type(w_self), space.newtuple([space.newtuple([])])])
    return space.newtuple([space.type(w_self), space.newtuple([w_self.w_seq]), w_self.index])
