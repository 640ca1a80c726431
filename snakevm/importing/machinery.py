"""builtins.__import__ (CPython's importlib._bootstrap: _gcd_import,
_find_and_load, _handle_fromlist, _calc___package__) and IMPORT_FROM.

Order for ``import a.b.c``: resolve a relative name against the importing
module's package; import each parent first; a module already in sys.modules
is reused (None there means "import halted"); otherwise the finders of
sys.meta_path are asked in order -- the standard ones natively (the native-
module table, module/registry.py; the frozen importlib modules, bootstrap.py;
sys.path or the parent's __path__, finder.py), any other through its
find_spec.  A module is put in sys.modules before its code runs (so circular
imports see the partial module) and removed again if that code raises."""

import os

from snakevm import sandbox
from snakevm.objspace.root import OperationError
from snakevm.objspace.space import space
from snakevm.objspace.typeobject import MISSING
from snakevm.importing.finder import find_module
from snakevm.importing import bootstrap
from snakevm.importing import importtime
from snakevm.interpreter import compilewarnings


def _sys_dict():
    return sys_module.current_sys_module.w_dict


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
        raise space.type_error("module name must be a string")
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
    if importtime.enabled():
        return importtime.timed(name, lambda: _find_and_load_untimed(name))
    return _find_and_load_untimed(name)


def _find_and_load_untimed(name):
    modules = _modules().storage
    parent, _, tail = name.rpartition(".")
    w_path = None
    w_parent_spec = None
    if parent:
        if parent not in modules:
            _gcd_import(parent)
        if name in modules:                  # importing the parent imported us
            return _gcd_import(name)
        w_parent = modules[parent]
        w_path = space.findattr(w_parent, "__path__")
        if w_path is None:
            raise _not_found("No module named %r; %r is not a package" % (name, parent), name)
        w_parent_spec = space.findattr(w_parent, "__spec__")
    # While it loads, the child is listed in its parent's spec (3.12's circular-import
    # tracking: "cannot access submodule ... of module ...").
    w_pending = _uninitialized_submodules(w_parent_spec)
    if w_pending is not None:
        w_pending.items_w.append(tail)
    try:
        w_module = _find_spec_and_load(name, w_path)
    finally:
        if w_pending is not None and w_pending.items_w:
            w_pending.items_w.pop()
    if w_module is None:
        raise _not_found("No module named %r" % name, name)
    if parent:
        _set_submodule(modules[parent], tail, w_module)
    return w_module


def _uninitialized_submodules(w_spec):
    if w_spec is None:
        return None
    w_list = space.findattr(w_spec, "_uninitialized_submodules")
    return w_list if hasattr(w_list, "items_w") else None


def _set_submodule(w_parent, tail, w_module):
    try:
        space.setattr(w_parent, tail, w_module)
    except OperationError:
        pass


# -- sys.meta_path ----------------------------------------------------------------------------
# The finders are asked in sys.meta_path's order, as importlib._bootstrap._find_spec does.
# For the standard ones (snakevm's stand-ins, or Lib's classes once importlib is loaded;
# bootstrap.standard_kind) snakevm searches natively: BuiltinImporter -> the native-module
# table, FrozenImporter -> _frozen_importlib(_external), PathFinder -> finder.py over
# sys.path or the parent's __path__.  Any other finder is called (find_spec) and the spec
# it returns is loaded by Lib's importlib._bootstrap._load.
def _find_spec_and_load(name, w_path):
    w_meta_path = _sys_dict().getitem_str("meta_path")
    if w_meta_path is None or w_meta_path is MISSING:
        raise _import_error("sys.meta_path is None, Python is likely shutting down")
    finders_w = space.unpack_iterable(w_meta_path)
    if not finders_w:
        from snakevm.module.moduledef import guest_warn     # warnings is guest code
        guest_warn("sys.meta_path is empty", "ImportWarning")
    for w_finder in finders_w:
        kind = bootstrap.standard_kind(w_finder)
        if kind == "builtin":
            if w_path is None:
                w_module = _load_builtin(name)
                if w_module is not None:
                    return w_module
        elif kind == "frozen":
            if bootstrap.is_frozen(name):
                return bootstrap.load_frozen(name)
        elif kind == "path":
            w_module = _path_find_and_load(name, w_path)
            if w_module is not None:
                return w_module
        else:
            w_find_spec = space.findattr(w_finder, "find_spec")
            if w_find_spec is None:
                continue
            w_spec = space.call(w_find_spec, [name, w_path, None])
            if w_spec is not None:
                return bootstrap.load_spec(w_spec)
    return None


def _path_find_and_load(name, w_path):
    """PathFinder's part: snakevm's finder, unless the program installed path hooks or
    path entry finders of its own (then Lib's PathFinder does the search)."""
    w_sys = _sys_dict()
    entries = space.unpack_iterable(w_path if w_path is not None else w_sys.getitem_str("path"))
    if sandbox.active is not None:     # only the sandbox's roots, only snakevm's finder
        found = find_module(name, sandbox.search_path(entries), sourceless=False)
        return None if found is None else _load(found)
    if _standard_path_importers(w_sys, entries):
        found = find_module(name, entries)
        if found is None or not (found.origin or "").endswith(".pyc"):
            return None if found is None else _load(found)
    # path hooks or finders of the program's own, or a sourceless module (Lib's
    # SourcelessFileLoader reads, checks and runs it): Lib's PathFinder
    w_spec = bootstrap.lib_path_finder_spec(name, w_path)
    return None if w_spec is None else bootstrap.load_spec(w_spec)


