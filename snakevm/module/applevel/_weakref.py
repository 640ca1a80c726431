"""_weakref for snakevm (application level).

Simplification, documented in docs/native-modules.md: snakevm has no
reference counting, so a weak reference keeps its referent alive and never
calls its callback.  Everything else (call to dereference, hashing and
equality by referent, proxies forwarding attribute access) behaves like
CPython's while the referent is alive."""


class ReferenceType:
    __slots__ = ("_referent", "__callback__")

    def __new__(cls, obj, callback=None):
        self = object.__new__(cls)
        self._referent = obj
        self.__callback__ = callback
        return self

    def __init__(self, obj, callback=None):
        pass

    def __call__(self):
        return self._referent

    def __hash__(self):
        return hash(self._referent)

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        return self._referent == other._referent

    def __ne__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        return self._referent != other._referent

    def __repr__(self):
        obj = self._referent
        name = getattr(type(obj), "__name__", "?")
        return "<weakref at 0x%x; to '%s' at 0x%x>" % (id(self), name, id(obj))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


ReferenceType.__name__ = ReferenceType.__qualname__ = "ReferenceType"
ReferenceType.__module__ = "weakref"
ref = ReferenceType


class ProxyType:
    __slots__ = ("_referent", "__callback__")

    def __init__(self, obj, callback=None):
        object.__setattr__(self, "_referent", obj)
        object.__setattr__(self, "__callback__", callback)

    def __getattribute__(self, name):
        return getattr(object.__getattribute__(self, "_referent"), name)

    def __setattr__(self, name, value):
        setattr(object.__getattribute__(self, "_referent"), name, value)

    def __repr__(self):
        obj = object.__getattribute__(self, "_referent")
        return "<weakproxy at 0x%x; to '%s' at 0x%x>" % (id(self), type(obj).__name__, id(obj))

    def __str__(self):
        return str(object.__getattribute__(self, "_referent"))

    def __bool__(self):
        return bool(object.__getattribute__(self, "_referent"))

    def __len__(self):
        return len(object.__getattribute__(self, "_referent"))

    def __iter__(self):
        return iter(object.__getattribute__(self, "_referent"))

    def __eq__(self, other):
        return object.__getattribute__(self, "_referent") == other


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return object.__getattribute__(self, "_referent")(*args, **kwargs)


def proxy(obj, callback=None):
    if callable(obj):
        return CallableProxyType(obj, callback)
    return ProxyType(obj, callback)


def getweakrefcount(obj):
    return 0


def getweakrefs(obj):
    return []


def _remove_dead_weakref(dct, key):
    dct.pop(key, None)
