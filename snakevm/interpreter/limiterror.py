"""The guest face of an exceeded resource limit (snakevm/limits.py): the
exception ``snakevm.ResourceLimitExceeded`` (a BaseException subclass) with the
guest traceback of where the limit was exceeded, reported like any uncaught
exception.  The guest never sees it raised: the run is over by then."""

from snakevm.objspace.space import space
from snakevm.objspace.typeobject import w_type_type
from snakevm.interpreter.traceback import W_Traceback

_DOC = ("A resource limit of the run (instructions, time, memory, recursion depth or\n"
        "output) was exceeded; the guest cannot catch it.")

_exception_type = []        # created once, on first use


def limit_exception_type():
    if not _exception_type:
        w_namespace = space.newdict()
        space.setitem(w_namespace, "__module__", "snakevm")
        space.setitem(w_namespace, "__doc__", _DOC)
        _exception_type.append(space.call(w_type_type, [
            "ResourceLimitExceeded",
            space.newtuple([space.builtin_exception("BaseException")]), w_namespace]))
    return _exception_type[0]


def guest_limit_exception(error):
    """The guest exception for ``error`` (a LimitExceeded), with its traceback."""
    w_exc = space.call(limit_exception_type(), [error.message])
    w_tb = None
    outer = [f for f, _ in error.frames[1:]] + [None]
    for (f, last_i), f_back in zip(error.frames, outer):
        w_tb = W_Traceback(f, last_i, w_tb)
        f.f_back_snapshot = f_back          # the link unwinding cut
    if w_tb is not None:
        w_exc.w_traceback = w_tb
    return w_exc
