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


def _warn_pickle_deprecated():
    """CPython 3.12's DeprecationWarning from every __reduce__ and __setstate__."""
    import warnings         # (on first use: importing itertools must not import warnings)
    warnings.warn("Pickle, copy, and deepcopy support will be removed from itertools "
                  "in Python 3.14.", DeprecationWarning, stacklevel=3)


def _pickling(method):
    """A __reduce__ or __setstate__ that warns first."""
    def warned(self, *args):
        _warn_pickle_deprecated()
        return method(self, *args)
    warned.__name__ = method.__name__
    return warned


def _not_picklable(self, protocol=0):
    """__reduce__ and __reduce_ex__ of the iterators CPython cannot pickle (pairwise,
    batched), with the wording of copyreg (protocols 0 and 1) or of object.__reduce_ex__."""
    cls = type(self)
    name = cls.__name__ if protocol < 2 else "%s.%s" % (cls.__module__, cls.__qualname__)
    raise TypeError("cannot pickle '%s' object" % name)


def _state_tuple(state):
    if not isinstance(state, tuple):
        raise TypeError("state is not a tuple")
    return state


def _is_iterator(value):
    return hasattr(type(value), "__next__")


def _c_int(value):
    """An "i" argument of PyArg_ParseTuple: an index that fits a C int."""
    value = _check_int(value, None)
    if value >= 2 ** 31:
        raise OverflowError("signed integer is greater than maximum")
    if value < -2 ** 31:
        raise OverflowError("signed integer is less than minimum")
    return value


def _ssize(value):
    """PyLong_AsSsize_t: an int (no __index__) that fits a Py_ssize_t."""
    if not isinstance(value, int):
        raise TypeError("an integer is required")
    if not -2 ** 63 <= value < 2 ** 63:
        raise OverflowError("Python int too large to convert to C ssize_t")
    return value


