"""_datetime: CPython's C datetime, provided by running Lib's own pure-Python
twin (_pydatetime.py) as this module (as PyPy does).  Its classes are created
with ``__name__`` set to "datetime", so they carry __module__ 'datetime' like
the C types (pickles and reprs agree with CPython); then the module's name
becomes "_datetime" again."""

import os

from snakevm.module.moduledef import ModuleDef
from snakevm.module.sys import stdlib_directory
from snakevm.importing.loader import source_code
from snakevm.interpreter.runtime import run_code


def make_module():
    m = ModuleDef("_datetime", doc="Fast implementation of the datetime type.")
    path = os.path.join(stdlib_directory(), "_pydatetime.py")
    m.value("__name__", "datetime")
    m.value("__file__", path)
    run_code(source_code(path), m.w_dict)
    m.value("__name__", "_datetime")
    m.w_dict.delitem_str("__file__")
    return m.w_module
