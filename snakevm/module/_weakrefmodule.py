"""_weakref: weak references for real (snakevm/objspace/weakrefobject.py holds the
objects): ref with callbacks, proxies forwarding every operation to their
referent, getweakrefcount/getweakrefs, _remove_dead_weakref.  Lib's weakref
(WeakValueDictionary, WeakKeyDictionary, WeakSet, WeakMethod, finalize) runs
unchanged on top."""

from snakevm.objspace.root import W_Root, OperationError
from snakevm.objspace.space import space, BINARY_OPERATIONS
from snakevm.objspace.dictobject import W_Dict
from snakevm.objspace.typedef import (builtin_type, method, new_method, classmethod_,
                                      as_instance_of, NOT_GIVEN)
from snakevm.objspace.genericalias import new_generic_alias
from snakevm.objspace.slots import readonly_member
from snakevm.objspace.weakrefobject import (W_WeakRef, W_WeakProxy, weakrefable, weakrefs_to,
                                            existing_basic)
from snakevm.module.moduledef import ModuleDef

w_ref_type = builtin_type("ReferenceType", instance_class=W_WeakRef, module="weakref")
w_proxy_type = builtin_type("ProxyType", instance_class=W_WeakProxy, module="weakref",
                            acceptable_as_base=False)
w_callable_proxy_type = builtin_type("CallableProxyType", instance_class=W_WeakProxy,
                                     module="weakref", acceptable_as_base=False)


def _check_referent(w_obj):
    if not isinstance(w_obj, W_Root) or not weakrefable(space.type(w_obj)):
        raise space.type_error("cannot create weak reference to '%s' object"
                               % space.type(w_obj).tp_name())


# -- weakref.ref ---------------------------------------------------------------------------
@new_method(w_ref_type)
def ref_new(w_cls, *args_w, **kwargs_w):
    """Keywords are left to a subclass's __init__ (CPython ignores them here)."""
    if not 1 <= len(args_w) <= 2:
        raise space.type_error("__new__ expected %s, got %d" % (
            "at least 1 argument" if not args_w else "at most 2 arguments", len(args_w)))
    w_obj = args_w[0]
    w_callback = args_w[1] if len(args_w) == 2 else None
    _check_referent(w_obj)
    if w_callback is None and w_cls is w_ref_type:
        w_existing = existing_basic(w_obj, w_ref_type)
        if w_existing is not None:
            return w_existing
    return as_instance_of(W_WeakRef(w_obj, w_callback), w_cls)


@method(w_ref_type, "__init__", keywords=True)
def ref_init(w_self, *args_w, **kwargs_w):
    if kwargs_w:
        raise space.type_error("ref() takes no keyword arguments")
    if not 1 <= len(args_w) <= 2:
        raise space.type_error("__init__ expected %s, got %d" % (
            "at least 1 argument" if not args_w else "at most 2 arguments", len(args_w)))
    return None


@method(w_ref_type, "__call__")
def ref_call(w_self):
    return w_self.deref()


@method(w_ref_type, "__hash__")
def ref_hash(w_self):
    if w_self.hash is None:
        w_obj = w_self.deref()
        if w_obj is None:
            raise space.type_error("weak object has gone away")
        w_self.hash = space.hash_w(w_obj)
    return w_self.hash


def _richcompare(symbol):
    def compare(w_self, w_other):
        if not isinstance(w_other, W_WeakRef) or isinstance(w_other, W_WeakProxy):
            return space.w_NotImplemented
        w_a, w_b = w_self.deref(), w_other.deref()
        if w_a is None or w_b is None:
            same = w_self is w_other
            return same if symbol == "==" else not same
        return space.compare(w_a, w_b, symbol)
    return compare


method(w_ref_type, "__eq__")(_richcompare("=="))
method(w_ref_type, "__ne__")(_richcompare("!="))


@method(w_ref_type, "__repr__")
def ref_repr(w_self):
    w_obj = w_self.deref()
    if w_obj is None:
        return "<weakref at 0x%x; dead>" % id(w_self)
    return "<weakref at 0x%x; to %s>" % (id(w_self), _describe(w_obj))


def _describe(w_obj):
    text = "'%s' at 0x%x" % (space.type(w_obj).tp_name(), id(w_obj))
    try:
        w_name = space.findattr(w_obj, "__name__")
    except OperationError:          # a __getattr__ raising something else (gh-99184)
        w_name = None
    if isinstance(w_name, str):     # CPython shows a str __name__ as it is, nothing else
        text += " (%s)" % w_name
    return text


readonly_member(w_ref_type, "__callback__", lambda w_self: w_self.w_callback)
classmethod_(w_ref_type, "__class_getitem__", doc="See PEP 585")(new_generic_alias)


# -- proxies ---------------------------------------------------------------------------------
def _referent(w_proxy):
    w_obj = w_proxy.deref()
    if w_obj is None:
        raise space.error(space.builtin_exception("ReferenceError"),
                          "weakly-referenced object no longer exists")
    return w_obj


def _unwrap(w_obj):
    return _referent(w_obj) if isinstance(w_obj, W_WeakProxy) else w_obj


def proxy(w_obj, w_callback=None):
    """Create a proxy object that weakly references 'object'."""
    _check_referent(w_obj)
    callable_ = space.lookup(w_obj, "__call__") is not None
    w_type = w_callable_proxy_type if callable_ else w_proxy_type
    if w_callback is None:
        w_existing = existing_basic(w_obj, w_type)
        if w_existing is not None:
            return w_existing
    return as_instance_of(W_WeakProxy(w_obj, w_callback), w_type)


