"""itertools for snakevm, written as application-level Python (run by the
guest interpreter); the combinatoric iterators (product, permutations,
combinations, combinations_with_replacement) are interpreter level, in
snakevm/module/itertoolsmodule.py, which runs this file in the same module.
Each iterator is a small class so that type names, reprs and errors resemble
CPython's C implementation."""


def _iterator_class(cls):
    cls.__module__ = "itertools"
    cls.__iter__ = lambda self: self
    return cls


def _check_int(value, what):
    if not hasattr(type(value), "__index__"):
        raise TypeError("%s must be an integer" % what if what else
                        "'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return value.__index__()


@_iterator_class
class count:
    def __init__(self, start=0, step=1):
        for value in (start, step):
            if not isinstance(value, (int, float, complex)) and not hasattr(type(value), "__add__"):
                raise TypeError("a number is required")
        self._next = start
        self._step = step

    def __next__(self):
        value = self._next
        self._next = value + self._step
        return value

    def __repr__(self):
        if self._step == 1 and type(self._step) is int:
            return "count(%r)" % (self._next,)
        return "count(%r, %r)" % (self._next, self._step)


@_iterator_class
class cycle:
    def __init__(self, iterable):
        self._it = iter(iterable)
        self._saved = []
        self._replay = None

    def __next__(self):
        if self._replay is None:
            for item in self._it:
                self._saved.append(item)
                return item
            if not self._saved:
                raise StopIteration
            self._replay = 0
        item = self._saved[self._replay]
        self._replay = (self._replay + 1) % len(self._saved)
        return item


@_iterator_class
class repeat:
    def __init__(self, object, times=None):
        self._object = object
        self._left = None if times is None else max(_check_int(times, None), 0)

    def __next__(self):
        if self._left is not None:
            if self._left <= 0:
                raise StopIteration
            self._left -= 1
        return self._object

    def __length_hint__(self):
        if self._left is None:
            raise TypeError("len() of unsized object")
        return self._left

    def __repr__(self):
        if self._left is None:
            return "repeat(%r)" % (self._object,)
        return "repeat(%r, %d)" % (self._object, self._left)


@_iterator_class
class accumulate:
    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._total = initial
        self._started = initial is not None
        self._emit_initial = initial is not None

    def __next__(self):
        if self._emit_initial:
            self._emit_initial = False
            return self._total
        item = next(self._it)
        if not self._started:
            self._started = True
            self._total = item
        elif self._func is None:
            self._total = self._total + item
        else:
            self._total = self._func(self._total, item)
        return self._total


@_iterator_class
class chain:
    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        result = cls()
        result._sources = iter(iterable)
        return result

    def __next__(self):
        while True:
            if self._active is None:
                self._active = iter(next(self._sources))
            for item in self._active:
                return item
            self._active = None

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


@_iterator_class
class compress:
    def __init__(self, data, selectors):
        self._pairs = zip(data, selectors)

    def __next__(self):
        for item, selected in self._pairs:
            if selected:
                return item
        raise StopIteration


@_iterator_class
class dropwhile:
    def __init__(self, predicate, iterable):
        self._predicate = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __next__(self):
        for item in self._it:
            if self._dropping and self._predicate(item):
                continue
            self._dropping = False
            return item
        raise StopIteration


@_iterator_class
class takewhile:
    def __init__(self, predicate, iterable):
        self._predicate = predicate
        self._it = iter(iterable)
        self._done = False

    def __next__(self):
        if not self._done:
            for item in self._it:
                if self._predicate(item):
                    return item
                break
            self._done = True
        raise StopIteration


@_iterator_class
class filterfalse:
    def __init__(self, function, iterable):
        self._function = bool if function is None else function
        self._it = iter(iterable)

    def __next__(self):
        for item in self._it:
            if not self._function(item):
                return item
        raise StopIteration


class _grouper:
    def __init__(self, parent, key):
        self._parent = parent
        self._key = key

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._current_group is not self:
            raise StopIteration
        if parent._pending is _EMPTY:
            parent._advance()
        if parent._pending is _EMPTY or parent._pending_key != self._key:
            raise StopIteration
        item, parent._pending = parent._pending, _EMPTY
        return item


_grouper.__module__ = "itertools"
_EMPTY = object()


@_iterator_class
class groupby:
    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = (lambda x: x) if key is None else key
        self._pending = _EMPTY
        self._pending_key = None
        self._current_group = None
        self._current_key = _EMPTY

    def _advance(self):
        try:
            item = next(self._it)
        except StopIteration:
            self._pending = _EMPTY
            return
        self._pending = item
        self._pending_key = self._keyfunc(item)

    def __next__(self):
        while True:
            if self._pending is _EMPTY:
                self._advance()
                if self._pending is _EMPTY:
                    raise StopIteration
            if self._current_key is _EMPTY or self._pending_key != self._current_key:
                break
            self._pending = _EMPTY          # skip the rest of the current group
        self._current_key = self._pending_key
        self._current_group = _grouper(self, self._current_key)
        return self._current_key, self._current_group


@_iterator_class
class islice:
    def __init__(self, iterable, *args):
        if not 1 <= len(args) <= 3:
            raise TypeError("islice expected at most 4 arguments, got %d" % (len(args) + 1)
                            if args else "islice expected at least 2 arguments, got 1")
        bounds = slice(*args)
        start, stop, step = bounds.start, bounds.stop, bounds.step
        for value, name in ((start, "Indices"), (stop, "Stop argument")):
            if value is not None and (not hasattr(type(value), "__index__") or value.__index__() < 0):
                raise ValueError("Stop argument for islice() must be None or an integer: "
                                 "0 <= x <= sys.maxsize." if value is stop and len(args) == 1
                                 else "Indices for islice() must be None or an integer: "
                                 "0 <= x <= sys.maxsize.")
        if step is not None and (not hasattr(type(step), "__index__") or step.__index__() < 1):
            raise ValueError("Step for islice() must be a positive integer or None.")
        self._it = iter(iterable)
        self._next_index = 0 if start is None else start.__index__()
        self._stop = None if stop is None else stop.__index__()
        self._step = 1 if step is None else step.__index__()
        self._position = 0

    def __next__(self):
        if self._stop is not None and self._next_index >= self._stop:
            for _ in range(self._position, self._stop):
                next(self._it, None)
            self._position = max(self._position, self._stop)
            raise StopIteration
        while self._position < self._next_index:
            next(self._it)
            self._position += 1
        item = next(self._it)
        self._position += 1
        self._next_index += self._step
        return item


@_iterator_class
class pairwise:
    def __init__(self, iterable):
        self._it = iter(iterable)
        self._last = _EMPTY

    def __next__(self):
        if self._last is _EMPTY:
            self._last = next(self._it)
        item = next(self._it)
        pair = (self._last, item)
        self._last = item
        return pair


@_iterator_class
class starmap:
    def __init__(self, function, iterable):
        self._function = function
        self._it = iter(iterable)

    def __next__(self):
        return self._function(*next(self._it))


class _tee_buffer:
    def __init__(self, iterator):
        self.iterator = iterator
        self.items = []
        self.offset = 0              # absolute index of items[0]


@_iterator_class
class _tee:
    def __init__(self, buffer, index, readers):
        self._buffer = buffer
        self._index = index
        self._readers = readers

    def __next__(self):
        buffer = self._buffer
        position = self._index - buffer.offset
        if position == len(buffer.items):
            buffer.items.append(next(buffer.iterator))
        item = buffer.items[position]
        self._index += 1
        lowest = min(reader._index for reader in self._readers)
        if lowest > buffer.offset:
            del buffer.items[:lowest - buffer.offset]
            buffer.offset = lowest
        return item

    def __copy__(self):
        clone = _tee(self._buffer, self._index, self._readers)
        self._readers.append(clone)
        return clone


def tee(iterable, n=2):
    n = _check_int(n, None)
    if n < 0:
        raise ValueError("n must be >= 0")
    readers = []
    buffer = _tee_buffer(iter(iterable))
    for _ in range(n):
        readers.append(_tee(buffer, 0, readers))
    return tuple(readers)


@_iterator_class
class zip_longest:
    def __init__(self, *iterables, fillvalue=None):
        self._its = [iter(it) for it in iterables]
        self._active = len(self._its)
        self._fill = fillvalue

    def __next__(self):
        if not self._its or not self._active:
            raise StopIteration
        values = []
        for i, it in enumerate(self._its):
            if it is None:
                values.append(self._fill)
                continue
            try:
                values.append(next(it))
            except StopIteration:
                self._active -= 1
                if not self._active:
                    raise
                self._its[i] = None
                values.append(self._fill)
        return tuple(values)


@_iterator_class
class batched:
    def __init__(self, iterable, n):
        n = _check_int(n, None)
        if n < 1:
            raise ValueError("n must be at least one")
        self._it = iter(iterable)
        self._n = n

    def __next__(self):
        batch = []
        for item in self._it:
            batch.append(item)
            if len(batch) == self._n:
                break
        if not batch:
            raise StopIteration
        return tuple(batch)


del _iterator_class
