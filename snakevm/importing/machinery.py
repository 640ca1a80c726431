"""builtins.__import__ (CPython's importlib._bootstrap: _gcd_import,
_find_and_load, _handle_fromlist, _calc___package__) and IMPORT_FROM.

Order for ``import a.b.c``: resolve a relative name against the importing
module's package; import each parent first; a module already in sys.modules
is reused (None there means "import halted"); a top-level name is looked up
in the native-module table (module/registry.py) before sys.path; a submodule
is searched in its parent's __path__.  A module is put in sys.modules before
its code runs (so circular imports see the partial module) and removed again
if that code raises."""

from snakevm.objspace.root import OperationError
from snakevm.objspace.space import space
from snakevm.objspace.typeobject import MISSING
from snakevm.importing.finder import find_module

_initializing = set()          # names of modules whose code is running


def _sys_dict():
    from snakevm.module.sys import current_sys_module
    return current_sys_module.w_dict


def _modules():
    return _sys_dict().getitem_str("modules")


def _import_error(message, type_name="ImportError", name=None, path=None, name_from=None):
    kwargs = {"name": name}
    if path is not None:
        kwargs["path"] = path
    if name_from is not None:
        kwargs["name_from"] = name_from
    w_exc = space.call(space.builtin_exception(type_name), [message], kwargs)
    return OperationError(w_exc)


def _not_found(message, name):
    return _import_error(message, "ModuleNotFoundError", name=name)


# -- __import__ ---------------------------------------------------------------------------------
def import_module(name, w_globals=None, w_locals=None, w_fromlist=None, level=0):
    if not isinstance(name, str):
        raise space.type_error("module name must be str, not %s" % space.type(name).name)
    level = space.index(level)
    if level < 0:
        raise space.value_error("level must be >= 0")
    if level > 0:
        name = _resolve_name(name, _calc_package(w_globals), level)
    elif not name:
        raise space.value_error("Empty module name")
    w_module = _gcd_import(name)
    fromlist = [] if w_fromlist is None else space.unpack_iterable(w_fromlist)
    if not fromlist:
        if level == 0:
            return _gcd_import(name.partition(".")[0])
        if not name:
            return w_module
        cut_off = len(name) - len(name.partition(".")[0])
        module_name = space.getattr(w_module, "__name__")
        return _modules().storage[module_name[:len(module_name) - cut_off]]
    if space.findattr(w_module, "__path__") is not None:
        _handle_fromlist(w_module, fromlist)
    return w_module


def _calc_package(w_globals):
    """The package a relative import is relative to (__package__, __spec__.parent, __name__)."""
    if w_globals is None:
        return None
    get = lambda key: w_globals.storage.get(key, None) if hasattr(w_globals, "storage") \
        else None
    package = get("__package__")
    w_spec = get("__spec__")
    if package is not None:
        return package
    if w_spec is not None:
        return space.getattr(w_spec, "parent")
    package = get("__name__")
    if isinstance(package, str) and get("__path__") is None:
        package = package.rpartition(".")[0]
    return package


def _resolve_name(name, package, level):
    if not isinstance(package, str):
        if package is None:
            raise _import_error("attempted relative import with no known parent package")
        raise space.type_error("__package__ not set to a string")
    if not package:
        raise _import_error("attempted relative import with no known parent package")
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise _import_error("attempted relative import beyond top-level package")
    base = bits[0]
    return "%s.%s" % (base, name) if name else base


def _gcd_import(name):
    w_module = _modules().storage.get(name, MISSING)
    if w_module is MISSING:
        return _find_and_load(name)
    if w_module is None:
        raise _not_found("import of %s halted; None in sys.modules" % name, name)
    return w_module


def _find_and_load(name):
    modules = _modules().storage
    parent, _, tail = name.rpartition(".")
    w_path = None
    if parent:
        if parent not in modules:
            _gcd_import(parent)
        if name in modules:                  # importing the parent imported us
            return _gcd_import(name)
        w_parent = modules[parent]
        w_path = space.findattr(w_parent, "__path__")
        if w_path is None:
            raise _not_found("No module named '%s'; '%s' is not a package" % (name, parent), name)
    w_module = _load_with_guest_finders(name, w_path)
    if w_module is not None:
        if parent:
            _set_submodule(modules[parent], tail, w_module)
        return w_module
    if parent:
        entries = space.unpack_iterable(w_path)
    else:
        w_module = _load_builtin(name)
        if w_module is not None:
            return w_module
        entries = space.unpack_iterable(_sys_dict().getitem_str("path"))
    found = find_module(name, entries)
    if found is None:
        raise _not_found("No module named '%s'" % name, name)
    w_module = _load(found)
    if parent:
        _set_submodule(modules[parent], tail, w_module)
    if name == "importlib":
        _install_importlib_finders()
    return w_module


def _set_submodule(w_parent, tail, w_module):
    try:
        space.setattr(w_parent, tail, w_module)
    except OperationError:
        pass


# -- finders on sys.meta_path ------------------------------------------------------------------
# snakevm's own search (native modules, then the path) stands for the standard finders
# (BuiltinImporter, FrozenImporter, PathFinder); any other finder a program puts on
# sys.meta_path is asked first, in order, and its spec loaded by Lib's importlib.
_STANDARD_FINDER_MODULES = ("importlib._bootstrap", "importlib._bootstrap_external",
                            "_frozen_importlib", "_frozen_importlib_external")


