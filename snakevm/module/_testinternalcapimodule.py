"""_testinternalcapi: the few queries of CPython's internal-API test module
that test.support asks at import or decoration time, answered for snakevm:
``get_config()`` (the run's configuration; snakevm always records
positions, so ``code_debug_ranges`` is true), ``get_recursion_depth()`` (guest
frames executing) and ``SIZEOF_PYGC_HEAD``.  The compiler-stage and C-level
test helpers (compiler_codegen, optimize_cfg, test_hashtable, ...) are not
provided: the tests that need them do not run."""

import _testinternalcapi as host_testinternalcapi

from snakevm.interpreter import state
from snakevm.objspace.bridge import to_guest
from snakevm.module.moduledef import ModuleDef

# Configuration keys whose values are snakevm's own rather than the host process's.
SNAKEVM_CONFIG = {"code_debug_ranges": True}


def get_config():
    """The interpreter's configuration as a dict: the host process's, with
    snakevm's own values for what snakevm decides (SNAKEVM_CONFIG)."""
    config = dict(host_testinternalcapi.get_config())
    config.update(SNAKEVM_CONFIG)
    return to_guest(config)


def get_recursion_depth():
    """The number of guest frames executing, the caller's included."""
    return state.depth


def make_module():
    m = ModuleDef("_testinternalcapi", doc=host_testinternalcapi.__doc__)
    m.value("SIZEOF_PYGC_HEAD", host_testinternalcapi.SIZEOF_PYGC_HEAD)
    m.function(get_config)
    m.function(get_recursion_depth)
    return m.w_module
