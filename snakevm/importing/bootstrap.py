"""Lib's importlib bootstrap as the guest's frozen modules, loaded on first use.

CPython runs importlib/_bootstrap.py and _bootstrap_external.py at startup as
the frozen modules ``_frozen_importlib`` and ``_frozen_importlib_external``;
importlib/__init__.py then adopts them as importlib._bootstrap(_external).
snakevm does the same, but lazily (running them costs startup time that plain
``import x`` statements do not need): the first ``import _frozen_importlib``
(importlib/__init__.py does it), a finder of the program's own on
sys.meta_path, or a call on a stand-in finder (module/frozen_importlib.py)
runs both modules from Lib's source as code named
'<frozen importlib._bootstrap>' (so tracebacks read like CPython's), then:

* calls ``_setup(sys, _imp)`` and ``_set_bootstrap_module`` as CPython's
  ``_install`` functions do;
* replaces the stand-ins in sys.meta_path and sys.path_hooks, in place, by
  Lib's BuiltinImporter, FrozenImporter, PathFinder, zipimporter and the
  FileFinder path hook;
* rebuilds every loaded module's __spec__ and __loader__ with Lib's
  ModuleSpec and SourceFileLoader (until then they are snakevm's native
  objects, spec.py), so that from then on modules look exactly like CPython's.

``standard_kind`` tells the import system which finder objects are the
standard ones it replaces by its native search (machinery.py)."""

import os

from snakevm.objspace.space import space
from snakevm.objspace.typeobject import MISSING

# The modules CPython 3.12 freezes (its test-only __hello__ family left out):
# frozen module name -> the Lib module it is made from.  Their code is named
# '<frozen NAME>', as in CPython's tracebacks; __file__ is the Lib file.
BOOTSTRAP = {"_frozen_importlib": "importlib._bootstrap",
             "_frozen_importlib_external": "importlib._bootstrap_external"}
FROZEN = dict(BOOTSTRAP, **{name: name for name in (
    "zipimport", "abc", "codecs", "io", "_collections_abc", "_sitebuiltins", "genericpath",
    "ntpath", "posixpath", "os", "site", "stat", "importlib.util", "importlib.machinery",
    "runpy")})


class _State:
    w_bootstrap = None           # the _frozen_importlib module, once loaded
    w_external = None            # the _frozen_importlib_external module
    loading = False
    standard = {}                # kind -> Lib's object ("builtin", "frozen", "path", ...)
    w_module_spec = None         # Lib's ModuleSpec and SourceFileLoader classes
    w_source_loader = None
    w_file_finder = None


state = _State()


def _sys_dict():
    from snakevm.module.sys import current_sys_module    # sys is created per program run
    return current_sys_module.w_dict


def is_loaded():
    return state.w_external is not None


def is_frozen(name):
    return name in FROZEN


def import_guest_module(name):
    from snakevm.module.moduledef import import_guest     # moduledef needs the object space
    return import_guest(name)


# -- which finders are the standard ones --------------------------------------------------
def _stand_ins():
    f = frozen_importlib
    return {"builtin": f.w_builtin_importer_type, "frozen": f.w_frozen_importer_type,
            "path": f.w_path_finder_type, "zipimporter": f.w_zipimporter_type,
            "filefinder_hook": f.w_file_finder_hook}


def kind_of_stand_in(w_obj):
    for kind, w_stand_in in _stand_ins().items():
        if w_obj is w_stand_in:
            return kind
    return None


def standard_kind(w_obj):
    """'builtin', 'frozen', 'path', 'zipimporter' or 'filefinder_hook' for the standard
    finders and path hooks (the stand-ins or Lib's), None for anything else."""
    for kind, w_standard in state.standard.items():
        if w_obj is w_standard:
            return kind
    return kind_of_stand_in(w_obj)


def standard_object(kind):
    return state.standard[kind]


