"""_operator: only what Lib's pure-Python operator.py cannot provide itself.

CPython's _operator is the C twin of Lib/operator.py; snakevm runs the Lib
module's Python definitions (itemgetter, attrgetter, ...), so this module
exports few public names -- ``from _operator import *`` in operator.py then
keeps the Python ones.  ``_compare_digest`` (hmac.compare_digest, a
constant-time comparison) and ``index`` (the Python one would raise
AttributeError, not TypeError, for objects without __index__) are the host's
behind the bridge."""

import _operator as host_operator

from snakevm.module.moduledef import ModuleDef


def make_module():
    m = ModuleDef("_operator", doc=host_operator.__doc__)
    m.host_functions(host_operator, ("_compare_digest", "index"))
    return m.w_module
