"""The table of built-in (native) modules: modules that snakevm provides
itself rather than loading from sys.path -- the counterparts of CPython's C
extension modules (sys.builtin_module_names).

Two kinds of entry, both created only when guest code first imports them:

* "python.module.path:factory" -- an interpreter-level module: the factory (no
  arguments) returns a new W_Module built from host code;
* "applevel" -- an application-level module (PyPy's term): Python source in
  snakevm/module/applevel/<name>.py, compiled by snakevm and run by the guest
  interpreter.  Used where a module is most readable as plain Python
  (itertools, _collections, _thread); see docs/native-modules.md."""

import importlib
import os

from snakevm import sandbox

# name -> where the module comes from.  Interpreter-level modules are files
# snakevm/module/<name>module.py, or packages snakevm/module/<name>/, each with a
# make_module() factory; see moduledef.py.  Modules whose pure-Python twin in Lib
# is used instead (_functools, _decimal, _statistics) are
# deliberately absent; see docs/native-modules.md.
BUILTIN_MODULES = {
    "builtins": "snakevm.module.builtins:make_builtins_module",
    # sys is created by the runner with argv; it is always in sys.modules.
    "itertools": "snakevm.module.itertoolsmodule:make_module",
    "_collections": "applevel",
    "_tracemalloc": "applevel",
    "_weakref": "snakevm.module._weakrefmodule:make_module",
    "_thread": "snakevm.module._threadmodule:make_module",
    "errno": "snakevm.module.hostconstants:make_errno_module",
    "posix": "snakevm.module.posix:make_posix_module",
    # -- interpreter level over the bridge ------------------------------------------------
    "math": "snakevm.module.mathmodule:make_module",
    "cmath": "snakevm.module.cmathmodule:make_module",
    "time": "snakevm.module.timemodule:make_module",
    "_struct": "snakevm.module._structmodule:make_module",
    "binascii": "snakevm.module.binasciimodule:make_module",
    "zlib": "snakevm.module.zlibmodule:make_module",
    "_md5": "snakevm.module._hashmodules:make_md5",
    "_sha1": "snakevm.module._hashmodules:make_sha1",
    "_sha2": "snakevm.module._hashmodules:make_sha2",
    "_sha3": "snakevm.module._hashmodules:make_sha3",
    "_blake2": "snakevm.module._hashmodules:make_blake2",
    "unicodedata": "snakevm.module.unicodedatamodule:make_module",
    "_codecs": "snakevm.module._codecsmodule:make_module",
    "_string": "snakevm.module._stringmodule:make_module",
    "_locale": "snakevm.module._localemodule:make_module",
    "_random": "snakevm.module._randommodule:make_module",
    "array": "snakevm.module.arraymodule:make_module",
    "_sre": "snakevm.module._sremodule:make_module",
    "_io": "snakevm.module._io:make_module",
    "_ast": "snakevm.module._astmodule:make_module",
    "_tokenize": "snakevm.module._tokenizemodule:make_module",
    "_opcode": "snakevm.module._opcodemodule:make_module",
    "_signal": "snakevm.module._signalmodule:make_module",
    "atexit": "snakevm.module.atexitmodule:make_module",
    "faulthandler": "snakevm.module.faulthandlermodule:make_module",
    "_typing": "snakevm.module._typingmodule:make_module",
    "_contextvars": "snakevm.module._contextvarsmodule:make_module",
    "_imp": "snakevm.module._impmodule:make_module",
    "marshal": "snakevm.module.marshalmodule:make_module",
    "_stat": "snakevm.module._statmodule:make_module",
    "_json": "snakevm.module._jsonmodule:make_module",
    "_operator": "snakevm.module._operatormodule:make_module",
    "_warnings": "applevel",
    "pwd": "snakevm.module.pwdmodule:make_module",
    "pyexpat": "snakevm.module.pyexpatmodule:make_module",
    "grp": "snakevm.module.grpmodule:make_module",
    "select": "snakevm.module.selectmodule:make_module",
    "_socket": "snakevm.module._socketmodule:make_module",
    "fcntl": "snakevm.module.fcntlmodule:make_module",
    "_posixsubprocess": "snakevm.module._posixsubprocessmodule:make_module",
    "_datetime": "snakevm.module._datetimemodule:make_module",
    "resource": "snakevm.module.resourcemodule:make_module",
    "termios": "snakevm.module.termiosmodule:make_module",
    "_bz2": "snakevm.module._bz2module:make_module",
    "_lzma": "snakevm.module._lzmamodule:make_module",
    "_csv": "snakevm.module._csvmodule:make_module",
    "_queue": "snakevm.module._queuemodule:make_module",
    "gc": "snakevm.module.gcmodule:make_module",
    "_abc": "snakevm.module._abcmodule:make_module",
    "_pickle": "snakevm.module._picklemodule:make_module",
    "_testcapi": "snakevm.module._testcapimodule:make_module",
    "_testinternalcapi": "snakevm.module._testinternalcapimodule:make_module",
    "_heapq": "snakevm.module._heapqmodule:make_module",
    "_bisect": "snakevm.module._bisectmodule:make_module",
}

