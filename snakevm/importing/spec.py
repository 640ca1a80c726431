"""Guest objects describing imported modules: ModuleSpec (module.__spec__)
and SourceFileLoader (module.__loader__), with the attributes and reprs of
CPython's importlib classes."""

from snakevm import sandbox
from snakevm.objspace.root import W_Root, OperationError
from snakevm.objspace.typedef import builtin_type, method, getset
from snakevm.objspace.space import space
from snakevm.objspace.bridge import call_host_converted


class W_ModuleSpec(W_Root):
    def __init__(self, name, w_loader, origin=None, w_search_locations=None, cached=None):
        self.name = name
        self.w_loader = w_loader
        self.origin = origin
        self.w_submodule_search_locations = w_search_locations
        self.cached = cached
        self.w_loader_state = None
        # What importlib._bootstrap.ModuleSpec.__init__ sets, for Lib's importlib
        # (it appends to _uninitialized_submodules of a parent's spec).
        self.w_dict = space.newdict()
        self.w_dict.setitem_str("_uninitialized_submodules", space.newlist([]))
        self.w_dict.setitem_str("_set_fileattr", origin is not None and cached is not None)


class W_SourceFileLoader(W_Root):
    def __init__(self, name, path):
        self.name = name
        self.path = path


w_module_spec_type = builtin_type("ModuleSpec", instance_class=W_ModuleSpec,
                                  module="_frozen_importlib", has_dict=True)
w_source_loader_type = builtin_type("SourceFileLoader", instance_class=W_SourceFileLoader,
                                    module="_frozen_importlib_external")


def _settable(attr):
    return lambda w_self, w_value: setattr(w_self, attr, w_value)


getset(w_module_spec_type, "name", setter=_settable("name"))(lambda w_self: w_self.name)
getset(w_module_spec_type, "loader", setter=_settable("w_loader"))(lambda w_self: w_self.w_loader)
getset(w_module_spec_type, "origin", setter=_settable("origin"))(lambda w_self: w_self.origin)
getset(w_module_spec_type, "submodule_search_locations",
       setter=_settable("w_submodule_search_locations"))(
    lambda w_self: w_self.w_submodule_search_locations)
getset(w_module_spec_type, "cached", setter=_settable("cached"))(lambda w_self: w_self.cached)
getset(w_module_spec_type, "loader_state", setter=_settable("w_loader_state"))(
    lambda w_self: w_self.w_loader_state)
getset(w_module_spec_type, "parent")(
    lambda w_self: w_self.name if w_self.w_submodule_search_locations is not None
    else w_self.name.rpartition(".")[0])
getset(w_module_spec_type, "has_location")(
    lambda w_self: isinstance(w_self.w_loader, W_SourceFileLoader))


@method(w_module_spec_type, "__repr__")
def spec_repr(w_self):
    parts = ["name=%r" % w_self.name, "loader=%s" % space.repr(w_self.w_loader)]
    if w_self.origin is not None:
        parts.append("origin=%r" % w_self.origin)
    if w_self.w_submodule_search_locations is not None:
        parts.append("submodule_search_locations=%s"
                     % space.repr(w_self.w_submodule_search_locations))
    return "ModuleSpec(%s)" % ", ".join(parts)


getset(w_source_loader_type, "name")(lambda w_self: w_self.name)
getset(w_source_loader_type, "path")(lambda w_self: w_self.path)
method(w_source_loader_type, "get_filename")(lambda w_self, name=None: w_self.path)
method(w_source_loader_type, "is_package")(
    lambda w_self, name=None: w_self.path.endswith("__init__.py"))


@method(w_source_loader_type, "get_source")
def loader_get_source(w_self, name=None):
    return _read(w_self.path).decode("utf-8")


@method(w_source_loader_type, "get_data")
def loader_get_data(w_self, path):
    if not isinstance(path, str):
        raise space.type_error("expected str, bytes or os.PathLike object, not %s"
                               % space.type(path).name)
    return _read(path)


def _read(path):
    """A file's bytes for the guest (not outside the sandbox's roots, snakevm/sandbox.py)."""
    if not sandbox.file_readable(path):
        raise OperationError(space.call(space.builtin_exception("PermissionError"),
                                        sandbox.refusal_args(path)))
    return call_host_converted(_read_host, (path,), result=_same)


def _read_host(path):
    with open(path, "rb") as f:
        return f.read()


def _same(value):
    return value


@method(w_source_loader_type, "__repr__")
def loader_repr(w_self):
    return "<_frozen_importlib_external.SourceFileLoader object at 0x%x>" % id(w_self)


def module_repr(w_module):
    """repr(module): importlib._bootstrap._module_repr, which CPython's module type
    calls (the spec decides: 'from <file>', '(built-in)', '(frozen)', '(namespace)')."""
    name = space.findattr(w_module, "__name__")
    w_spec = space.findattr(w_module, "__spec__")
    if w_spec is not None:
        return _module_repr_from_spec(w_spec)
    shown = space.repr(name if name is not None else "?")
    w_file = space.findattr(w_module, "__file__")
    if w_file is not None:
        return "<module %s from %s>" % (shown, space.repr(w_file))
    w_loader = space.findattr(w_module, "__loader__")
    if w_loader is None:
        return "<module %s>" % shown
    return "<module %s (%s)>" % (shown, space.repr(w_loader))


def _module_repr_from_spec(w_spec):
    name = space.getattr(w_spec, "name")
    shown = space.repr("?" if name is None else name)
    origin = space.getattr(w_spec, "origin")
    if origin is None:
        w_loader = space.getattr(w_spec, "loader")
        if w_loader is None:
            return "<module %s>" % shown
        if space.type(w_loader).name == "NamespaceLoader":
            w_path = space.newlist(space.unpack_iterable(space.getattr(w_loader, "_path")))
            return "<module %s (namespace) from %s>" % (shown, space.repr(w_path))
        return "<module %s (%s)>" % (shown, space.repr(w_loader))
    if space.is_true(space.getattr(w_spec, "has_location")):
        return "<module %s from %s>" % (shown, space.repr(origin))
    return "<module %s (%s)>" % (space.repr(name), space.str(origin))
