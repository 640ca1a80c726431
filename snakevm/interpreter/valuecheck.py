"""A debugging check that no host value reaches the guest (``SNAKEVM_CHECK_VALUES=1``).

Before every instruction it looks at the value the previous instruction left
on top of the frame's value stack -- every value an instruction produces is
there at least once -- and stops the run when it is neither a guest object
(a W_Root) nor one of the unboxed host types the object space lists
(int, bool, float, complex, str, bytes, None) nor the NULL marker 3.12 pushes
below callables (or UNBOUND, which LOAD_FAST_AND_CLEAR pushes where CPython
pushes NULL).  The hostile-input corpus and the fuzzer run with it on."""

from snakevm.objspace.root import W_Root
from snakevm.objspace.space import UNBOXED_TYPES
from snakevm.interpreter.frame import NULL, UNBOUND


class HostValueReachedGuest(BaseException):
    """A host value was found where only guest values may be (a snakevm bug).  A
    BaseException, so that no conversion to a guest exception hides it."""


def install(interp):
    """Install the check as the interpreter's per-instruction hook "valuecheck"."""
    def check_values(f, index, op, oparg):
        stack = f.stack
        if stack:
            value = stack[-1]
            if not isinstance(value, W_Root) and value.__class__ not in UNBOXED_TYPES \
                    and value is not NULL and value is not UNBOUND:
                raise HostValueReachedGuest(
                    "host value reached the guest: %s %r before instruction %d of %r"
                    % (type(value).__name__, value, index, f.code.co_name))
    interp.set_hook("valuecheck", check_values)