def _declare_proxy(w_type):
    method(w_type, "__getattribute__")(
        lambda w_self, name: space.getattr(_referent(w_self), name))
    method(w_type, "__setattr__")(
        lambda w_self, name, w_value: space.setattr(_referent(w_self), name, w_value))
    method(w_type, "__delattr__")(lambda w_self, name: space.delattr(_referent(w_self), name))
    method(w_type, "__repr__")(lambda w_self: "<weakproxy at 0x%x; %s>" % (
        id(w_self), "to " + _describe(w_self.deref()) if w_self.deref() is not None else "dead"))
    method(w_type, "__str__")(lambda w_self: space.str(_referent(w_self)))
    method(w_type, "__bytes__")(lambda w_self: space.call_method(_referent(w_self), "__bytes__"))
    method(w_type, "__bool__")(lambda w_self: space.is_true(_referent(w_self)))
    method(w_type, "__len__")(lambda w_self: space.len_w(_referent(w_self)))
    method(w_type, "__iter__")(lambda w_self: space.iter(_referent(w_self)))
    method(w_type, "__next__")(_proxy_next)
    method(w_type, "__reversed__")(
        lambda w_self: space.call_method(_referent(w_self), "__reversed__"))
    method(w_type, "__contains__")(
        lambda w_self, w_item: space.contains(_referent(w_self), w_item))
    method(w_type, "__getitem__")(lambda w_self, w_key: space.getitem(_referent(w_self), w_key))
    method(w_type, "__setitem__")(
        lambda w_self, w_key, w_value: space.setitem(_referent(w_self), w_key, w_value))
    method(w_type, "__delitem__")(lambda w_self, w_key: space.delitem(_referent(w_self), w_key))
    method(w_type, "__index__")(lambda w_self: space.index(_referent(w_self)))
    method(w_type, "__int__")(lambda w_self: space.call_method(_referent(w_self), "__int__"))
    method(w_type, "__float__")(
        lambda w_self: space.call_method(_referent(w_self), "__float__"))
    for symbol, name in (("-", "__neg__"), ("+", "__pos__"), ("~", "__invert__")):
        method(w_type, name)((lambda s: lambda w_self: space.unary_op(_referent(w_self), s))(symbol))
    method(w_type, "__abs__")(lambda w_self: space.call_method(_referent(w_self), "__abs__"))
    for symbol, (name, rname, iname, _) in BINARY_OPERATIONS.items():
        method(w_type, name)((lambda s: lambda w_self, w_other: space.binary_op(
            _referent(w_self), _unwrap(w_other), s))(symbol))
        method(w_type, rname)((lambda s: lambda w_self, w_other: space.binary_op(
            _unwrap(w_other), _referent(w_self), s))(symbol))
        method(w_type, iname)((lambda s: lambda w_self, w_other: space.inplace_op(
            _referent(w_self), _unwrap(w_other), s))(symbol))
    for symbol, name in (("<", "__lt__"), ("<=", "__le__"), ("==", "__eq__"), ("!=", "__ne__"),
                         (">", "__gt__"), (">=", "__ge__")):
        method(w_type, name)((lambda s: lambda w_self, w_other: space.compare(
            _referent(w_self), _unwrap(w_other), s))(symbol))
    w_type.dict_w["__hash__"] = None
    readonly_member(w_type, "__callback__", lambda w_self: w_self.w_callback)


def _proxy_next(w_self):
    w_obj = _referent(w_self)
    if space.lookup(w_obj, "__next__") is None:
        raise space.type_error("Weakref proxy referenced a non-iterator '%s' object"
                               % space.type(w_obj).name)
    return space.next(w_obj)


def _proxy_call(w_self, *args_w, **kwargs_w):
    return space.call(_referent(w_self), list(args_w), kwargs_w)


# -- module functions ---------------------------------------------------------------------------
def getweakrefcount(w_obj):
    """Return the number of weak references to 'object'."""
    return len(weakrefs_to(w_obj)) if isinstance(w_obj, W_Root) else 0


def getweakrefs(w_obj):
    """Return a list of all weak reference objects pointing to 'object'."""
    return space.newlist(weakrefs_to(w_obj) if isinstance(w_obj, W_Root) else [])


def _remove_dead_weakref(w_dict, w_key):
    """Atomically remove key from dict if it points to a dead weakref."""
    if not isinstance(w_dict, W_Dict):
        raise space.type_error("_remove_dead_weakref() argument 1 must be dict, not %s"
                               % space.type(w_dict).name)
    w_value = w_dict.storage.get(w_key, NOT_GIVEN)
    if w_value is NOT_GIVEN:
        return None
    if isinstance(w_value, W_WeakRef) and w_value.deref() is None:
        del w_dict.storage[w_key]
    return None


for _w_type in (w_proxy_type, w_callable_proxy_type):
    _declare_proxy(_w_type)
method(w_callable_proxy_type, "__call__", keywords=True)(_proxy_call)


def make_module():
    m = ModuleDef("_weakref", doc="Weak-reference support module.")
    m.value("ref", w_ref_type)
    m.value("ReferenceType", w_ref_type)
    m.value("ProxyType", w_proxy_type)
    m.value("CallableProxyType", w_callable_proxy_type)
    m.function(proxy)
    m.function(getweakrefcount)
    m.function(getweakrefs)
    m.function(_remove_dead_weakref)
    return m.w_module
