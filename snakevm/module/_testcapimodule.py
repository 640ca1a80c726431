"""_testcapi: only the C-limit constants of CPython's C-API test module
(INT_MAX, PY_SSIZE_T_MAX, ...), so that CPython's test modules that import it
at load time can run (test_bytes does, in a class body: without it the whole
module skips).  snakevm has no C API, so none of the C-API test functions
exist and the tests using them error out instead of being skipped."""

import _testcapi as host_testcapi

from snakevm.module.moduledef import ModuleDef


def make_module():
    m = ModuleDef("_testcapi", doc=__doc__)
    for name in dir(host_testcapi):
        value = getattr(host_testcapi, name)
        if not name.startswith("_") and type(value) is int and name.isupper():
            m.value(name, value)
    return m.w_module
