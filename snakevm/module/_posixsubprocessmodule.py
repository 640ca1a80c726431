"""_posixsubprocess: fork_exec, the host's, behind the bridge.

Every argument is an unboxed value or a sequence of them, except
``preexec_fn``: a guest callable, which the child (a fork of the whole VM)
runs through a host function calling into the guest.  The parent never runs
guest code here."""

import _posixsubprocess as host_posixsubprocess

from snakevm.objspace.space import space
from snakevm.objspace.bridge import call_host_converted, to_host_arg
from snakevm.module.moduledef import ModuleDef

_PREEXEC_INDEX = 21          # position of preexec_fn in fork_exec's arguments (3.12)


def _host_sequence(w_value):
    if w_value is None:
        return None
    return [to_host_arg(w) for w in space.unpack_iterable(w_value)]


_SEQUENCES = {0: list, 1: tuple, 3: tuple, 5: list, 18: list}   # index -> host type


def fork_exec(*args_w):
    """Spawn a fresh new child process (see subprocess.Popen._execute_child)."""
    args = [to_host_arg(w) for w in args_w]
    for index, kind in _SEQUENCES.items():
        if index < len(args_w) and args_w[index] is not None:
            args[index] = kind(_host_sequence(args_w[index]))
    if len(args_w) > _PREEXEC_INDEX and args_w[_PREEXEC_INDEX] is not None:
        w_preexec = args_w[_PREEXEC_INDEX]
        args[_PREEXEC_INDEX] = lambda: space.call(w_preexec, [])
    return call_host_converted(host_posixsubprocess.fork_exec, args)


def make_module():
    m = ModuleDef("_posixsubprocess", doc=host_posixsubprocess.__doc__)
    m.function(fork_exec, "fork_exec", doc=host_posixsubprocess.fork_exec.__doc__)
    return m.w_module
