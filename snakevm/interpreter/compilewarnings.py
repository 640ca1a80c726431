"""The warnings of compiling, issued in the guest.

The host's parser (invalid escape sequences, numeric literals followed by a
keyword) and snakevm's compiler ("is" with a literal, an assert on a tuple) warn
through the host's warnings module.  CPython issues the same warnings through
the program's own: its filters decide (-W error, catch_warnings), its
showwarning prints them to its sys.stderr.  So they are recorded while compiling
and issued again in the guest; a SyntaxWarning the guest's filters turn into an
error becomes the SyntaxError CPython's parser raises in its place."""

import linecache
import warnings as host_warnings

from snakevm.objspace.root import OperationError
from snakevm.objspace.space import space


def compile_recording(compile_call):
    """Run ``compile_call()``: (its result, the host SyntaxError it raised or None,
    the warnings it issued)."""
    with host_warnings.catch_warnings(record=True) as recorded:
        host_warnings.simplefilter("always")
        try:
            return compile_call(), None, recorded
        except SyntaxError as e:
            return None, e, recorded


def issue(recorded):
    """Issue recorded host warnings through the guest's warnings.warn_explicit."""
    if not recorded:
        return
    from snakevm.module.moduledef import import_guest    # module/ loads after this
    w_warn_explicit = space.getattr(import_guest("warnings"), "warn_explicit")
    for warning in recorded:
        category = warning.category.__name__
        message = str(warning.message)
        try:
            space.call(w_warn_explicit, [message, space.builtin_exception(category),
                                         warning.filename, warning.lineno])
        except OperationError as e:
            if category == "SyntaxWarning" and e.match(space.builtin_exception("SyntaxWarning")):
                text = linecache.getline(warning.filename, warning.lineno) or None
                raise OperationError(space.call(space.builtin_exception("SyntaxError"), [
                    message, space.newtuple([warning.filename, warning.lineno, None, text])]))
            raise


def compile_issuing(compile_call):
    """``compile_call()`` with its warnings issued in the guest (a running guest)."""
    result, error, recorded = compile_recording(compile_call)
    issue(recorded)
    if error is not None:
        raise error
    return result