def initial_meta_path():
    s = _stand_ins()
    return [s["builtin"], s["frozen"], s["path"]]


def initial_path_hooks():
    s = _stand_ins()
    return [s["zipimporter"], s["filefinder_hook"]]


def is_file_finder(w_finder):
    return state.w_file_finder is not None and space.type(w_finder) is state.w_file_finder


# -- loading --------------------------------------------------------------------------------
def load_frozen(name):
    """The frozen module ``name``: the bootstrap pair is loaded together (bootstrap
    first); the others run from Lib's source as '<frozen NAME>' code."""
    modules = _sys_dict().getitem_str("modules").storage
    if name not in BOOTSTRAP:
        return _run_frozen(name)
    ensure_loaded()
    w_module = state.w_bootstrap if name == "_frozen_importlib" else state.w_external
    if w_module is None:                 # asked for while loading: the half-made module
        w_module = modules.get(name)
    modules.setdefault(name, w_module)
    return modules[name]


def ensure_loaded():
    """Run Lib's importlib bootstrap once (see the module docstring)."""
    if state.w_external is not None or state.loading:
        return
    state.loading = True
    try:
        _load()
    finally:
        state.loading = False


def _load():
    w_sys = _sys_dict()
    w_imp = import_guest_module("_imp")
    w_bootstrap = _run_frozen("_frozen_importlib")
    space.call(space.getattr(w_bootstrap, "_setup"), [_sys_module(), w_imp])
    # CPython sets _frozen_importlib up before sys._stdlib_dir exists: no file name.
    w_bootstrap.w_dict.delitem_str("__file__")
    space.setattr(space.getattr(space.getattr(w_bootstrap, "__spec__"), "loader_state"),
                  "filename", None)
    state.w_bootstrap = w_bootstrap
    standard = {"builtin": space.getattr(w_bootstrap, "BuiltinImporter"),
                "frozen": space.getattr(w_bootstrap, "FrozenImporter")}
    state.standard = standard
    state.w_module_spec = space.getattr(w_bootstrap, "ModuleSpec")
    w_external = _run_frozen("_frozen_importlib_external")
    space.call(space.getattr(w_external, "_set_bootstrap_module"), [w_bootstrap])
    w_bootstrap.w_dict.setitem_str("_bootstrap_external", w_external)
    state.w_external = w_external
    state.w_source_loader = space.getattr(w_external, "SourceFileLoader")
    state.w_file_finder = space.getattr(w_external, "FileFinder")
    standard["path"] = space.getattr(w_external, "PathFinder")
    w_loaders = space.call(space.getattr(w_external, "_get_supported_file_loaders"), [])
    standard["filefinder_hook"] = space.call(
        space.getattr(state.w_file_finder, "path_hook"), space.unpack_iterable(w_loaders))
    _replace_stand_ins(w_sys.getitem_str("meta_path"))
    _convert_loaded_modules()
    w_zipimport = import_guest_module("zipimport")       # CPython's _PyImportZip_Init
    standard["zipimporter"] = space.getattr(w_zipimport, "zipimporter")
    _replace_stand_ins(w_sys.getitem_str("path_hooks"))


def _sys_module():
    from snakevm.module.sys import current_sys_module    # sys is created per program run
    return current_sys_module


def _stdlib_dir():
    from snakevm.module.sys import stdlib_directory      # sys imports the import system
    return stdlib_directory()


def frozen_source(name):
    """The Lib file a frozen module is made from."""
    return os.path.join(_stdlib_dir(), *FROZEN[name].split(".")) + ".py"


def frozen_code(name):
    from snakevm.importing.loader import code_named      # loader needs the compiler
    return code_named(frozen_source(name), "<frozen %s>" % FROZEN[name])


