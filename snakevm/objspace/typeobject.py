"""Type objects: ``type`` and ``object``, C3 linearisation, attribute lookup on types.

A W_TypeObject owns its namespace (``dict_w``: host dict str -> guest object),
its bases, its MRO and its *layout*: the host class used for its instances
(``instance_class``).  Built-in types each have their own layout (W_List for
list...); a class statement creates a type whose layout is that of its
"solid base" — the most derived built-in layout among its bases — so
``class MyList(list)`` instances are W_List objects whose ``w_type`` is MyList
and which also carry a ``w_dict``.

``type`` and ``object`` are created here by hand (each refers to the other);
every other built-in type is declared with typedef.builtin_type().
"""

import sys as host_sys
import weakref as host_weakref

from snakevm.objspace.root import W_Root
from snakevm.memory.heap import heap

# the object space: set by space.py once it exists (it imports this module)
space = None


class _Missing:
    def __repr__(self):
        return "MISSING"


MISSING = _Missing()    # "no such attribute" (guest None is host None)


class W_Instance(W_Root):
    """An instance of a class whose solid base is ``object``.

    Its three fields are host slots: as instance attributes they would shadow
    W_Root's class-level defaults, and the host does not specialize a load of an
    attribute its class also has (CPython 3.12: 'shadowed' non-descriptor), so
    every ``w_obj.w_type`` of an instance took the host's generic path."""
    __slots__ = ("w_type", "w_dict", "slots_w")     # (W_Root gives __dict__ and __weakref__)

    def __init__(self, w_type):
        self.w_type = w_type
        self.w_dict = None
        self.slots_w = None             # __slots__ values, created by the first store
        if w_type.has_dict:
            self.w_dict = space.dict_class.new_inline()

    def iter_refs(self):
        # what W_Root's generic version finds in these three attributes, without the scan
        refs = [self.w_type]
        storage = self.inline_storage()
        if storage is not None:                 # what its inline dict holds, it holds
            refs += storage
            refs += storage.values()
        elif self.w_dict is not None:
            refs.append(self.w_dict)
        if self.slots_w:
            refs += self.slots_w
        if self.__dict__:                       # (host attributes set on it later)
            refs += W_Root.iter_refs(self)
        return refs

    def inline_storage(self):
        """The storage of this instance's inline __dict__ while it alone holds the dict
        (then iter_refs yields the dict's contents as the instance's), else None."""
        w_dict = self.w_dict
        if w_dict is not None and w_dict.inline and host_sys.getrefcount(w_dict) == _HELD_ONCE:
            return w_dict.storage
        return None

    def clear_refs(self):
        W_Root.clear_refs(self)
        self.w_dict = None
        if self.slots_w:
            self.slots_w.clear()


class _Holder:
    __slots__ = ("w_dict",)

    def count(self):
        w_dict = self.w_dict                # (as W_Instance.inline_storage reads it)
        return host_sys.getrefcount(w_dict)


def _count_held_once():
    holder = _Holder()
    holder.w_dict = object()
    return holder.count()


# getrefcount() of an instance's dict in W_Instance.inline_storage when the instance alone
# holds it (measured: host versions may differ)
_HELD_ONCE = _count_held_once()


class WeakTypeList:
    """The subclasses of a type, held weakly (CPython's tp_subclasses): iterating
    gives the live ones in the order they were added."""

    def __init__(self):
        self.refs = []
        self.prune_at = 8           # dead references are dropped when the list doubles

    def append(self, w_type):
        if len(self.refs) >= self.prune_at:
            self.refs = [r for r in self.refs if r() is not None]
            self.prune_at = 2 * len(self.refs) + 8
        self.refs.append(host_weakref.ref(w_type))

    def remove(self, w_type):
        self.refs = [r for r in self.refs if r() is not None and r() is not w_type]

    def __iter__(self):
        return iter([w for w in (r() for r in self.refs) if w is not None])


class TypeDict(dict):
    """A type's namespace (``dict_w``): a host dict that tells its type when it
    changes, so the type's lookup cache is never stale (CPython bumps a type's
    version tag the same way, in type_setattro and friends).  Reading is plain
    dict reading; only the mutators are overridden."""

    owner_ref = None            # weak: the type holds its namespace, not the reverse

    def bind(self, w_type):
        self.owner_ref = host_weakref.ref(w_type)
        return self

    def _changed(self):
        w_owner = self.owner_ref() if self.owner_ref is not None else None
        if w_owner is not None:
            w_owner.changed()

    def __setitem__(self, name, w_value):
        dict.__setitem__(self, name, w_value)
        self._changed()

    def __delitem__(self, name):
        dict.__delitem__(self, name)
        self._changed()

    def pop(self, *args):
        result = dict.pop(self, *args)
        self._changed()
        return result

    def popitem(self):
        result = dict.popitem(self)
        self._changed()
        return result

    def setdefault(self, name, default=None):
        result = dict.setdefault(self, name, default)
        self._changed()
        return result

    def update(self, *args, **kwargs):
        dict.update(self, *args, **kwargs)
        self._changed()

    def clear(self):
        dict.clear(self)
        self._changed()

    def __ior__(self, other):
        self.update(other)
        return self


