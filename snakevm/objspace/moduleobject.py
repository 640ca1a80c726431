"""The guest ``module`` type: a namespace (W_Dict) with a name."""

from snakevm.objspace.root import W_Root
from snakevm.objspace.typedef import builtin_type, method, new_method, getset
from snakevm.objspace.typeobject import MISSING
from snakevm.objspace.space import space
from snakevm.objspace.root import OperationError


class W_Module(W_Root):
    # A host slot: an instance attribute would shadow W_Root's class default, and the
    # host does not specialize a load of a shadowed attribute (see W_Instance).
    __slots__ = ("w_dict",)

    def __init__(self, name, w_dict=None, doc=None):
        self.w_dict = w_dict if w_dict is not None else space.newdict()
        self.w_dict.setitem_str("__name__", name)
        if self.w_dict.getitem_str("__doc__") is MISSING:
            self.w_dict.setitem_str("__doc__", doc)

    def iter_refs(self):
        yield from W_Root.iter_refs(self)       # (what is in the host __dict__)
        if self.w_dict is not None:
            yield self.w_dict

    def clear_refs(self):
        W_Root.clear_refs(self)
        self.w_dict = None

    @property
    def name(self):
        w_name = self.w_dict.getitem_str("__name__")
        return w_name if isinstance(w_name, str) else "?"


w_module_type = builtin_type("module", instance_class=W_Module, has_dict=True)


@new_method(w_module_type)
def module_new(w_cls, *args_w, **kwargs_w):
    w_mod = W_Module("?")
    w_mod.w_type = w_cls
    return w_mod


@method(w_module_type, "__init__", keywords=True)
def module_init(w_self, name, doc=None):
    if not isinstance(name, str):
        raise space.type_error("module.__init__() argument 'name' must be str, not %s"
                               % space.type(name).name)
    w_self.w_dict.setitem_str("__name__", name)
    w_self.w_dict.setitem_str("__doc__", doc)
    for key in ("__package__", "__loader__", "__spec__"):
        w_self.w_dict.setitem_str(key, None)


@method(w_module_type, "__repr__")
def module_repr(w_self):
    from snakevm.importing.spec import module_repr as repr_from_spec   # importing needs modules
    return repr_from_spec(w_self)


@method(w_module_type, "__getattribute__")
def module_getattribute(w_self, name):
    try:
        return space.generic_getattr(w_self, name)
    except OperationError as e:
        if not e.match(space.builtin_exception("AttributeError")):
            raise
        w_getattr = w_self.w_dict.getitem_str("__getattr__")
        if w_getattr is not MISSING:
            return space.call(w_getattr, [name])
        if _is_initializing(w_self):
            message = ("partially initialized module '%s' has no attribute '%s' (most likely "
                       "due to a circular import)" % (w_self.name, name))
        elif _is_uninitialized_submodule(w_self, name):
            message = ("cannot access submodule '%s' of module '%s' (most likely due to a "
                       "circular import)" % (name, w_self.name))
        else:
            message = "module '%s' has no attribute '%s'" % (w_self.name, name)
        raise space.no_attribute(w_self, name, message)


def _is_initializing(w_module):
    """CPython's _PyModuleSpec_IsInitializing: __spec__._initializing is true."""
    w_spec = w_module.w_dict.getitem_str("__spec__")
    if w_spec is MISSING or w_spec is None:
        return False
    try:
        return space.is_true(space.getattr(w_spec, "_initializing"))
    except OperationError:
        return False


def _is_uninitialized_submodule(w_module, name):
    """CPython's _PyModuleSpec_IsUninitializedSubmodule: ``name`` is in
    __spec__._uninitialized_submodules (a submodule whose import is under way)."""
    w_spec = w_module.w_dict.getitem_str("__spec__")
    if w_spec is MISSING or w_spec is None:
        return False
    try:
        return space.is_true(space.contains(
            space.getattr(w_spec, "_uninitialized_submodules"), name))
    except OperationError:
        return False


@method(w_module_type, "__dir__")
def module_dir(w_self):
    w_dir = w_self.w_dict.getitem_str("__dir__")
    if w_dir is not MISSING:            # PEP 562: the module's own __dir__()
        return space.call(w_dir, [])
    return space.newlist(sorted(k for k in w_self.w_dict.storage if isinstance(k, str)))


getset(w_module_type, "__dict__")(lambda w_self: w_self.w_dict)


def _module_annotations(w_module):
    """module.__annotations__: created empty on first access (PEP 563/649 behaviour of 3.10+)."""
    from snakevm.objspace.typeobject import MISSING
    w_value = w_module.w_dict.getitem_str("__annotations__")
    if w_value is MISSING:
        w_value = space.newdict()
        w_module.w_dict.setitem_str("__annotations__", w_value)
    return w_value


getset(w_module_type, "__annotations__",
       setter=lambda w_module, w_value: w_module.w_dict.setitem_str("__annotations__", w_value),
       deleter=lambda w_module: w_module.w_dict.delitem_str("__annotations__"))(
    _module_annotations)