def _load_with_guest_finders(name, w_path):
    w_meta_path = _sys_dict().getitem_str("meta_path")
    if w_meta_path is MISSING or not getattr(w_meta_path, "items_w", None):
        return None
    for w_finder in list(w_meta_path.items_w):
        if space.findattr(w_finder, "__module__") in _STANDARD_FINDER_MODULES:
            continue
        w_find_spec = space.findattr(w_finder, "find_spec")
        if w_find_spec is None:
            continue
        w_spec = space.call(w_find_spec, [name, w_path, None])
        if w_spec is None:
            continue
        from snakevm.module.moduledef import import_guest   # importlib is guest code
        w_bootstrap = import_guest("importlib._bootstrap")
        return space.call(space.getattr(w_bootstrap, "_load"), [w_spec])
    return None


def _install_importlib_finders():
    """Once the guest has imported importlib, sys.meta_path and sys.path_hooks hold
    Lib's standard finders, as they do in CPython (importlib.util.find_spec, pkgutil
    and friends look there)."""
    modules = _modules().storage
    w_bootstrap = modules.get("importlib._bootstrap")
    w_external = modules.get("importlib._bootstrap_external")
    if w_bootstrap is None or w_external is None:
        return
    w_meta_path = _sys_dict().getitem_str("meta_path")
    if any(space.findattr(w, "__module__") in _STANDARD_FINDER_MODULES
           for w in w_meta_path.items_w):
        return
    w_meta_path.items_w.append(space.getattr(w_bootstrap, "BuiltinImporter"))
    w_meta_path.items_w.append(space.getattr(w_bootstrap, "FrozenImporter"))
    space.call(space.getattr(w_external, "_install"), [w_bootstrap])


def _load_builtin(name):
    from snakevm.module.registry import create_builtin_module
    w_module = create_builtin_module(name)
    if w_module is None:
        return None
    from snakevm.importing.spec import W_ModuleSpec
    from snakevm.module.frozen_importlib import w_builtin_importer_type
    d = w_module.w_dict
    d.setitem_str("__spec__", W_ModuleSpec(name, w_builtin_importer_type, "built-in"))
    d.setitem_str("__loader__", w_builtin_importer_type)
    d.setitem_str("__package__", "")
    _modules().storage[name] = w_module
    return w_module


def _load(found):
    """Create, register and execute the module described by ``found``."""
    from snakevm.objspace.moduleobject import W_Module
    from snakevm.importing.spec import W_ModuleSpec, W_SourceFileLoader
    from snakevm.importing.loader import source_code, cached_pyc_path
    name = found.name
    w_module = W_Module(name)
    d = w_module.w_dict
    w_loader = W_SourceFileLoader(name, found.origin) if found.origin else None
    w_locations = space.newlist(list(found.search_locations)) if found.is_package else None
    cached = cached_pyc_path(found.origin) if found.origin else None
    d.setitem_str("__spec__", W_ModuleSpec(name, w_loader, found.origin, w_locations, cached))
    d.setitem_str("__loader__", w_loader)
    d.setitem_str("__package__", name if found.is_package else name.rpartition(".")[0])
    if found.is_package:
        d.setitem_str("__path__", w_locations)
    if found.origin:
        d.setitem_str("__file__", found.origin)
        d.setitem_str("__cached__", cached)
    else:
        d.setitem_str("__file__", None)       # a namespace package (3.12 sets None)
    d.setitem_str("__builtins__", space.builtins_module())
    modules = _modules().storage
    modules[name] = w_module
    if found.origin is None:             # a namespace package: nothing to run
        return w_module
    _initializing.add(name)
    try:
        try:
            code = source_code(found.origin)
        except SyntaxError as e:
            from snakevm.interpreter.runtime import guest_syntax_error
            raise guest_syntax_error(e)
        from snakevm.interpreter.runtime import run_code
        run_code(code, d)
    except BaseException:
        modules.pop(name, None)
        raise
    finally:
        _initializing.discard(name)
    return modules.get(name, w_module)


def _handle_fromlist(w_module, fromlist, recursive=False):
    module_name = space.getattr(w_module, "__name__")
    for w_item in fromlist:
        if not isinstance(w_item, str):
            where = module_name + ".__all__" if recursive else "``from list''"
            raise space.type_error("Item in %s must be str, not %s"
                                   % (where, space.type(w_item).name))
        if w_item == "*":
            if not recursive:
                w_all = space.findattr(w_module, "__all__")
                if w_all is not None:
                    _handle_fromlist(w_module, space.unpack_iterable(w_all), True)
        elif space.findattr(w_module, w_item) is None:
            from_name = "%s.%s" % (module_name, w_item)
            try:
                _gcd_import(from_name)
            except OperationError as e:
                if e.match(space.builtin_exception("ModuleNotFoundError")) and \
                        space.getattr(e.w_value, "name") == from_name and \
                        _modules().storage.get(from_name, MISSING) is not None:
                    continue
                raise


# -- IMPORT_FROM ----------------------------------------------------------------------------------
def import_from(w_module, name):
    """``from module import name``: the attribute, a submodule, or CPython's ImportError."""
    try:
        return space.getattr(w_module, name)
    except OperationError as e:
        if not e.match(space.builtin_exception("AttributeError")):
            raise
    module_name = space.findattr(w_module, "__name__")
    if isinstance(module_name, str):
        w_sub = _modules().storage.get("%s.%s" % (module_name, name), MISSING)
        if w_sub is not MISSING and w_sub is not None:
            return w_sub
    else:
        module_name = "<unknown module name>"
    path = space.findattr(w_module, "__file__")
    location = path if isinstance(path, str) else "unknown location"
    if module_name in _initializing:
        message = ("cannot import name '%s' from partially initialized module '%s' (most likely "
                   "due to a circular import) (%s)" % (name, module_name, location))
    else:
        message = "cannot import name '%s' from '%s' (%s)" % (name, module_name, location)
    raise _import_error(message, name=module_name, path=path if isinstance(path, str) else None,
                        name_from=name)
