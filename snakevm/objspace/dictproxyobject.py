"""mappingproxy: the read-only view returned by ``SomeClass.__dict__``."""

from snakevm.objspace.root import W_Root
from snakevm.objspace.typedef import builtin_type
from snakevm.objspace.space import space


class W_MappingProxy(W_Root):
    """A read-only view of ``storage``: the host dict of ``w_owner`` (a dict or a
    type's namespace), or a private snapshot when ``w_owner`` is None.  It holds
    the owner, not the owner's values (what iter_refs yields must be what it holds)."""

    def __init__(self, storage, w_owner=None):
        self.storage = storage
        self.w_owner = w_owner

    def iter_refs(self):
        if self.w_owner is not None:
            yield self.w_owner
            return
        for w_key, w_value in self.storage.items():
            yield w_key
            yield w_value

    def clear_refs(self):
        self.w_owner = None
        self.storage = {}


space.mappingproxy_class = W_MappingProxy     # space.new_mappingproxy makes these
w_mappingproxy_type = builtin_type("mappingproxy", instance_class=W_MappingProxy,
                                   acceptable_as_base=False)


def _install():
    from snakevm.objspace.typedef import method, NOT_GIVEN
    from snakevm.objspace.typeobject import MISSING
    t = w_mappingproxy_type

    def getitem(w_self, w_key):
        w_value = w_self.storage.get(w_key, MISSING) if isinstance(w_key, str) else MISSING
        if w_value is MISSING:
            from snakevm.objspace.root import OperationError
            raise OperationError(space.call(space.builtin_exception("KeyError"), [w_key]))
        return w_value

    method(t, "__getitem__")(getitem)
    method(t, "__len__")(lambda w_self: len(w_self.storage))
    method(t, "__contains__")(lambda w_self, w_key: isinstance(w_key, str)
                              and w_key in w_self.storage)
    method(t, "__iter__")(lambda w_self: space.iter(space.newlist(list(w_self.storage))))
    method(t, "keys")(lambda w_self: space.call_method(_as_dict(w_self), "keys"))
    method(t, "values")(lambda w_self: space.call_method(_as_dict(w_self), "values"))
    method(t, "items")(lambda w_self: space.call_method(_as_dict(w_self), "items"))
    method(t, "copy")(lambda w_self: _as_dict(w_self))
    method(t, "get")(lambda w_self, w_key, w_default=None: w_self.storage.get(w_key, w_default)
                     if isinstance(w_key, str) else w_default)
    method(t, "__repr__")(lambda w_self: "mappingproxy(%s)" % space.repr(_as_dict(w_self)))
    method(t, "__or__")(lambda w_self, w_other: space.binary_op(_as_dict(w_self), w_other, "|"))


def _as_dict(w_self):
    return space.newdict(dict(w_self.storage))


_install()


def _mappingproxy_hash(w_self):
    """CPython hashes the wrapped mapping: a dict (snakevm keeps a snapshot of
    other mappings, taken as a dict too), so a mappingproxy is unhashable."""
    raise space.type_error("unhashable type: 'dict'")


def _install_more():
    from snakevm.objspace.typedef import method
    t = w_mappingproxy_type
    method(t, "__ror__")(lambda w_self, w_other: space.binary_op(w_other, _as_dict(w_self), "|"))
    method(t, "__str__")(lambda w_self: space.str(_as_dict(w_self)))
    method(t, "__hash__")(_mappingproxy_hash)
    method(t, "__reversed__")(
        lambda w_self: space.call_method(_as_dict(w_self), "__reversed__"))

    def ior(w_self, w_other):
        raise space.type_error("'|=' is not supported by mappingproxy; use '|' instead")
    method(t, "__ior__")(ior)
    for name, symbol in (("__eq__", "=="), ("__ne__", "!=")):    # compares its mapping
        method(t, name)((lambda s: lambda w_self, w_other: space.compare(
            _as_dict(w_self), w_other, s))(symbol))


_install_more()


def _install_new():
    from snakevm.objspace.typedef import new_method
    from snakevm.objspace.dictobject import W_Dict

    @new_method(w_mappingproxy_type)
    def mappingproxy_new(w_cls, w_mapping):
        """types.MappingProxyType(mapping): a live read-only view of a dict."""
        if isinstance(w_mapping, W_Dict):
            return W_MappingProxy(w_mapping.storage, w_mapping)
        w_type = space.type(w_mapping)
        if w_type.lookup("__getitem__") is None or w_type.lookup("keys") is None or \
                w_type.name in ("list", "tuple"):
            raise space.type_error("mappingproxy() argument must be a mapping, not %s"
                                   % w_type.name)
        snapshot = {}
        for w_key in space.unpack_iterable(space.call_method(w_mapping, "keys")):
            snapshot[w_key] = space.getitem(w_mapping, w_key)
        return W_MappingProxy(snapshot)


_install_new()
