"""Weak references: weakref.ref (ReferenceType), ProxyType and CallableProxyType.

A guest weak reference *is* a host weak reference (W_WeakRef subclasses the
host's weakref.ref), so the host's reference counting clears it and calls its
callback at the moment the referent dies -- CPython's timing and order.  The
callback passed to the host is ``_referent_died``, which calls the guest
callback with the guest weak reference.

The cycle collector clears weak references itself before it runs finalizers
(CPython's handle_weakrefs): ``clear()`` marks the reference dead even though
the host object is still alive, and ``call_callback()`` runs the guest callback
once.  A basic reference (no callback, exact type) is shared, like CPython's."""

import importlib
import weakref as host_weakref

from snakevm.objspace.root import W_Root, OperationError
from snakevm.memory.heap import heap
from snakevm.limits import LimitExceeded

# Built-in types whose instances can be weakly referenced and which the host does not
# name where snakevm's tp_name says (the others: the host's own type tells, below)
WEAKREFABLE_BUILTINS = {
    "type", "function", "builtin_function_or_method", "method", "code", "generator",
    "coroutine", "async_generator", "module", "types.GenericAlias", "typing.TypeVar",
    "typing.ParamSpec", "typing.TypeVarTuple", "typing.TypeAliasType",
    "_thread.lock", "_thread.RLock",          # (the host names them LockType and RLock)
}


def weakrefable(w_type):
    """Can instances of ``w_type`` be weakly referenced?"""
    for w_cls in w_type.mro_w:
        if w_cls.is_builtin:
            return _builtin_weakrefable(w_cls)
        applevel_module = getattr(w_cls, "applevel_module", None)
        if applevel_module is not None:     # an app-level class: CPython's C type decides
            return _builtin_weakrefable(w_cls, "%s.%s" % (applevel_module, w_cls.name))
        if getattr(w_cls, "has_weakref", False):
            return True
    return False


_host_answers = {}      # tp_name -> bool


def _builtin_weakrefable(w_cls, name=None):
    """A built-in type is weakly referenceable when CPython's is: the same type on
    the host has a weak reference list (tp_weaklistoffset), or it is listed above."""
    name = name or w_cls.tp_name()
    if name in WEAKREFABLE_BUILTINS:
        return True
    answer = _host_answers.get(name)
    if answer is None:
        module, _, attr = name.rpartition(".")
        host_type = None
        try:
            host_type = getattr(importlib.import_module(module or "builtins"), attr, None)
        except ImportError:
            pass
        answer = isinstance(host_type, type) and host_type.__weakrefoffset__ != 0
        _host_answers[name] = answer
    return answer


class W_WeakRef(W_Root, host_weakref.ref):
    """weakref.ref (and the base of the proxies)."""
    cleared = False             # set by the collector, or when the host cleared it
    w_callback = None
    hash = None

    def __new__(cls, w_obj, w_callback=None):
        self = host_weakref.ref.__new__(cls, w_obj,
                                        None if w_callback is None else _referent_died)
        heap.track(self)
        return self

    def __init__(self, w_obj, w_callback=None):
        if w_callback is not None:
            self.w_callback = w_callback

    def deref(self):
        """The referent, or None once it died or the collector cleared this reference."""
        if self.cleared:
            return None
        return host_weakref.ref.__call__(self)

    def clear(self):
        """Make this reference dead; returns whether it still had a callback to call."""
        self.cleared = True
        return self.w_callback is not None

    def call_callback(self):
        from snakevm.objspace.space import space      # the object space imports this module
        w_callback = self.w_callback
        if w_callback is None:
            return
        self.w_callback = None
        try:
            space.call(w_callback, [self])
        except OperationError as e:
            from snakevm.interpreter.unraisable import write_unraisable   # interpreter level
            write_unraisable(e.w_value, "Exception ignored in", w_callback)

    def iter_refs(self):
        if self.w_callback is not None:
            yield self.w_callback
        if self.w_dict is not None:
            yield self.w_dict
        slots_w = getattr(self, "slots_w", None)
        if slots_w:
            yield from slots_w

    def clear_refs(self):
        self.w_callback = None
        W_Root.clear_refs(self)

    __hash__ = W_Root.__hash__
    __eq__ = W_Root.__eq__


class W_WeakProxy(W_WeakRef):
    """weakref.ProxyType / CallableProxyType: operations go to the referent."""


def _referent_died(ref):
    """The host's callback: the referent of ``ref`` (a W_WeakRef) was freed."""
    if ref.cleared:
        return
    ref.cleared = True
    try:
        ref.call_callback()
    except LimitExceeded:       # the run is over; the next guest instruction says so
        pass
    except Exception:           # noqa: BLE001 -- a host weakref callback must not raise
        pass


def weakrefs_to(w_obj):
    """The live guest weak references to ``w_obj``: basic ref, basic proxy, then
    the others newest first (CPython's weakref list order)."""
    try:
        refs = [r for r in host_weakref.getweakrefs(w_obj)
                if isinstance(r, W_WeakRef) and not r.cleared]
    except TypeError:
        return []
    basic = [r for r in refs if r.w_callback is None and r.w_type.is_builtin]
    basic.sort(key=lambda r: isinstance(r, W_WeakProxy))
    basic_ids = {id(r) for r in basic}
    return basic + [r for r in refs if id(r) not in basic_ids]


def existing_basic(w_obj, w_type):
    """The shared basic reference (or proxy) of type ``w_type`` to ``w_obj``, if any."""
    for w_ref in weakrefs_to(w_obj):
        if w_ref.w_type is w_type and w_ref.w_callback is None:
            return w_ref
    return None
