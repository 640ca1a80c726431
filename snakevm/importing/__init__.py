"""snakevm's import system: builtins.__import__ for guest code.

finder.py locates a module on a search path (packages, modules, namespace
packages); loader.py produces its code object (a valid CPython 3.12 .pyc from
__pycache__ when there is one, else snakevm's compiler); spec.py defines the
guest ModuleSpec and loader objects; machinery.py implements __import__
itself: relative names, parents first, sys.modules, fromlist, errors.
See docs/importing.md."""

from snakevm.importing.machinery import import_module, import_from  # noqa: F401
