"""_abc: the machinery behind abc.ABCMeta (CPython's Modules/_abc.c), at
interpreter level: abstract-method computation, virtual-subclass
registration, and isinstance/issubclass with a positive cache, a negative
cache and the global invalidation token.

Each ABC keeps an ``_abc_impl`` object (guest type ``_abc._abc_data``) with
host sets of guest classes.  CPython holds them through weak references;
snakevm's weak references are strong for now (docs/native-modules.md).  The
``__abc_tpflags__`` of collections.abc (Sequence/Mapping) mark classes for
pattern matching, and registration passes the mark on, as in CPython."""

from snakevm.objspace.root import W_Root
from snakevm.objspace.space import space
from snakevm.objspace.typedef import builtin_type
from snakevm.objspace.typeobject import W_TypeObject
from snakevm.module.moduledef import ModuleDef, import_guest

TPFLAGS_SEQUENCE = 1 << 5
TPFLAGS_MAPPING = 1 << 6


class ABCState:
    """The invalidation token shared by all ABCs of this VM."""
    token = 0


class W_ABCData(W_Root):
    def __init__(self):
        self.registry = set()
        self.cache = set()
        self.negative_cache = set()
        self.negative_cache_version = ABCState.token

    def iter_refs(self):
        yield from self.registry
        yield from self.cache
        yield from self.negative_cache


w_abc_data_type = builtin_type("_abc_data", instance_class=W_ABCData, module="_abc",
                               acceptable_as_base=False,
                               doc="Internal state held by ABC machinery.")


def _impl(w_cls):
    w_impl = space.findattr(w_cls, "_abc_impl")
    if not isinstance(w_impl, W_ABCData):
        raise space.type_error("_abc_impl is set to a wrong type")
    return w_impl


def _is_abstract(w_value):
    w_flag = space.findattr(w_value, "__isabstractmethod__")
    return w_flag is not None and space.is_true(w_flag)


def abc_init(w_cls):
    """Internal ABC helper for class set-up. Should be never used outside abc module."""
    abstracts = []
    w_ns = space.getattr(w_cls, "__dict__")
    for w_key in space.unpack_iterable(space.call_method(w_ns, "keys")):
        if _is_abstract(space.getitem(w_ns, w_key)):
            abstracts.append(w_key)
    for w_base in space.unpack_iterable(space.getattr(w_cls, "__bases__")):
        w_names = space.findattr(w_base, "__abstractmethods__")
        if w_names is None:
            continue
        for w_name in space.unpack_iterable(w_names):
            w_value = space.findattr(w_cls, w_name)
            if w_value is not None and _is_abstract(w_value) and w_name not in abstracts:
                abstracts.append(w_name)
    space.setattr(w_cls, "__abstractmethods__",
                  space.call(space.builtins_type("frozenset"), [space.newlist(abstracts)]))
    space.setattr(w_cls, "_abc_impl", W_ABCData())
    if isinstance(w_cls, W_TypeObject):
        w_flags = w_cls.dict_w.pop("__abc_tpflags__", None)
        if isinstance(w_flags, int):
            _set_collection_flags(w_cls, w_flags)
    return None


def _set_collection_flags(w_cls, flags):
    if flags & TPFLAGS_SEQUENCE:
        w_cls.match_flags = "sequence"
    elif flags & TPFLAGS_MAPPING:
        w_cls.match_flags = "mapping"


def _issubclass(w_sub, w_cls):
    return space.is_true(space.call(space.getattr(space.builtins_module(), "issubclass"),
                                    [w_sub, w_cls]))


def abc_register(w_cls, w_subclass):
    """Internal ABC helper for subclasss registration. Should be never used outside abc module."""
    if not isinstance(w_subclass, W_TypeObject):
        raise space.type_error("Can only register classes")
    if _issubclass(w_subclass, w_cls):
        return w_subclass                          # already a subclass
    if _issubclass(w_cls, w_subclass):
        raise space.error(space.builtin_exception("RuntimeError"),
                          "Refusing to create an inheritance cycle")
    _impl(w_cls).registry.add(w_subclass)
    ABCState.token += 1
    flags = getattr(w_cls, "match_flags", None)
    if flags is not None and getattr(w_subclass, "match_flags", None) is None and \
            not w_subclass.is_builtin:      # (CPython leaves immutable types alone: str
        w_subclass.match_flags = flags      # stays no sequence for pattern matching)
    return w_subclass