# Distinct names one type caches lookups for before its cache starts over (a program
# making up attribute names for getattr() must not grow it without bound).
LOOKUP_CACHE_SIZE = 2048


class W_TypeObject(W_Root):
    """A guest class (built-in or user-defined).

    Lookups along the MRO are cached per type (``lookup_cache_w``, CPython's method
    cache); ``changed()`` empties the caches of the type and its subclasses and
    bumps ``version``.  Every change goes through it: the namespace is a TypeDict,
    and the code that assigns ``mro_w`` or ``bases_w`` calls it."""
    # The metatype is a host slot: an instance attribute would shadow W_Root's class
    # default, and the host does not specialize a load of a shadowed attribute (see
    # W_Instance).  For the same reason the fields below have no class-level defaults:
    # __init__ sets them all.
    __slots__ = ("w_type",)

    def __init__(self, name, bases_w, dict_w, w_metatype=None, instance_class=None):
        self.name = name
        self.qualname = name
        self.bases_w = list(bases_w)
        if type(dict_w) is not TypeDict:
            dict_w = TypeDict(dict_w)
        self.dict_w = dict_w.bind(self)
        self.lookup_cache_w = {}        # name -> lookup_attr() result (MISSING when absent)
        self.w_type = w_metatype        # None while bootstrapping `type` itself
        self.instance_class = instance_class
        self.is_builtin = False
        self.acceptable_as_base = True
        self.has_dict = False           # do instances have a __dict__?
        self.nslots = 0                 # number of __slots__ storage cells (inherited ones too)
        self.subclasses = WeakTypeList()   # weak: a base does not keep its subclasses alive
        self.mro_w = []
        self.version = 0                # bumped when this type or a base changes (lookup cache)
        self.finalizer_version = -1     # has_finalizer()'s cache
        self.finalizer_cached = False
        self.disallow_instantiation = False    # CPython's Py_TPFLAGS_DISALLOW_INSTANTIATION:
                                        # a built-in type without __new__ that calling
                                        # refuses (re.Pattern)
        # how calling the type makes instances, cached per version (typecall.type_call)
        self.constructor_version = -1
        self.constructor_kind = self.w_constructor_new = self.w_constructor_init = None
        # the version at which instances were found always true: no __bool__, no __len__
        # (space.is_true; CPython 3.13's TO_BOOL_ALWAYS_TRUE keys on the same)
        self.always_true_version = -1

    # -- creation ---------------------------------------------------------------
    @classmethod
    def new_builtin(cls, name, bases_w, instance_class, *, acceptable_as_base=True,
                    module="builtins", has_dict=False, doc=None):
        w_type = cls(name, bases_w, {}, w_metatype=w_type_type,
                     instance_class=instance_class or W_Instance)
        w_type.is_builtin = True
        w_type.acceptable_as_base = acceptable_as_base
        w_type.has_dict = has_dict
        w_type.builtin_module = module        # built-in types keep __module__ out of __dict__
        if doc is None and module == "builtins":        # documentation text, a host str
            import builtins as host_builtins
            host_type = getattr(host_builtins, name, None)
            if isinstance(host_type, type) and host_type.__name__ == name:
                doc = host_type.__doc__
        w_type.dict_w["__doc__"] = doc
        w_type.mro_w = compute_mro(w_type)
        w_type.changed()
        for w_base in bases_w:
            w_base.subclasses.append(w_type)
        if instance_class is not None and instance_class.__dict__.get("w_type") is None:
            instance_class.w_type = w_type
        return w_type

    # -- attribute lookup along the MRO ------------------------------------------
    def lookup(self, name):
        """The first value for ``name`` in the MRO's namespaces that is not None, or
        None (special-method lookup: ``__hash__ = None`` makes a class unhashable)."""
        w_value = self.lookup_attr(name)
        if w_value is None:                     # rare: scan past the None entries
            for w_cls in self.mro_w:
                w_value = w_cls.dict_w.get(name)
                if w_value is not None:
                    return w_value
            return None
        return None if w_value is MISSING else w_value

    def lookup_attr(self, name):
        """The first value for ``name`` in the MRO's namespaces (a guest None
        included), or MISSING."""
        w_value = self.lookup_cache_w.get(name, self)     # self: "not cached"
        if w_value is not self:
            return w_value
        w_value = MISSING
        for w_cls in self.mro_w:
            w_value = w_cls.dict_w.get(name, MISSING)
            if w_value is not MISSING:
                break
        if len(self.lookup_cache_w) >= LOOKUP_CACHE_SIZE:
            self.lookup_cache_w = {}
        self.lookup_cache_w[name] = w_value
        return w_value

    def lookup_where(self, name):
        """(defining class, value) for ``name`` along the MRO, or (None, None)."""
        for w_cls in self.mro_w:
            w_value = w_cls.dict_w.get(name)
            if w_value is not None:
                return w_cls, w_value
        return None, None

    def module_name(self):
        """__module__: from the class namespace, or fixed for built-in types."""
        if self.is_builtin:
            return getattr(self, "builtin_module", "builtins")
        return self.dict_w.get("__module__")

    def tp_name(self):
        """CPython's tp_name: 'module.Name' for built-in types outside builtins, the bare
        name for builtins' types and for classes (used in some error messages).  The
        classes of app-level modules stand for C types: they are named like them."""
        stands_for_c = self.is_builtin or getattr(self, "applevel_module", None) is not None
        module = self.module_name() if stands_for_c else "builtins"
        return self.name if module == "builtins" else "%s.%s" % (module, self.name)

    def is_subtype(self, w_other):
        return w_other in self.mro_w if self.mro_w else self is w_other

    def has_finalizer(self):
        """Does this class define or inherit __del__?  (cached per version)"""
        if self.finalizer_version != self.version:
            self.finalizer_version = self.version
            self.finalizer_cached = self.lookup("__del__") is not None
        return self.finalizer_cached

    def changed(self):
        """Invalidate lookups after the namespace, bases or MRO of this type changed."""
        self.version += 1
        self.lookup_cache_w = {}
        for w_sub in self.subclasses:
            w_sub.changed()

    def iter_refs(self):
        yield from W_Root.iter_refs(self)       # (what is in the host __dict__)
        if self.w_type is not None:
            yield self.w_type

    def clear_refs(self):
        """CPython's type_clear: the namespace and the MRO (which holds the type itself)."""
        if self.is_builtin:
            return
        self.dict_w.clear()
        self.mro_w = []
        self.w_constructor_new = self.w_constructor_init = None
        self.changed()

    # Types compare and hash by identity, with the host's C slots (not W_Root's guest
    # ones): ``w_type in mro_w`` and host dicts keyed by types run no Python code.
    __hash__ = object.__hash__
    __eq__ = object.__eq__
    __ne__ = object.__ne__

    def __repr__(self):
        return "<W_TypeObject %s>" % self.name


