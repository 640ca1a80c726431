"""_imp: the import machinery's primitives, for Lib's importlib (interpreter level).

Built-in modules are snakevm's native modules (module/registry.py); the frozen
modules are _frozen_importlib and _frozen_importlib_external (Lib's importlib
bootstrap, importing/bootstrap.py); there are no extension modules
(extension_suffixes() is empty, so importlib never looks for .so files).  The import lock is a no-op while the
VM runs one thread."""

import _imp as host_imp

from snakevm.objspace.root import OperationError
from snakevm.objspace.space import space
from snakevm.objspace.typeobject import MISSING
from snakevm.objspace.bridge import host_buffer
from snakevm.objspace.codeobject import W_Code, guest_code
from snakevm.module.moduledef import ModuleDef
from snakevm.module import registry
from snakevm.importing import bootstrap
from snakevm import marshal as snakevm_marshal


def _sys_modules():
    from snakevm.module.sys import current_sys_module     # sys imports this module's users
    return current_sys_module.w_dict.getitem_str("modules")


def imp_is_builtin(name):
    """Returns True if the module name corresponds to a built-in module."""
    if name in ("sys", "builtins"):
        return -1                          # cannot be re-initialised, like CPython's
    return 1 if name in registry.builtin_module_names() else 0


def imp_create_builtin(w_spec):
    """Create an extension module."""
    name = space.getattr(w_spec, "name")
    if not isinstance(name, str):
        raise space.type_error("name must be string, not %s" % space.type(name).name)
    w_existing = _sys_modules().storage.get(name, MISSING)
    if name in ("sys", "builtins") and w_existing is not MISSING:
        return w_existing
    w_module = registry.create_builtin_module(name)
    if w_module is None:
        if w_existing is not MISSING:
            return w_existing
        raise OperationError(space.call(space.builtin_exception("ImportError"), [
            "no built-in module named %s" % name], {"name": name}))
    return w_module


def imp_exec_builtin(w_module):
    """Initialize a built-in module."""
    return 0


def imp_is_frozen(name):
    """Returns True if the module name corresponds to a frozen module."""
    return bootstrap.is_frozen(name)


def imp_is_frozen_package(name):
    """Returns True if the module name is of a frozen package."""
    _check_frozen(name)
    return False


def imp_find_frozen(name, *, withdata=False):
    """Return info about the corresponding frozen module (if there is one) or None."""
    if not bootstrap.is_frozen(name):
        return None
    w_data = _frozen_data(name) if withdata else None
    return space.newtuple([w_data, False, bootstrap.FROZEN[name]])


def imp_get_frozen_object(name, data=None):
    """Create a code object for a frozen module."""
    _check_frozen(name)
    return guest_code(bootstrap.frozen_code(name))


def _check_frozen(name):
    if not bootstrap.is_frozen(name):
        raise OperationError(space.call(space.builtin_exception("ImportError"), [
            "No such frozen object named %s" % space.repr(name)], {"name": name}))


def _frozen_data(name):
    from snakevm.objspace.memoryviewobject import W_MemoryView   # loads after the space
    data = snakevm_marshal.dumps(bootstrap.frozen_code(name))
    return W_MemoryView(data, memoryview(data))


def imp_extension_suffixes():
    """Returns the list of file suffixes used to identify extension modules."""
    return space.newlist([])


def imp_fix_co_filename(w_code, path):
    """Changes code.co_filename to specify the passed-in file path."""
    if not isinstance(w_code, W_Code):
        raise space.type_error("_fix_co_filename() argument 1 must be code, not %s"
                               % space.type(w_code).name)
    code = w_code.code
    old = code.co_filename
    if old != path:
        _replace_filename(code, old, path)
    return None


def _replace_filename(code, old, new):
    if code.co_filename == old:
        code.co_filename = new
    for const in code.co_consts:
        if hasattr(const, "co_filename"):
            _replace_filename(const, old, new)


def imp_source_hash(key, source):
    data = host_buffer(source)
    if data is None:
        raise space.type_error("a bytes-like object is required, not '%s'"
                               % space.type(source).name)
    return host_imp.source_hash(space.index(key), bytes(data))


def _not_available(name):
    def call(*args_w, **kwargs_w):
        raise OperationError(space.call(space.builtin_exception("ImportError"), [
            "%s: snakevm has no extension or frozen modules" % name]))
    call.__name__ = name
    return call


def make_module():
    m = ModuleDef("_imp", doc="(Extremely) low-level import machinery bits as used by "
                              "importlib.")
    m.function(imp_is_builtin, "is_builtin")
    m.function(imp_create_builtin, "create_builtin")
    m.function(imp_exec_builtin, "exec_builtin")
    m.function(imp_is_frozen, "is_frozen")
    m.function(imp_is_frozen_package, "is_frozen_package")
    m.function(imp_find_frozen, "find_frozen", keywords=True)
    m.function(imp_get_frozen_object, "get_frozen_object")
    m.function(imp_extension_suffixes, "extension_suffixes")
    m.function(imp_fix_co_filename, "_fix_co_filename")
    m.function(imp_source_hash, "source_hash", keywords=True)
    m.function(lambda: None, "acquire_lock")
    m.function(lambda: None, "release_lock")
    m.function(lambda: False, "lock_held")
    m.function(lambda: space.newlist(list(bootstrap.FROZEN)), "_frozen_module_names")
    m.function(lambda w_override: 0, "_override_frozen_modules_for_tests")
    m.function(lambda w_override: 0, "_override_multi_interp_extensions_check")
    for name in ("init_frozen", "create_dynamic", "exec_dynamic"):
        m.function(_not_available(name), name)
    m.value("check_hash_based_pycs", "default")
    return m.w_module


