"""BaseExceptionGroup and ExceptionGroup (PEP 654): construction rules,
message/exceptions, derive, split and subgroup (CPython's
Objects/exceptions.c, exceptiongroup_split_recursive)."""

from snakevm.objspace.typedef import method, getset, new_method, classmethod_
from snakevm.objspace.exceptions import EXCEPTION_TYPES, new_exception


def _space():
    from snakevm.objspace.space import space
    return space


w_BaseExceptionGroup = EXCEPTION_TYPES["BaseExceptionGroup"]
w_ExceptionGroup = EXCEPTION_TYPES["ExceptionGroup"]


def _is_group(w_exc):
    return _space().type(w_exc).is_subtype(w_BaseExceptionGroup)


@new_method(w_BaseExceptionGroup)
def eg_new(w_cls, *args_w, **kwargs_w):
    space = _space()
    if kwargs_w:
        raise space.type_error("BaseExceptionGroup.__new__() takes no keyword arguments")
    if len(args_w) != 2:
        raise space.type_error("BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)"
                               % len(args_w))
    message, w_excs = args_w
    if not isinstance(message, str):
        raise space.type_error("BaseExceptionGroup.__new__() argument 1 must be str, not %s"
                               % space.type(message).name)
    w_excs_type = space.type(w_excs)
    if w_excs_type.lookup("__getitem__") is None or w_excs_type.name == "dict" or \
            w_excs_type.lookup("__len__") is None:
        raise space.type_error("second argument (exceptions) must be a sequence")
    excs = space.unpack_iterable(w_excs)
    if not excs:
        raise space.value_error("second argument (exceptions) must be a non-empty sequence")
    w_base = space.builtin_exception("BaseException")
    w_exception = space.builtin_exception("Exception")
    nested_base = False
    for i, w_item in enumerate(excs):
        if not space.type(w_item).is_subtype(w_base):
            raise space.value_error("Item %d of second argument (exceptions) is not an exception"
                                    % i)
        if not space.type(w_item).is_subtype(w_exception):
            nested_base = True
    if w_cls is w_BaseExceptionGroup:
        if not nested_base:
            w_cls = w_ExceptionGroup
    elif w_cls is w_ExceptionGroup:
        if nested_base:
            raise space.type_error("Cannot nest BaseExceptions in an ExceptionGroup")
    elif nested_base and w_cls.is_subtype(w_exception):
        raise space.type_error("Cannot nest BaseExceptions in '%s'" % w_cls.name)
    w_self = new_exception(w_cls, args_w)
    w_self.w_message = message
    w_self.w_exceptions = space.newtuple(excs)
    return w_self


@method(w_BaseExceptionGroup, "__init__", keywords=True)
def eg_init(w_self, *args_w, **kwargs_w):
    w_self.args_w = tuple(args_w)


@method(w_BaseExceptionGroup, "__str__")
def eg_str(w_self):
    count = len(w_self.w_exceptions.items_w)
    return "%s (%d sub-exception%s)" % (w_self.w_message, count, "" if count == 1 else "s")


getset(w_BaseExceptionGroup, "message", doc="exception message")(lambda w_self: w_self.w_message)
getset(w_BaseExceptionGroup, "exceptions", doc="nested exceptions")(
    lambda w_self: w_self.w_exceptions)


@method(w_BaseExceptionGroup, "derive")
def eg_derive(w_self, w_excs):
    return _space().call(w_BaseExceptionGroup, [w_self.w_message, w_excs])


def _matcher(w_condition):
    """A host predicate from split()/subgroup()'s condition argument."""
    space = _space()
    from snakevm.objspace.typeobject import W_TypeObject
    w_base = space.builtin_exception("BaseException")

    def is_exception_type(w):
        return isinstance(w, W_TypeObject) and w.is_subtype(w_base)
    if is_exception_type(w_condition):
        return lambda w_exc: space.type(w_exc).is_subtype(w_condition)
    if space.type(w_condition).name == "tuple" and all(
            is_exception_type(w) for w in w_condition.items_w):
        types = w_condition.items_w
        return lambda w_exc: any(space.type(w_exc).is_subtype(w) for w in types)
    if space.type(w_condition).lookup("__call__") is not None and \
            not isinstance(w_condition, W_TypeObject):
        return lambda w_exc: space.is_true(space.call(w_condition, [w_exc]))
    raise space.type_error("expected a function, exception type or tuple of exception types")


def _subset(w_orig, excs):
    """derive() a group holding ``excs`` that keeps w_orig's traceback, cause,
    context and (a copy of) its notes; None when ``excs`` is empty."""
    space = _space()
    if not excs:
        return None
    w_new = space.call_method(w_orig, "derive", space.newlist(excs))
    if not _is_group(w_new):
        raise space.type_error("derive must return an instance of BaseExceptionGroup")
    if w_orig.w_traceback is not None:
        w_new.w_traceback = w_orig.w_traceback
    w_new.w_context = w_orig.w_context
    w_new.w_cause = w_orig.w_cause
    w_new.suppress_context = True
    w_notes = space.findattr(w_orig, "__notes__")
    if w_notes is not None and _is_sequence(w_notes):
        space.setattr(w_new, "__notes__", space.newlist(space.unpack_iterable(w_notes)))
    return w_new


def _is_sequence(w_obj):
    """PySequence_Check: a __getitem__ that is not a dict's (other notes are not copied)."""
    space = _space()
    w_type = space.type(w_obj)
    return w_type.lookup("__getitem__") is not None and \
        not w_type.is_subtype(space.type(space.newdict()))


def split_group(w_exc, matches, construct_rest=True):
    """(match, rest) for one exception or group (either part may be None)."""
    if matches(w_exc):
        return w_exc, None
    if not _is_group(w_exc):
        return None, (w_exc if construct_rest else None)
    match_list, rest_list = [], []
    for w_sub in w_exc.w_exceptions.items_w:
        w_match, w_rest = split_group(w_sub, matches, construct_rest)
        if w_match is not None:
            match_list.append(w_match)
        if w_rest is not None:
            rest_list.append(w_rest)
    w_match = _subset(w_exc, match_list)
    w_rest = _subset(w_exc, rest_list) if construct_rest else None
    return w_match, w_rest


@method(w_BaseExceptionGroup, "split")
def eg_split(w_self, w_condition):
    w_match, w_rest = split_group(w_self, _matcher(w_condition))
    return _space().newtuple([w_match, w_rest])


@method(w_BaseExceptionGroup, "subgroup")
def eg_subgroup(w_self, w_condition):
    return split_group(w_self, _matcher(w_condition), construct_rest=False)[0]


@classmethod_(w_BaseExceptionGroup, "__class_getitem__")
def eg_class_getitem(w_cls, w_item):
    try:
        from snakevm.objspace.genericalias import new_generic_alias
    except ImportError:
        return w_cls
    return new_generic_alias(w_cls, w_item)