# -- C3 linearisation ------------------------------------------------------------

def compute_mro(w_type):
    """The C3 linearisation of ``w_type`` (list of W_TypeObjects, itself first)."""
    sequences = [list(w_base.mro_w) for w_base in w_type.bases_w]
    sequences.append(list(w_type.bases_w))
    result = [w_type]
    while True:
        sequences = [seq for seq in sequences if seq]
        if not sequences:
            return result
        for seq in sequences:
            w_candidate = seq[0]
            if not any(w_candidate in other[1:] for other in sequences):
                break
        else:
            raise _mro_error(sequences)
        result.append(w_candidate)
        for seq in sequences:
            if seq[0] is w_candidate:
                del seq[0]


def _mro_error(sequences):
    names = []
    for seq in sequences:
        if seq[0].name not in names:
            names.append(seq[0].name)
    return space.type_error("Cannot create a consistent method resolution\n"
                            "order (MRO) for bases " + ", ".join(names))


# -- bootstrap: object and type ------------------------------------------------------

w_object_type = W_TypeObject("object", [], {}, instance_class=W_Instance)
w_type_type = W_TypeObject("type", [w_object_type], {}, instance_class=W_TypeObject)
for _w in (w_object_type, w_type_type):
    _w.w_type = w_type_type
    _w.is_builtin = True
    _w.builtin_module = "builtins"
w_object_type.mro_w = [w_object_type]
w_type_type.mro_w = [w_type_type, w_object_type]
w_type_type.has_dict = True
w_object_type.subclasses.append(w_type_type)
