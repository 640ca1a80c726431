"""_typing: a mixed module -- the classes are guest code (applevel/_typing.py);
the interpreter level adds ``_union_or`` (types.UnionType for TypeAliasType's
``|``, as CPython's _Py_union_type_or)."""

from snakevm.objspace.genericalias import union_or
from snakevm.module.moduledef import ModuleDef


def make_module():
    m = ModuleDef("_typing", doc="Primitives and accelerators for the typing module.\n")
    m.function(union_or, "_union_or")
    m.applevel("_typing")
    return m.w_module