def abc_instancecheck(w_cls, w_instance):
    """Internal ABC helper for instance checks. Should be never used outside abc module."""
    impl = _impl(w_cls)
    w_subclass = space.getattr(w_instance, "__class__")
    if w_subclass in impl.cache:
        return True
    w_subtype = space.type(w_instance)
    if w_subtype is w_subclass:
        if impl.negative_cache_version == ABCState.token and \
                w_subclass in impl.negative_cache:
            return False
        return space.call_method(w_cls, "__subclasscheck__", w_subclass)
    for w_candidate in (w_subclass, w_subtype):
        w_result = space.call_method(w_cls, "__subclasscheck__", w_candidate)
        if space.is_true(w_result):
            return w_result
    return False


def abc_subclasscheck(w_cls, w_subclass):
    """Internal ABC helper for subclasss checks. Should be never used outside abc module."""
    if not isinstance(w_subclass, W_TypeObject):
        raise space.type_error("issubclass() arg 1 must be a class")
    impl = _impl(w_cls)
    if w_subclass in impl.cache:
        return True
    if impl.negative_cache_version < ABCState.token:
        impl.negative_cache.clear()
        impl.negative_cache_version = ABCState.token
    elif w_subclass in impl.negative_cache:
        return False
    w_ok = space.call_method(w_cls, "__subclasshook__", w_subclass)
    if w_ok is not space.w_NotImplemented:
        if w_ok is not True and w_ok is not False:
            raise space.error(space.builtin_exception("AssertionError"),
                              "__subclasshook__ must return either False, True, or "
                              "NotImplemented")
        (impl.cache if w_ok else impl.negative_cache).add(w_subclass)
        return w_ok
    if w_cls in w_subclass.mro_w:
        impl.cache.add(w_subclass)
        return True
    for w_registered in list(impl.registry):
        if _issubclass(w_subclass, w_registered):
            impl.cache.add(w_subclass)
            return True
    for w_sub in space.unpack_iterable(space.call_method(w_cls, "__subclasses__")):
        if _issubclass(w_subclass, w_sub):
            impl.cache.add(w_subclass)
            return True
    impl.negative_cache.add(w_subclass)
    return False


def abc_get_dump(w_cls):
    """Internal ABC helper for cache and registry debugging."""
    impl = _impl(w_cls)
    return space.newtuple([_set_of(impl.registry), _set_of(impl.cache),
                           _set_of(impl.negative_cache), impl.negative_cache_version])


def _set_of(items):
    """A set of weak references to the classes, as CPython's _get_dump returns."""
    w_ref = space.getattr(import_guest("_weakref"), "ref")
    return space.call(space.builtins_type("set"),
                      [space.newlist([space.call(w_ref, [w]) for w in items])])


def abc_reset_registry(w_cls):
    """Internal ABC helper to reset registry of a given class."""
    _impl(w_cls).registry.clear()
    return None


def abc_reset_caches(w_cls):
    """Internal ABC helper to reset both caches of a given class."""
    impl = _impl(w_cls)
    impl.cache.clear()
    impl.negative_cache.clear()
    return None


def abc_get_cache_token():
    """Returns the current ABC cache token."""
    return ABCState.token


def make_module():
    m = ModuleDef("_abc", doc="Module contains faster C implementation of abc.ABCMeta")
    for func, name in ((abc_init, "_abc_init"), (abc_register, "_abc_register"),
                       (abc_instancecheck, "_abc_instancecheck"),
                       (abc_subclasscheck, "_abc_subclasscheck"), (abc_get_dump, "_get_dump"),
                       (abc_reset_registry, "_reset_registry"),
                       (abc_reset_caches, "_reset_caches"),
                       (abc_get_cache_token, "get_cache_token")):
        m.function(func, name)
    return m.w_module

