"""W_Root, the base of every boxed guest object, and OperationError.

Guest values are either *unboxed* host values (int, bool, float, complex, str,
bytes, None) or instances of a W_Root subclass.  Nothing else may reach guest
code (see docs/objspace.md, "bridges").

Every W_Root can enumerate and clear the guest objects it references; the
garbage collector relies on this.  The default implementation follows the
naming convention used throughout snakevm: an attribute named ``w_xxx`` holds
one guest object, an attribute named ``xxx_w`` holds a host list, tuple or dict
(values) of guest objects.  Types with other storage override ``iter_refs``
and ``clear_refs``.

Every new W_Root is *tracked* by snakevm's cycle collector (snakevm/memory)
unless its host class says ``gc_tracked = False`` (objects that never hold
references to other guest objects).

A guest exception travels through host code as ``OperationError(w_exc)``.
"""

from snakevm.memory.heap import heap

# the object space: set by space.py once it exists (it imports this module)
space = None


# host type (int, str, ...) -> its W_TypeObject: the unboxed guest values (filled by the
# modules of those types; the object space and the built-in method descriptors read it)
UNBOXED_TYPES = {}

class W_Root:
    """A boxed guest object.  ``w_type`` is its class (a W_TypeObject)."""

    w_type = None        # set on each built-in instance class by typedef.builtin_type()
    w_dict = None        # instance __dict__ (a W_Dict) when the type has one
    gc_tracked = True    # may hold references to other guest objects: the collector tracks it

    def __new__(cls, *args, **kwargs):
        w_obj = object.__new__(cls)
        if cls.gc_tracked:
            heap.track(w_obj)
        return w_obj

    # -- identity semantics when guest objects are used as host dict/set keys --
    # Guest dicts and sets store their keys in host dicts; for boxed keys the
    # host calls these, which run the guest's own __hash__/__eq__.
    def __hash__(self):
        return space.hash_w(self)

    def __eq__(self, other):
        if self is other:
            return True
        return space.eq_w(self, other)

    def __ne__(self, other):
        return not self.__eq__(other)

    # -- references, for the garbage collector --------------------------------
    def iter_refs(self):
        """Every guest object this object references directly: an iterable, a host
        list here (the collector asks every object of a generation, at every
        collection: a list is made faster than a generator runs)."""
        refs = []
        kinds = _ATTRIBUTE_KINDS
        for attr, value in self.__dict__.items():
            if value is None:
                continue
            kind = kinds.get(attr)
            if kind is None:
                kind = _attribute_kind(attr)
            if kind is _ONE:
                refs.append(value)
            elif kind is _MANY:
                refs.extend(value.values() if isinstance(value, dict) else value)
        return refs

    def clear_refs(self):
        """Drop references to other guest objects (breaks cycles)."""
        for attr, value in list(vars(self).items()):
            if attr == "w_type":
                continue
            kind = _attribute_kind(attr)
            if kind is _ONE:
                setattr(self, attr, None)
            elif kind is _MANY:
                if isinstance(value, (list, dict)):
                    value.clear()
                elif isinstance(value, tuple):
                    setattr(self, attr, ())

    def __repr__(self):  # host-side debugging only; never guest-visible
        name = self.w_type.name if self.w_type is not None else "?"
        return "<%s %s at 0x%x>" % (type(self).__name__, name, id(self))


class W_Immutable(W_Root):
    """A guest object whose references are fixed when it is made (an exact tuple, a
    slice): made untracked, and tracked by its __init__ (track_unless_atomic) only
    when what it holds can lead to a cycle.  CPython untracks such tuples at its
    collections (_PyTuple_MaybeUntrack); snakevm never tracks them, which saves a
    weak reference and its callback per tuple."""

    def __new__(cls, *args, **kwargs):
        return object.__new__(cls)

    def track_unless_atomic(self, values):
        for w_value in values:
            if isinstance(w_value, W_Root):     # (the rest are unboxed: gc.is_tracked's rule)
                heap.track(self)
                return


def own_tuple(items_w):
    """A host tuple of these items that no other object holds: tuple(t), t[:] and
    t + () return ``t`` itself, and two guest objects sharing one host tuple would
    each enumerate items that are referenced once (the collector relies on
    exactness, docs/memory.md)."""
    return tuple([*items_w]) if type(items_w) is tuple else tuple(items_w)


_ONE, _MANY, _NONE = "one", "many", "none"
_ATTRIBUTE_KINDS = {}       # attribute name -> what the naming convention says it holds


def _attribute_kind(attr):
    kind = _ATTRIBUTE_KINDS.get(attr)
    if kind is None:
        kind = _ONE if attr.startswith("w_") else _MANY if attr.endswith("_w") else _NONE
        _ATTRIBUTE_KINDS[attr] = kind
    return kind


class OperationError(Exception):
    """A guest exception (``w_value``, a W_BaseException) in flight through host code."""

    def __init__(self, w_value):
        Exception.__init__(self)
        self.w_value = w_value

    @property
    def w_type(self):
        return self.w_value.w_type

    def match(self, w_exc_type):
        return space.exception_match(self.w_value.w_type, w_exc_type)

    def __str__(self):  # host-side debugging only
        try:
            return "%s: %s" % (self.w_value.w_type.name, space.str_w(self.w_value))
        except Exception:
            return "<guest exception %s>" % self.w_value.w_type.name
