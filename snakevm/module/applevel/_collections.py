"""_collections for snakevm (application level): deque, defaultdict and
_count_elements, with CPython's reprs and error messages."""


def _index(value):
    if not hasattr(type(value), "__index__"):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return value.__index__()


def _clamp(i, n):
    """A start/stop argument of index() as list.index() treats it."""
    if i < 0:
        i = max(i + n, 0)
    return min(i, n)


_repr_running = set()


def _state_without_internals(d):
    """What a subclass instance adds (its __dict__ and own slots), as
    object.__getstate__ gives it for CPython's deque: deque's own storage
    slots are not part of it."""
    state = object.__getstate__(d)
    if isinstance(state, tuple):
        w_dict, slots = state
        slots = {k: v for k, v in slots.items() if k not in deque.__slots__}
        state = (w_dict, slots) if slots else w_dict
    return state


class deque:
    """deque([iterable[, maxlen]]) --> deque object

A list-like sequence optimized for data accesses near its endpoints."""

    # Like CPython's deque, instances have no __dict__ (subclasses may add one,
    # or declare '__dict__' in their own __slots__) but can be weakly referenced.
    __slots__ = ("_items", "_maxlen", "_mutations", "__weakref__")

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            maxlen = _index(maxlen)
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._items = []
        self._maxlen = maxlen
        self._mutations = 0
        self.extend(iterable)

    maxlen = property(lambda self: self._maxlen, doc="maximum size of a deque or None if unbounded")

    def _trim_left(self):
        if self._maxlen is not None and len(self._items) > self._maxlen:
            del self._items[:len(self._items) - self._maxlen]

    def _trim_right(self):
        if self._maxlen is not None and len(self._items) > self._maxlen:
            del self._items[self._maxlen:]

    def append(self, x):
        self._mutations += 1
        self._items.append(x)
        self._trim_left()

    def appendleft(self, x):
        self._mutations += 1
        self._items.insert(0, x)
        self._trim_right()

    def extend(self, iterable):
        if iterable is self:
            iterable = list(self._items)
        for item in iterable:
            self.append(item)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(self._items)
        for item in iterable:
            self.appendleft(item)

    def pop(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        self._mutations += 1
        return self._items.pop()

    def popleft(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        self._mutations += 1
        return self._items.pop(0)

    def clear(self):
        self._mutations += 1
        self._items.clear()

    def copy(self):
        return type(self)(self._items, self._maxlen) if type(self) is deque else \
            self.__class__(self._items, self._maxlen)

    __copy__ = copy

    def _unchanged_by(self, mutations):
        """Raise if comparisons run since ``mutations`` was read changed the deque."""
        if mutations != self._mutations:
            raise RuntimeError("deque mutated during iteration")

    def count(self, value):
        mutations = self._mutations
        result = self._items.count(value)
        self._unchanged_by(mutations)
        return result

    def index(self, value, start=0, stop=None, /):
        n = len(self._items)
        start = _clamp(_index(start), n)
        stop = n if stop is None else _clamp(_index(stop), n)
        mutations = self._mutations
        try:
            result = self._items.index(value, start, stop)
        except ValueError:
            result = -1
        self._unchanged_by(mutations)
        if result < 0:
            raise ValueError("%r is not in deque" % (value,))
        return result

    def insert(self, index, value):
        if self._maxlen is not None and len(self._items) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        self._mutations += 1
        self._items.insert(index, value)

    def remove(self, value):
        items = self._items
        mutations, n = self._mutations, len(items)
        for i in range(n):
            item = items[i]
            equal = item is value or item == value
            if mutations != self._mutations or len(items) != n:
                raise IndexError("deque mutated during iteration")
            if equal:
                self._mutations += 1
                del items[i]
                return
        raise ValueError("deque.remove(x): x not in deque")

    def reverse(self):
        self._mutations += 1
        self._items.reverse()

    def rotate(self, n=1):
        n = _index(n)
        if self._items:
            n %= len(self._items)
            if n:
                self._mutations += 1
                self._items[:] = self._items[-n:] + self._items[:-n]

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)

    def __iter__(self):
        return _deque_iterator(self)

    def __reversed__(self):
        return _deque_reverse_iterator(self)

    def __contains__(self, value):
        mutations = self._mutations
        result = value in self._items
        self._unchanged_by(mutations)
        return result

    def _check_index(self, index):
        index = _index(index)
        if not -len(self._items) <= index < len(self._items):
            raise IndexError("deque index out of range")
        return index

    def __getitem__(self, index):
        if isinstance(index, slice):
            raise TypeError("sequence index must be integer, not 'slice'")
        return self._items[self._check_index(index)]

    def __setitem__(self, index, value):
        self._items[self._check_index(index)] = value

    def __delitem__(self, index):
        self._mutations += 1
        del self._items[self._check_index(index)]

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items == other._items

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items != other._items

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items < other._items

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items <= other._items

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items > other._items

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items >= other._items

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = self.copy()
        result *= n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _index(n)
        items = list(self._items)
        self._items.clear()
        for _ in range(max(n, 0)):
            self.extend(items)
        return self

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return "[...]"
        _repr_running.add(key)
        try:
            items = repr(self._items)
        finally:
            _repr_running.discard(key)
        name = type(self).__name__
        if self._maxlen is None:
            return "%s(%s)" % (name, items)
        return "%s(%s, maxlen=%d)" % (name, items, self._maxlen)

    def __reduce__(self):
        state = _state_without_internals(self)
        if self._maxlen is None:
            return type(self), (), state, iter(self._items)
        return type(self), ((), self._maxlen), state, iter(self._items)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


deque.__module__ = "collections"


class _deque_iterator:
    def __init__(self, d, index=0):
        self._deque = d
        self._index = index
        self._mutations = d._mutations

    def __iter__(self):
        return self

    def __next__(self):
        d = self._deque
        if d._mutations != self._mutations:
            raise RuntimeError("deque mutated during iteration")
        if self._index >= len(d._items):
            raise StopIteration
        self._index += 1
        return d._items[self._index - 1]

    def __length_hint__(self):
        return max(len(self._deque._items) - self._index, 0)


class _deque_reverse_iterator(_deque_iterator):
    def __next__(self):
        d = self._deque
        if d._mutations != self._mutations:
            raise RuntimeError("deque mutated during iteration")
        if self._index >= len(d._items):
            raise StopIteration
        self._index += 1
        return d._items[-self._index]


class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory"""

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self[key] = self.default_factory()
        return value

    def __repr__(self):
        factory = self.default_factory
        shown = "None" if factory is None else repr(factory)
        return "%s(%s, %s)" % (type(self).__name__, shown, dict.__repr__(self))

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = (self.default_factory,) if self.default_factory is not None else ()
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self.default_factory, other)
        result.update(self)
        return result


defaultdict.__module__ = "collections"


def _count_elements(mapping, iterable):
    get = mapping.get
    for element in iterable:
        mapping[element] = get(element, 0) + 1
