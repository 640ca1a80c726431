"""Iterator types: iterators over host sequences (list_iterator, tuple_iterator,
dict_keyiterator, ...), the old __getitem__ protocol (iterator), iter(f, sentinel)
(callable_iterator), and enumerate, zip, map, filter, reversed."""

from snakevm.objspace.root import W_Root, OperationError
from snakevm.objspace.typedef import builtin_type, method, new_method
from snakevm.objspace.space import space, STOP_ITERATION


class W_HostIter(W_Root):
    """Iterates a host iterator of guest objects; ``w_type`` names the iterator kind."""

    def __init__(self, w_type, host_iter, w_source=None):
        self.w_type = w_type
        self.host_iter = host_iter
        self.w_source = w_source

    def next_w(self):
        try:
            return next(self.host_iter)
        except StopIteration:
            return STOP_ITERATION
        except RuntimeError as e:          # "dictionary changed size during iteration"
            raise space.error(space.builtin_exception("RuntimeError"), str(e))


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


class W_CallableIterator(W_Root):
    def __init__(self, w_callable, w_sentinel):
        self.w_callable = w_callable
        self.w_sentinel = w_sentinel

    def next_w(self):
        if self.w_callable is None:
            return STOP_ITERATION
        w_value = space.call(self.w_callable, [])
        if space.eq_w(w_value, self.w_sentinel):
            self.w_callable = None
            return STOP_ITERATION
        return w_value


class W_GeneratorBasedIter(W_Root):
    """enumerate/zip/map/filter/reversed: a host generator driving guest calls."""

    def __init__(self, w_type, host_gen):
        self.w_type = w_type
        self.host_gen = host_gen

    def next_w(self):
        try:
            return next(self.host_gen)
        except StopIteration:
            return STOP_ITERATION


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


for _name in ("list_iterator", "list_reverseiterator", "tuple_iterator", "range_iterator",
              "dict_keyiterator", "dict_valueiterator", "dict_itemiterator",
              "dict_reversekeyiterator", "dict_reversevalueiterator", "dict_reverseitemiterator",
              "set_iterator", "str_ascii_iterator", "str_iterator", "bytes_iterator",
              "bytearray_iterator",
              "longrange_iterator"):
    iterator_type(_name)

w_seqiter_type = iterator_type("iterator", W_SeqIter)
W_SeqIter.w_type = w_seqiter_type
w_callable_iterator_type = iterator_type("callable_iterator", W_CallableIterator)
W_CallableIterator.w_type = w_callable_iterator_type


def new_host_iter(type_name, host_iter, w_source=None):
    return W_HostIter(ITERATOR_TYPES[type_name], host_iter, w_source)


def iterate(w_iterable):
    """A host generator over the items of a guest iterable."""
    w_iter = space.iter(w_iterable)
    while True:
        w_item = space.next(w_iter)
        if w_item is STOP_ITERATION:
            return
        yield w_item


# -- enumerate, zip, map, filter, reversed -------------------------------------------------

def _lazy_type(name):
    w_type = builtin_type(name, instance_class=W_GeneratorBasedIter)
    method(w_type, "__iter__")(lambda w_self: w_self)
    method(w_type, "__next__")(_iter_next)
    return w_type


w_enumerate_type = _lazy_type("enumerate")
w_zip_type = _lazy_type("zip")
w_map_type = _lazy_type("map")
w_filter_type = _lazy_type("filter")
w_reversed_type = _lazy_type("reversed")


@new_method(w_enumerate_type)
def enumerate_new(w_cls, w_iterable, start=0):
    w_iter = space.iter(w_iterable)
    count = space.index(start) if not isinstance(start, int) else start

    def gen(count=count):
        while True:
            w_item = space.next(w_iter)
            if w_item is STOP_ITERATION:
                return
            yield space.newtuple([count, w_item])
            count += 1
    return W_GeneratorBasedIter(w_cls, gen())


@new_method(w_zip_type)
def zip_new(w_cls, *iterables_w, strict=False):
    iters_w = []
    for i, w_it in enumerate(iterables_w):
        try:
            iters_w.append(space.iter(w_it))
        except OperationError as e:
            if e.match(space.builtin_exception("TypeError")):
                raise space.type_error("zip argument #%d must support iteration" % (i + 1))
            raise
    strict = space.is_true(strict)

    def gen():
        if not iters_w:
            return
        while True:
            items = []
            for i, w_it in enumerate(iters_w):
                w_item = space.next(w_it)
                if w_item is STOP_ITERATION:
                    if strict:
                        if i > 0:
                            plural = " " if i == 1 else "s 1-"
                            raise space.value_error("zip() argument %d is shorter than "
                                                    "argument%s%d" % (i + 1, plural, i))
                        for j, w_other in enumerate(iters_w[1:], 1):
                            if space.next(w_other) is not STOP_ITERATION:
                                plural = " " if j == 1 else "s 1-"
                                raise space.value_error("zip() argument %d is longer than "
                                                        "argument%s%d" % (j + 1, plural, j))
                    return
                items.append(w_item)
            yield space.newtuple(items)
    return W_GeneratorBasedIter(w_cls, gen())


@new_method(w_map_type)
def map_new(w_cls, w_func, *iterables_w):
    if not iterables_w:
        raise space.type_error("map() must have at least two arguments.")
    iters_w = [space.iter(w) for w in iterables_w]

    def gen():
        while True:
            args = []
            for w_it in iters_w:
                w_item = space.next(w_it)
                if w_item is STOP_ITERATION:
                    return
                args.append(w_item)
            yield space.call(w_func, args)
    return W_GeneratorBasedIter(w_cls, gen())


@new_method(w_filter_type)
def filter_new(w_cls, w_func, w_iterable):
    w_iter = space.iter(w_iterable)

    def gen():
        while True:
            w_item = space.next(w_iter)
            if w_item is STOP_ITERATION:
                return
            ok = space.is_true(w_item) if w_func is None else \
                space.is_true(space.call(w_func, [w_item]))
            if ok:
                yield w_item
    return W_GeneratorBasedIter(w_cls, gen())


@new_method(w_reversed_type)
def reversed_new(w_cls, w_seq):
    w_impl = space.type(w_seq).lookup("__reversed__")
    if w_impl is not None:
        return space.call(space.get(w_impl, w_seq), [])
    if space.type(w_seq).lookup("__getitem__") is None or \
            space.type(w_seq).lookup("__len__") is None:
        raise space.type_error("'%s' object is not reversible" % space.type(w_seq).name)
    length = space.len_w(w_seq)

    def gen():
        for i in range(length - 1, -1, -1):
            yield space.getitem(w_seq, i)
    return W_GeneratorBasedIter(w_cls, gen())