def frozen_spec(name):
    """CPython's spec of a frozen module: FrozenImporter, origin 'frozen', and
    loader_state naming the source file it was made from."""
    from snakevm.objspace.namespaceobject import new_namespace
    w_state = new_namespace(filename=frozen_source(name), origname=FROZEN[name])
    if state.w_bootstrap is None:
        from snakevm.importing.spec import W_ModuleSpec
        from snakevm.module.frozen_importlib import w_frozen_importer_type
        w_spec = W_ModuleSpec(name, w_frozen_importer_type, "frozen")
        w_spec.w_loader_state = w_state
        return w_spec
    return space.call(state.w_module_spec, [name, state.standard["frozen"]],
                      {"origin": "frozen", "loader_state": w_state})


def _run_frozen(name):
    """Create the frozen module ``name`` (from Lib's source, as CPython's frozen
    modules are), register it in sys.modules and run it."""
    from snakevm.objspace.moduleobject import W_Module
    from snakevm.interpreter.runtime import run_code
    w_module = W_Module(name)
    d = w_module.w_dict
    w_spec = frozen_spec(name)
    d.setitem_str("__spec__", w_spec)
    d.setitem_str("__loader__", space.getattr(w_spec, "loader"))
    d.setitem_str("__package__", name.rpartition(".")[0])
    d.setitem_str("__file__", frozen_source(name))
    d.setitem_str("__builtins__", space.builtins_module().w_dict)    # as exec() puts it
    modules = _sys_dict().getitem_str("modules").storage
    modules[name] = w_module
    space.setattr(w_spec, "_initializing", True)
    try:
        run_code(frozen_code(name), d)
    except BaseException:
        modules.pop(name, None)
        raise
    finally:
        space.setattr(w_spec, "_initializing", False)
    return modules.get(name, w_module)


def _replace_stand_ins(w_list):
    """Swap the stand-ins in a sys list (meta_path, path_hooks) for Lib's objects."""
    items_w = getattr(w_list, "items_w", None)
    if items_w is None:
        return
    for i, w_item in enumerate(items_w):
        kind = kind_of_stand_in(w_item)
        if kind is not None and kind in state.standard:
            items_w[i] = state.standard[kind]


# -- specs and loaders ----------------------------------------------------------------------
def source_spec(name, origin, w_locations, cached):
    """(spec, loader) for a source module found by snakevm's finder."""
    if state.w_external is None:
        from snakevm.importing.spec import W_ModuleSpec, W_SourceFileLoader
        w_loader = W_SourceFileLoader(name, origin)
        return W_ModuleSpec(name, w_loader, origin, w_locations, cached), w_loader
    w_loader = space.call(state.w_source_loader, [name, origin])
    return _lib_spec(name, w_loader, origin, w_locations, cached, True), w_loader


def builtin_spec(name):
    if state.w_external is None:
        from snakevm.importing.spec import W_ModuleSpec
        from snakevm.module.frozen_importlib import w_builtin_importer_type
        return W_ModuleSpec(name, w_builtin_importer_type, "built-in")
    return space.call(state.w_module_spec, [name, state.standard["builtin"]],
                      {"origin": "built-in"})


def namespace_spec(name, portions):
    """(spec, __path__) of a namespace package (Lib's NamespaceLoader and
    _NamespacePath once the bootstrap is loaded)."""
    w_portions = space.newlist(list(portions))
    if state.w_external is None:
        from snakevm.importing.spec import W_ModuleSpec
        return W_ModuleSpec(name, None, None, w_portions), w_portions
    return _lib_namespace_spec(name, w_portions)


def _lib_namespace_spec(name, w_portions):
    w_external = state.w_external
    w_get_spec = space.getattr(state.standard["path"], "_get_spec")
    w_path = space.call(space.getattr(w_external, "_NamespacePath"),
                        [name, w_portions, w_get_spec])
    w_loader = space.call(space.getattr(w_external, "NamespaceLoader"),
                          [name, w_portions, w_get_spec])
    space.setattr(w_loader, "_path", w_path)
    w_spec = space.call(state.w_module_spec, [name, w_loader], {"is_package": True})
    space.setattr(w_spec, "submodule_search_locations", w_path)
    return w_spec, w_path