APPLEVEL_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "applevel")
_MODULE_DIR = os.path.dirname(os.path.abspath(__file__))


def _present(target):
    """Whether the module behind a registry entry exists in this checkout (entries
    are listed before their module is written; absent ones are not importable)."""
    if target == "applevel":
        return True
    dotted = target.split(":")[0]
    relative = dotted[len("snakevm.module."):].replace(".", os.sep)
    return os.path.exists(os.path.join(_MODULE_DIR, relative + ".py")) or \
        os.path.exists(os.path.join(_MODULE_DIR, relative, "__init__.py"))


def builtin_module_names():
    names = {name for name, target in BUILTIN_MODULES.items() if _present(target)}
    return tuple(sorted(names | {"sys"}))


def create_builtin_module(name):
    """A fresh W_Module for a built-in module name, or None if there is none.  In the
    sandbox (snakevm/sandbox.py) a module it does not allow raises ModuleNotFoundError
    and a restricted one keeps only its allowed functions."""
    if name in ("sys", "builtins"):
        return _original_module(name)
    target = BUILTIN_MODULES.get(name)
    if target is None or not _present(target):
        return None
    if not sandbox.module_allowed(name):
        raise _sandbox_refusal(name)
    if target == "applevel":
        return _applevel_module(name)
    module_path, factory_name = target.split(":")
    w_module = getattr(importlib.import_module(module_path), factory_name)()
    allowed = sandbox.restricted_names(name)
    if allowed is not None:
        _restrict(w_module, allowed)
    return w_module


def _original_module(name):
    """sys and builtins are made once per VM: importing them again (after the guest
    emptied or replaced sys.modules) gives the same module, as CPython's cached
    extension modules do."""
    from snakevm.objspace.space import space          # the table is read before the space
    from snakevm.module.sys import current_sys_module
    return current_sys_module if name == "sys" else space.builtins_module()


def _sandbox_refusal(name):
    from snakevm.objspace.space import space          # the table is read before the space
    from snakevm.objspace.root import OperationError
    w_error = space.call(space.builtin_exception("ModuleNotFoundError"),
                         ["import of %r is not allowed in the snakevm sandbox" % name])
    space.setattr(w_error, "name", name)
    return OperationError(w_error)


def _restrict(w_module, allowed):
    """Replace the module's functions that are not ``allowed`` by ones raising
    PermissionError; posix.environ becomes empty."""
    from snakevm.objspace.space import space          # the table is read before the space
    storage = w_module.w_dict.storage
    refuse_functions(w_module, [
        name for name, w_value in storage.items()
        if not name.startswith("__") and name not in allowed
        and space.type(w_value).name == "builtin_function_or_method"])
    if "environ" in storage:
        storage["environ"] = space.newdict()


def refuse_functions(w_module, names):
    """The module's functions ``names`` raise PermissionError from now on."""
    from snakevm.objspace.typedef import builtin_function   # the table is read before the space
    storage = w_module.w_dict.storage
    module_name = storage.get("__name__")
    for name in names:
        if name in storage:
            storage[name] = builtin_function(_refusing("%s.%s" % (module_name, name)), name,
                                             keywords=True, module=module_name)


def _refusing(what):
    def refused(*args_w, **kwargs_w):
        from snakevm.objspace.space import space      # the table is read before the space
        from snakevm.objspace.root import OperationError
        raise OperationError(space.call(space.builtin_exception("PermissionError"),
                                        sandbox.refusal_args(what)))
    refused.__doc__ = "Not permitted in the snakevm sandbox."
    return refused


def _applevel_module(name):
    from snakevm.module.moduledef import ModuleDef    # moduledef needs the object space
    m = ModuleDef(name)
    m.applevel(name)
    return m.w_module
