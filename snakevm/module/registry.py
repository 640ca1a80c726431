"""The table of built-in (native) modules: modules that snakevm implements in
host Python rather than loading from a .py file -- the counterparts of
CPython's C extension modules (sys.builtin_module_names).

Each entry maps a module name to "python.module.path:factory"; the factory
takes no arguments and returns a new W_Module.  Factories are imported only
when the module is first imported by guest code, so adding an entry costs
nothing at start-up.  The import system (snakevm/importing) consults this
table before searching sys.path."""

BUILTIN_MODULES = {
    "builtins": "snakevm.module.builtins:make_builtins_module",
    # sys is created by the runner with argv; it is always in sys.modules.
}


def builtin_module_names():
    return tuple(sorted(set(BUILTIN_MODULES) | {"sys"}))


def create_builtin_module(name):
    """A fresh W_Module for a built-in module name, or None if there is none."""
    target = BUILTIN_MODULES.get(name)
    if target is None:
        return None
    import importlib
    module_path, factory_name = target.split(":")
    return getattr(importlib.import_module(module_path), factory_name)()
