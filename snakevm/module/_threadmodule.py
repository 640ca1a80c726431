"""_thread: a mixed module -- the locks and the rest are guest code
(applevel/_thread.py, single-threaded until issue 13); the thread identities
are the host thread's (get_ident is a pthread_t the host's clock and signal
functions accept)."""

import _thread as host_thread

from snakevm.module.moduledef import ModuleDef


def make_module():
    m = ModuleDef("_thread", doc=host_thread.__doc__)
    m.host_functions(host_thread, ("get_ident", "get_native_id"))
    m.applevel("_thread")
    return m.w_module