def _standard_path_importers(w_sys, entries):
    """Whether sys.path_hooks holds only the standard hooks and sys.path_importer_cache
    nothing but FileFinders (or None) for these entries, and no entry is a zip file."""
    w_hooks = w_sys.getitem_str("path_hooks")
    for w_hook in getattr(w_hooks, "items_w", ()):
        if bootstrap.standard_kind(w_hook) not in ("zipimporter", "filefinder_hook"):
            return False
    cache = getattr(w_sys.getitem_str("path_importer_cache"), "storage", None)
    for entry in entries:
        if not isinstance(entry, str):
            continue
        if cache:
            w_finder = cache.get(entry)
            if w_finder is not None and not bootstrap.is_file_finder(w_finder):
                return False
        if entry.endswith(".zip") and os.path.isfile(entry):
            return False                  # zipimport's business
    return True


def _load_builtin(name):
    from snakevm.module.registry import create_builtin_module
    w_module = create_builtin_module(name)
    if w_module is None:
        return None
    w_spec = bootstrap.builtin_spec(name)
    d = w_module.w_dict
    d.setitem_str("__spec__", w_spec)
    d.setitem_str("__loader__", space.getattr(w_spec, "loader"))
    d.setitem_str("__package__", "")
    _modules().storage[name] = w_module
    return w_module


def _load(found):
    """Create, register and execute the module described by ``found``."""
    from snakevm.objspace.moduleobject import W_Module
    from snakevm.importing.loader import source_code, cached_pyc_path
    name = found.name
    w_module = W_Module(name)
    d = w_module.w_dict
    if found.origin is None:             # a namespace package: nothing to run
        w_spec, w_locations = bootstrap.namespace_spec(name, found.search_locations)
        w_loader = space.getattr(w_spec, "loader")
        cached = None
    else:
        w_locations = space.newlist(list(found.search_locations)) if found.is_package else None
        cached = cached_pyc_path(found.origin)
        w_spec, w_loader = bootstrap.source_spec(name, found.origin, w_locations, cached)
    d.setitem_str("__spec__", w_spec)
    d.setitem_str("__loader__", w_loader)
    d.setitem_str("__package__", name if found.is_package else name.rpartition(".")[0])
    if found.is_package:
        d.setitem_str("__path__", w_locations)
    d.setitem_str("__file__", found.origin)        # None for a namespace package (3.12)
    if found.origin:
        d.setitem_str("__cached__", cached)
    d.setitem_str("__builtins__", space.builtins_module().w_dict)    # as exec() puts it
    modules = _modules().storage
    modules[name] = w_module
    if found.origin is None:
        return w_module
    space.setattr(w_spec, "_initializing", True)      # as importlib._bootstrap does
    try:
        try:
            code = compilewarnings.compile_issuing(lambda: source_code(found.origin))
        except SyntaxError as e:
            from snakevm.interpreter.runtime import guest_syntax_error
            raise guest_syntax_error(e)
        from snakevm.interpreter.runtime import run_code
        run_code(code, d)
    except BaseException:
        modules.pop(name, None)
        raise
    finally:
        # the bootstrap may have replaced the spec meanwhile (importing importlib)
        w_spec = d.getitem_str("__spec__")
        if w_spec is not None and w_spec is not MISSING:
            try:
                space.setattr(w_spec, "_initializing", False)
            except OperationError:
                pass
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
    """``from module import name``: the attribute, a submodule, or CPython's ImportError
    (ceval.c's import_from, messages included)."""
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
        shown = module_name
    else:
        module_name = None
        shown = "<unknown module name>"
    path = _module_filename(w_module)
    if path is None:
        message = "cannot import name %s from %s (unknown location)" % (
            space.repr(name), space.repr(shown))
    elif _spec_is_initializing(space.findattr(w_module, "__spec__")):
        message = ("cannot import name %s from partially initialized module %s (most likely "
                   "due to a circular import) (%s)" % (space.repr(name), space.repr(shown), path))
    else:
        message = "cannot import name %s from %s (%s)" % (space.repr(name), space.repr(shown),
                                                          path)
    raise _import_error(message, name=module_name, path=path, name_from=name)


def _module_filename(w_module):
    """PyModule_GetFilenameObject: a module's __file__ when it is a str."""
    from snakevm.objspace.moduleobject import W_Module
    if not isinstance(w_module, W_Module):
        return None
    path = w_module.w_dict.getitem_str("__file__")
    return path if isinstance(path, str) else None


def _spec_is_initializing(w_spec):
    if w_spec is None:
        return False
    return space.is_true(space.findattr(w_spec, "_initializing") or False)


# (imported last: the sys module imports this one)
from snakevm.module import sys as sys_module  # noqa: E402
