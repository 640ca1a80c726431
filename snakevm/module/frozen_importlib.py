"""Stand-ins for CPython's standard importers until Lib's importlib is loaded.

A fresh snakevm has not run Lib's importlib/_bootstrap.py (it costs time and
``import x`` statements do not need it: snakevm/importing does the work).  So
sys.meta_path starts as [BuiltinImporter, FrozenImporter, PathFinder] and
sys.path_hooks as [zipimporter, path_hook_for_FileFinder] made here, with
CPython's names and reprs; builtins.__loader__ and the specs of built-in
modules name this BuiltinImporter.  snakevm's import system recognises them
(and, later, Lib's classes) as "the standard finders" and searches natively
in their place.  Anything else a program calls on them loads Lib's importlib
(snakevm/importing/bootstrap.py) and is delegated to Lib's class, which then
also replaces the stand-in in sys.meta_path / sys.path_hooks."""

from snakevm.objspace.root import W_Root
from snakevm.objspace.typedef import builtin_type, classmethod_, new_method, builtin_function
from snakevm.objspace.space import space
from snakevm.objspace.slots import weakref_descriptor


class W_StandIn(W_Root):
    pass


def _stand_in_type(name, module, doc):
    w_type = builtin_type(name, instance_class=W_StandIn, module=module, has_dict=True)
    w_type.dict_w["__module__"] = module
    w_type.dict_w["__weakref__"] = weakref_descriptor(w_type)
    w_type.dict_w["__doc__"] = doc
    return w_type


w_builtin_importer_type = _stand_in_type(
    "BuiltinImporter", "_frozen_importlib",
    "Meta path import for built-in modules.\n\n    All methods are either class or static "
    "methods to avoid the need to\n    instantiate the class.\n\n    ")
w_builtin_importer_type.dict_w["_ORIGIN"] = "built-in"
w_frozen_importer_type = _stand_in_type(
    "FrozenImporter", "_frozen_importlib",
    "Meta path import for frozen modules.\n\n    All methods are either class or static "
    "methods to avoid the need to\n    instantiate the class.\n\n    ")
w_frozen_importer_type.dict_w["_ORIGIN"] = "frozen"
w_path_finder_type = _stand_in_type(
    "PathFinder", "_frozen_importlib_external",
    "Meta path finder for sys.path and package __path__ attributes.")
w_zipimporter_type = _stand_in_type(
    "zipimporter", "zipimport",
    "zipimporter(archivepath) -> zipimporter object\n\n    Create a new zipimporter instance.")

_METHODS = {
    w_builtin_importer_type: ("find_spec", "create_module", "exec_module", "get_code",
                              "get_source", "is_package", "load_module"),
    w_frozen_importer_type: ("find_spec", "create_module", "exec_module", "get_code",
                             "get_source", "is_package", "load_module", "_fix_up_module",
                             "_resolve_filename"),
    w_path_finder_type: ("invalidate_caches", "find_spec", "find_distributions",
                         "_path_hooks", "_path_importer_cache", "_get_spec"),
}


def real_finder(w_stand_in):
    """Lib's class standing behind a stand-in (loads Lib's importlib if needed)."""
    from snakevm.importing import bootstrap      # the import system builds on this module
    bootstrap.ensure_loaded()
    if w_stand_in is w_zipimporter_type:
        return space.getattr(bootstrap.import_guest_module("zipimport"), "zipimporter")
    return bootstrap.standard_object(bootstrap.kind_of_stand_in(w_stand_in))


def _delegating(w_type, name):
    def call(w_cls, *args_w, **kwargs_w):
        return space.call(space.getattr(real_finder(w_type), name), list(args_w), kwargs_w)
    call.__name__ = name
    classmethod_(w_type, name, keywords=True)(call)


for _w_type, _names in _METHODS.items():
    for _name in _names:
        _delegating(_w_type, _name)


@new_method(w_zipimporter_type)
def zipimporter_new(w_cls, *args_w, **kwargs_w):
    return space.call(real_finder(w_zipimporter_type), list(args_w), kwargs_w)


def _path_hook_for_file_finder(path):
    from snakevm.importing import bootstrap      # the import system builds on this module
    bootstrap.ensure_loaded()
    return space.call(bootstrap.standard_object("filefinder_hook"), [path])


w_file_finder_hook = builtin_function(_path_hook_for_file_finder, "path_hook_for_FileFinder",
                                      module="_frozen_importlib_external")
