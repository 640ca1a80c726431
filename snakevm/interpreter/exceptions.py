"""Raising and matching exceptions: RAISE_VARARGS, except clauses, except*."""

from snakevm.objspace.root import OperationError
from snakevm.objspace.space import space
from snakevm.objspace.typeobject import W_TypeObject
from snakevm.objspace.listobject import W_List
from snakevm.interpreter import operands, state


def _is_exception_class(w_obj):
    return isinstance(w_obj, W_TypeObject) and w_obj.is_subtype(
        space.builtin_exception("BaseException"))


def _is_exception_instance(w_obj):
    return space.type(w_obj).is_subtype(space.builtin_exception("BaseException"))


def instantiate(w_exc, what="exceptions must derive from BaseException"):
    if _is_exception_class(w_exc):
        w_value = space.call(w_exc, [])
        if not _is_exception_instance(w_value):
            raise space.type_error("calling %s should have returned an instance of "
                                   "BaseException, not %s" % (space.repr(w_exc),
                                                              space.type(w_value).name))
        return w_value
    if _is_exception_instance(w_exc):
        return w_exc
    raise space.type_error(what)


def do_raise(w_exc, w_cause, oparg):
    if oparg == 0:
        w_current = state.current_exception()
        if w_current is None:
            raise space.error(space.builtin_exception("RuntimeError"),
                              "No active exception to reraise")
        error = OperationError(w_current)
        error.reraise = True
        raise error
    w_value = instantiate(w_exc)
    if oparg == 2:
        if w_cause is None:
            w_value.w_cause = None
        elif _is_exception_class(w_cause):
            # CPython does not check what calling the cause class returns
            w_value.w_cause = space.call(w_cause, [])
        elif _is_exception_instance(w_cause):
            w_value.w_cause = w_cause
        else:
            raise space.type_error("exception causes must derive from BaseException")
        w_value.suppress_context = True
    raise OperationError(w_value)


def set_context(w_exc):
    """Chain a newly raised exception to the one being handled (PEP 3134)."""
    chain_context(w_exc, state.current_exception())


def chain_context(w_exc, w_handled):
    """Make ``w_handled`` the context of ``w_exc``, cutting any cycle this would make."""
    if w_handled is None or w_handled is w_exc or not hasattr(w_exc, "w_context"):
        return
    # avoid cycles: cut w_exc out of the handled exception's context chain; a cycle
    # already in that chain ends the walk (Floyd's tortoise, as CPython does)
    w_probe = w_slow = w_handled
    move_slow = False
    while True:
        w_next = getattr(w_probe, "w_context", None)
        if w_next is None:
            break
        if w_next is w_exc:
            w_probe.w_context = None
            break
        w_probe = w_next
        if w_probe is w_slow:
            break
        if move_slow:
            w_slow = getattr(w_slow, "w_context", None)
        move_slow = not move_slow
    w_exc.w_context = w_handled


def check_except_type(w_type):
    from snakevm.objspace.tupleobject import W_Tuple
    items = w_type.items_w if isinstance(w_type, W_Tuple) else (w_type,)
    for w_item in items:
        if not _is_exception_class(w_item):
            raise space.type_error("catching classes that do not inherit from BaseException "
                                   "is not allowed")


def check_except_star_type(w_type):
    """An except* clause names exception classes, none of them an exception group."""
    from snakevm.objspace.tupleobject import W_Tuple
    check_except_type(w_type)
    w_base_group = space.builtin_exception("BaseExceptionGroup")
    items = w_type.items_w if isinstance(w_type, W_Tuple) else (w_type,)
    for w_item in items:
        if w_item.is_subtype(w_base_group):
            raise space.type_error("catching ExceptionGroup with except* is not allowed. "
                                   "Use except instead.")


def exception_group_match(w_exc, w_type):
    """except* matching: (match, rest) — match is None when nothing matched."""
    check_except_star_type(w_type)
    w_base_group = space.builtin_exception("BaseExceptionGroup")
    if space.exception_match(space.type(w_exc), w_type):
        if space.type(w_exc).is_subtype(w_base_group):
            return w_exc, None
        # a naked exception is wrapped: BaseExceptionGroup picks ExceptionGroup when it can
        w_group = space.call(w_base_group, ["", space.newtuple([w_exc])])
        w_group.w_traceback = w_exc.w_traceback
        return w_group, None
    if space.type(w_exc).is_subtype(w_base_group):
        w_pair = space.call_method(w_exc, "split", w_type)
        w_match, w_rest = w_pair.items_w
        return w_match, w_rest
    return None, w_exc


def prep_reraise_star(w_orig, w_excs):
    """Combine the exceptions raised/re-raised by except* clauses (CPython's
    _PyExc_PrepReraiseStar, simplified)."""
    if type(w_excs) is not W_List:                  # crafted code
        raise operands.bad_operand("PREP_RERAISE_STAR", w_excs)
    raised = [w for w in w_excs.items_w if w is not None]
    if not raised:
        return None
    w_base_group = space.builtin_exception("BaseExceptionGroup")
    if not space.type(w_orig).is_subtype(w_base_group):
        return raised[0]
    reraised_ids = set()
    new = []
    leaves = set(id(w) for w in _leaves(w_orig))
    for w in raised:
        if all(id(leaf) in leaves for leaf in _leaves(w)):
            reraised_ids.update(id(leaf) for leaf in _leaves(w))
        else:
            new.append(w)
    w_kept = _project(w_orig, reraised_ids)
    # raised exceptions come first, then the re-raised part of the original group
    parts = new + ([w_kept] if w_kept is not None else [])
    if len(parts) == 1:
        return parts[0]
    return space.call(w_base_group, ["", space.newlist(parts)])


def _leaves(w_exc):
    w_base_group = space.builtin_exception("BaseExceptionGroup")
    if space.type(w_exc).is_subtype(w_base_group):
        for w_sub in space.unpack_iterable(space.getattr(w_exc, "exceptions")):
            yield from _leaves(w_sub)
    else:
        yield w_exc


def _project(w_group, keep_ids):
    w_base_group = space.builtin_exception("BaseExceptionGroup")
    if not space.type(w_group).is_subtype(w_base_group):
        return w_group if id(w_group) in keep_ids else None
    kept = [w for w in (_project(w_sub, keep_ids) for w_sub in
                        space.unpack_iterable(space.getattr(w_group, "exceptions")))
            if w is not None]
    if not kept:
        return None
    w_new = space.call_method(w_group, "derive", space.newlist(kept))
    w_new.w_traceback = w_group.w_traceback
    w_new.w_cause = w_group.w_cause
    w_new.w_context = w_group.w_context
    return w_new
