"""The table of built-in (native) modules: modules that snakevm provides
itself rather than loading from sys.path -- the counterparts of CPython's C
extension modules (sys.builtin_module_names).

Two kinds of entry, both created only when guest code first imports them:

* "python.module.path:factory" -- an interpreter-level module: the factory (no
  arguments) returns a new W_Module built from host code;
* "applevel" -- an application-level module (PyPy's term): Python source in
  snakevm/module/applevel/<name>.py, compiled by snakevm and run by the guest
  interpreter.  Used where a module is most readable as plain Python
  (itertools, _collections, _weakref, _thread); see docs/native-modules.md."""

import os

BUILTIN_MODULES = {
    "builtins": "snakevm.module.builtins:make_builtins_module",
    # sys is created by the runner with argv; it is always in sys.modules.
    "itertools": "applevel",
    "_collections": "applevel",
    "_weakref": "applevel",
    "_thread": "applevel",
    "errno": "snakevm.module.hostconstants:make_errno_module",
    "posix": "snakevm.module.posix:make_posix_module",
}

APPLEVEL_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "applevel")


def builtin_module_names():
    return tuple(sorted(set(BUILTIN_MODULES) | {"sys"}))


def create_builtin_module(name):
    """A fresh W_Module for a built-in module name, or None if there is none."""
    target = BUILTIN_MODULES.get(name)
    if target is None:
        return None
    if target == "applevel":
        return _applevel_module(name)
    import importlib
    module_path, factory_name = target.split(":")
    return getattr(importlib.import_module(module_path), factory_name)()


def _applevel_module(name):
    from snakevm.importing.loader import source_code
    from snakevm.interpreter.runtime import run_code
    from snakevm.objspace.moduleobject import W_Module
    from snakevm.objspace.space import space
    w_module = W_Module(name)
    w_module.w_dict.setitem_str("__builtins__", space.builtins_module())
    run_code(source_code(os.path.join(APPLEVEL_DIR, name + ".py")), w_module.w_dict)
    return w_module
