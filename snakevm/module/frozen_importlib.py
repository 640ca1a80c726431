"""The built-in-module importer (CPython's _frozen_importlib.BuiltinImporter),
which builtins.__loader__ names and module specs of built-in modules refer to.
Its methods work over snakevm's table of native modules (module/registry.py)."""

from snakevm.objspace.root import W_Root
from snakevm.objspace.typedef import builtin_type, classmethod_, staticmethod_
from snakevm.objspace.space import space


class W_BuiltinImporter(W_Root):
    pass


w_builtin_importer_type = builtin_type("BuiltinImporter", instance_class=W_BuiltinImporter,
                                       module="_frozen_importlib", has_dict=True)
w_builtin_importer_type.dict_w["__module__"] = "_frozen_importlib"
w_builtin_importer_type.dict_w["_ORIGIN"] = "built-in"
w_builtin_importer_type.dict_w["__weakref__"] = __import__(
    "snakevm.objspace.slots", fromlist=["x"]).weakref_descriptor(w_builtin_importer_type)
w_builtin_importer_type.dict_w["__doc__"] = (
    "Meta path import for built-in modules.\n\n    All methods are either class or static "
    "methods to avoid the need to\n    instantiate the class.\n\n    ")


def _is_builtin(name):
    from snakevm.module.registry import builtin_module_names
    return isinstance(name, str) and name in builtin_module_names()


@classmethod_(w_builtin_importer_type, "find_spec")
def find_spec(w_cls, fullname, path=None, target=None):
    return None                    # specs are made by snakevm's import system


@staticmethod_(w_builtin_importer_type, "create_module")
def create_module(w_spec):
    from snakevm.module.registry import create_builtin_module
    return create_builtin_module(space.getattr(w_spec, "name"))


@staticmethod_(w_builtin_importer_type, "exec_module")
def exec_module(w_module):
    return None


for _name in ("get_code", "get_source"):
    classmethod_(w_builtin_importer_type, _name)(lambda w_cls, fullname: None)
classmethod_(w_builtin_importer_type, "is_package")(lambda w_cls, fullname: False)


@classmethod_(w_builtin_importer_type, "load_module")
def load_module(w_cls, fullname):
    return space.import_hook(fullname, None, None, None, 0)