def _lib_spec(name, w_loader, origin, w_locations, cached, has_location):
    w_spec = space.call(state.w_module_spec, [name, w_loader], {"origin": origin})
    space.setattr(w_spec, "submodule_search_locations", w_locations)
    if has_location:
        space.setattr(w_spec, "_set_fileattr", True)
        space.setattr(w_spec, "cached", cached)
    return w_spec


def _convert_loaded_modules():
    """Rebuild the native specs and loaders of the modules loaded so far with Lib's
    classes (what they would be had Lib's importlib imported them)."""
    from snakevm.importing.spec import W_ModuleSpec, W_SourceFileLoader
    from snakevm.objspace.moduleobject import W_Module
    loaders = {}

    def convert_loader(w_loader):
        if isinstance(w_loader, W_SourceFileLoader):
            if id(w_loader) not in loaders:
                loaders[id(w_loader)] = space.call(state.w_source_loader,
                                                   [w_loader.name, w_loader.path])
            return loaders[id(w_loader)]
        kind = kind_of_stand_in(w_loader)
        return state.standard[kind] if kind in state.standard else w_loader

    modules = _sys_dict().getitem_str("modules").storage
    for w_module in list(modules.values()):
        if not isinstance(w_module, W_Module):
            continue
        d = w_module.w_dict
        w_spec = d.getitem_str("__spec__")
        if isinstance(w_spec, W_ModuleSpec):
            w_new = _converted_spec(w_spec, convert_loader)
            d.setitem_str("__spec__", w_new)
            if w_spec.w_loader is None:          # a namespace package
                d.setitem_str("__path__", space.getattr(w_new, "submodule_search_locations"))
        w_loader = d.getitem_str("__loader__")
        if w_loader is not MISSING:
            d.setitem_str("__loader__", convert_loader(w_loader))


def _converted_spec(w_spec, convert_loader):
    if w_spec.w_loader is None and w_spec.origin is None:
        w_new, _ = _lib_namespace_spec(w_spec.name, w_spec.w_submodule_search_locations)
    else:
        from snakevm.importing.spec import W_SourceFileLoader
        w_new = _lib_spec(w_spec.name, convert_loader(w_spec.w_loader), w_spec.origin,
                          w_spec.w_submodule_search_locations, w_spec.cached,
                          isinstance(w_spec.w_loader, W_SourceFileLoader))
        if w_spec.w_loader_state is not None:
            space.setattr(w_new, "loader_state", w_spec.w_loader_state)
    w_initializing = w_spec.w_dict.getitem_str("_initializing")
    if w_initializing is not MISSING:
        space.setattr(w_new, "_initializing", w_initializing)
    w_pending = w_spec.w_dict.getitem_str("_uninitialized_submodules")
    if w_pending is not MISSING:
        space.setattr(w_new, "_uninitialized_submodules", w_pending)
    return w_new


def load_spec(w_spec):
    """Load a spec some finder of the program's returned (Lib's _bootstrap._load)."""
    ensure_loaded()
    return space.call(space.getattr(state.w_bootstrap, "_load"), [w_spec])


def lib_path_finder_spec(name, w_path):
    """Lib's PathFinder.find_spec(name, path): used when the program installed path
    hooks or path entry finders of its own."""
    ensure_loaded()
    return space.call(space.getattr(state.standard["path"], "find_spec"),
                      [name, w_path])


def reset():
    """Forget the loaded bootstrap (a new program run gets a new sys)."""
    state.w_bootstrap = state.w_external = None
    state.standard = {}
    state.w_module_spec = state.w_source_loader = state.w_file_finder = None


# (imported last: its types need the object space, which imports this module)
from snakevm.module import frozen_importlib  # noqa: E402