def _check_int(value, what):
    if not hasattr(type(value), "__index__"):
        raise TypeError("%s must be an integer" % what if what else
                        "'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return value.__index__()


def _unpacked(name, low, high=None):
    """Bind ``__init__``'s arguments as CPython's PyArg_UnpackTuple does, after
    _PyArg_NoKeywords: positional only, with its "NAME expected N arguments,
    got M" wording."""
    high = low if high is None else high

    def decorate(init):
        def __init__(self, /, *args, **kwargs):
            if kwargs:
                raise TypeError("%s() takes no keyword arguments" % name)
            if not low <= len(args) <= high:
                raise TypeError(_count_message(name, low, high, len(args)))
            init(self, *args)
        return __init__
    return decorate


def _count_message(name, low, high, given):
    bound, count = ((high, "at most %d" % high) if given > high else (low, "at least %d" % low))
    if low == high:
        count = "%d" % low
    return "%s expected %s argument%s, got %d" % (name, count, "" if bound == 1 else "s", given)


def _clinic(name, names, positional=None, required=0):
    """Bind ``__init__``'s arguments as CPython's argument clinic does for a
    C type: ``names`` may be given by position (the first ``positional``) or
    by keyword; the first ``required`` must be given."""
    positional = len(names) if positional is None else positional

    def decorate(init):
        def __init__(self, /, *args, **kwargs):
            init(self, **_clinic_bind(name, names, positional, required, args, kwargs))
        return __init__
    return decorate


def _clinic_bind(name, names, positional, required, args, kwargs):
    given = len(args) + len(kwargs)
    if given > len(names):
        raise TypeError("%s() takes at most %d %sarguments (%d given)"
                        % (name, len(names), "" if args else "keyword ", given))
    if len(args) > positional:
        raise TypeError("%s() takes at most %d positional argument%s (%d given)"
                        % (name, positional, "" if positional == 1 else "s", len(args)))
    bound = dict(zip(names, args))
    for index, key in enumerate(names):
        if key in kwargs and key in bound:
            raise TypeError("argument for %s() given by name ('%s') and position (%d)"
                            % (name, key, index + 1))
        if key in kwargs:
            bound[key] = kwargs[key]
        elif key not in bound and index < required:
            raise TypeError("%s() missing required argument '%s' (pos %d)"
                            % (name, key, index + 1))
    for key in kwargs:
        if key not in names:
            raise TypeError("'%s' is an invalid keyword argument for %s()" % (key, name))
    return bound


def _is_number(value):
    """CPython's PyNumber_Check."""
    number_methods = ("__index__", "__int__", "__float__")
    return isinstance(value, complex) or any(hasattr(type(value), m) for m in number_methods)


@_iterator_class
class count:
    @_clinic("count", ("start", "step"))
    def __init__(self, start=0, step=1):
        if not (_is_number(start) and _is_number(step)):
            raise TypeError("a number is required")
        self._next = start
        self._step = step
        self._fast = type(start) is int and isinstance(step, int) and step == 1

    def __next__(self):
        value = self._next
        self._next = value + self._step
        return value

    @_pickling
    def __reduce__(self):
        if self._fast:                  # (CPython's fast mode keeps no step)
            return type(self), (self._next,)
        return type(self), (self._next, self._step)

    def __repr__(self):
        if self._step == 1 and type(self._step) is int:
            return "count(%r)" % (self._next,)
        return "count(%r, %r)" % (self._next, self._step)


@_iterator_class
class cycle:
    @_unpacked("cycle", 1)
    def __init__(self, iterable):
        self._it = iter(iterable)
        self._saved = []
        self._replay = None         # the next index into _saved once _it is exhausted
        self._firstpass = False     # _saved is complete (restored by __setstate__)

    def __next__(self):
        if self._replay is None:
            for item in self._it:
                if not self._firstpass:
                    self._saved.append(item)
                return item
            if not self._saved:
                raise StopIteration
            self._replay = 0
        item = self._saved[self._replay]
        self._replay = (self._replay + 1) % len(self._saved)
        return item

    @_pickling
    def __reduce__(self):
        if self._replay is None:
            return type(self), (self._it,), (self._saved, self._firstpass)
        replay = iter(self._saved)
        if self._replay:
            replay.__setstate__(self._replay)
        return type(self), (replay,), (self._saved, True)

    @_pickling
    def __setstate__(self, state):
        state = _state_tuple(state)
        if len(state) != 2:
            raise TypeError("function takes exactly 2 arguments (%d given)" % len(state))
        saved, firstpass = state
        if not isinstance(saved, list):
            raise TypeError("argument 1 must be list, not %s" % type(saved).__name__)
        self._saved = saved
        self._firstpass = _c_int(firstpass) != 0
        self._replay = None


@_iterator_class
class repeat:
    @_clinic("repeat", ("object", "times"), required=1)
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

    @_pickling
    def __reduce__(self):
        if self._left is None:
            return type(self), (self._object,)
        return type(self), (self._object, self._left)

    def __repr__(self):
        if self._left is None:
            return "repeat(%r)" % (self._object,)
        return "repeat(%r, %d)" % (self._object, self._left)


@_iterator_class
class accumulate:
    @_clinic("accumulate", ("iterable", "func", "initial"), positional=2, required=1)
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

    @_pickling
    def __reduce__(self):
        if self._emit_initial:
            return type(self), (chain((self._total,), self._it), self._func), None
        if self._started and self._total is None:      # (a None total, not "no total yet")
            replay = type(self)(chain((None,), self._it), self._func)
            return islice, (replay, 1, None)
        return type(self), (self._it, self._func), self._total

    @_pickling
    def __setstate__(self, state):
        self._total = state
        self._started = True


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
                if self._sources is None:
                    raise StopIteration
                try:
                    self._active = iter(next(self._sources))
                except StopIteration:
                    self._sources = None
                    raise
            for item in self._active:
                return item
            self._active = None

    @_pickling
    def __reduce__(self):
        if self._sources is None:
            return type(self), ()
        if self._active is None:
            return type(self), (), (self._sources,)
        return type(self), (), (self._sources, self._active)

    @_pickling
    def __setstate__(self, state):
        state = _state_tuple(state)
        if not 1 <= len(state) <= 2:
            raise TypeError("function takes %s (%d given)" % (
                "at least 1 argument" if not state else "at most 2 arguments", len(state)))
        if not all(_is_iterator(item) for item in state):
            raise TypeError("Arguments must be iterators.")
        self._sources = state[0]
        self._active = state[1] if len(state) == 2 else None

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


@_iterator_class
class compress:
    @_clinic("compress", ("data", "selectors"), required=2)
    def __init__(self, data, selectors):
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __next__(self):
        for item, selected in zip(self._data, self._selectors):
            if selected:
                return item
        raise StopIteration

    @_pickling
    def __reduce__(self):
        return type(self), (self._data, self._selectors)


@_iterator_class
class dropwhile:
    @_unpacked("dropwhile", 2)
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

    @_pickling
    def __reduce__(self):
        return type(self), (self._predicate, self._it), int(not self._dropping)

    @_pickling
    def __setstate__(self, state):
        self._dropping = not state


@_iterator_class
class takewhile:
    @_unpacked("takewhile", 2)
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

    @_pickling
    def __reduce__(self):
        return type(self), (self._predicate, self._it), int(self._done)

    @_pickling
    def __setstate__(self, state):
        self._done = bool(state)


@_iterator_class
class filterfalse:
    @_unpacked("filterfalse", 2)
    def __init__(self, function, iterable):
        self._function_given = function
        self._function = bool if function is None else function
        self._it = iter(iterable)

    def __next__(self):
        for item in self._it:
            if not self._function(item):
                return item
        raise StopIteration

    @_pickling
    def __reduce__(self):
        return type(self), (self._function_given, self._it)


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
    @_clinic("groupby", ("iterable", "key"), required=1)
    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._key = key
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

    @_pickling
    def __reduce__(self):
        if self._current_key is _EMPTY or self._pending is _EMPTY:
            return type(self), (self._it, self._key)
        return (type(self), (self._it, self._key),
                (self._pending_key, self._pending, self._current_key))

    @_pickling
    def __setstate__(self, state):
        state = _state_tuple(state)
        if len(state) != 3:
            raise TypeError("function takes exactly 3 arguments (%d given)" % len(state))
        self._pending_key, self._pending, self._current_key = state


@_iterator_class
class islice:
    @_unpacked("islice", 2, 4)
    def __init__(self, iterable, *args):
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

    @_pickling
    def __reduce__(self):
        return (type(self), (self._it, self._next_index, self._stop, self._step),
                self._position)

    @_pickling
    def __setstate__(self, state):
        self._position = _ssize(state)


@_iterator_class
class pairwise:
    @_unpacked("pairwise", 1)
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

    __reduce__ = __reduce_ex__ = _not_picklable


@_iterator_class
class starmap:
    @_unpacked("starmap", 2)
    def __init__(self, function, iterable):
        self._function = function
        self._it = iter(iterable)

    def __next__(self):
        return self._function(*tuple(next(self._it)))     # TypeError as CPython's

    @_pickling
    def __reduce__(self):
        return type(self), (self._function, self._it)


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
    iterator = iter(iterable)
    if n == 0:
        return ()
    if hasattr(iterator, "__copy__"):       # a tee (or any copyable iterator): copies of it,
        first = iterator                    # not a tee of a tee
    else:
        first = _tee(_tee_buffer(iterator), 0, [])
        first._readers.append(first)
    return tuple([first] + [first.__copy__() for _ in range(n - 1)])


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

    @_pickling
    def __reduce__(self):
        iterators = tuple(() if it is None else it for it in self._its)
        return type(self), iterators, self._fill

    @_pickling
    def __setstate__(self, state):
        self._fill = state


@_iterator_class
class batched:
    @_clinic("batched", ("iterable", "n"), required=2)
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

    __reduce__ = __reduce_ex__ = _not_picklable


del _iterator_class, _pickling
