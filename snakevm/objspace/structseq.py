"""Struct sequences (CPython's structseq: sys.version_info, os.stat_result,
time.struct_time, ...): tuple subclasses whose items also have names.

A struct sequence type has ``n_sequence_fields`` items in the tuple (the first
``len(fields)`` of them named, the rest unnamed, like os.stat_result's integer
times) and may have further *hidden* fields that are attributes only
(time.struct_time's tm_zone and tm_gmtoff); ``n_fields`` counts both.  The
instance is a W_Tuple of the visible items with the hidden values in
``hidden_w``."""

from snakevm.objspace.typedef import builtin_type, method, getset, new_method
from snakevm.objspace.tupleobject import W_Tuple, w_tuple_type
from snakevm.objspace.space import space


def structseq_type(name, module, fields, visible=None, hidden=(), instantiable=True):
    """A new struct-sequence type: ``fields`` names the first items, ``visible`` is
    the tuple length (default len(fields)), ``hidden`` names attribute-only fields.
    ``instantiable=False`` gives sys.version_info's "cannot create" error."""
    n_visible = visible if visible is not None else len(fields)
    hidden = tuple(hidden)
    qualified = name if module == "builtins" else "%s.%s" % (module, name)
    w_type = builtin_type(name, [w_tuple_type], instance_class=W_Tuple, module=module,
                          acceptable_as_base=False)
    w_type.dict_w["n_fields"] = n_visible + len(hidden)
    w_type.dict_w["n_sequence_fields"] = n_visible
    w_type.dict_w["n_unnamed_fields"] = n_visible - len(fields)
    w_type.dict_w["_fields"] = space.newtuple(list(fields))
    w_type.dict_w["__match_args__"] = space.newtuple(list(fields))
    for index, field in enumerate(fields):
        getset(w_type, field)((lambda i: lambda w_self: w_self.items_w[i])(index))
    for field in hidden:
        getset(w_type, field)((lambda f: lambda w_self: getattr(w_self, "hidden_w", {}).get(f))(field))

    @new_method(w_type)
    def structseq_new(w_cls, w_sequence, w_dict=None):
        if not instantiable:
            raise space.type_error("cannot create '%s' instances" % qualified)
        return _new(w_cls, qualified, n_visible, hidden, w_sequence, w_dict)

    @method(w_type, "__repr__")
    def structseq_repr(w_self):
        shown = ", ".join("%s=%s" % (field, space.repr(w_value))
                          for field, w_value in zip(fields, w_self.items_w))
        return "%s(%s)" % (qualified, shown)

    @method(w_type, "__reduce__")
    def structseq_reduce(w_self):
        w_hidden = space.newdict()
        for field in hidden:
            w_hidden.setitem_str(field, getattr(w_self, "hidden_w", {}).get(field))
        return space.newtuple([w_type, space.newtuple([space.newtuple(list(w_self.items_w)),
                                                       w_hidden])])
    return w_type


def _new(w_cls, qualified, n_visible, hidden, w_sequence, w_dict):
    """CPython's structseq_new: a sequence of n_visible..n_fields items, the missing
    hidden fields taken from ``w_dict`` (or None)."""
    w_seq_type = space.type(w_sequence)
    if w_seq_type.lookup("__iter__") is None and w_seq_type.lookup("__getitem__") is None:
        raise space.type_error("constructor requires a sequence")
    items_w = list(space.unpack_iterable(w_sequence))
    n_fields = n_visible + len(hidden)
    given = len(items_w)
    if given < n_visible:
        raise space.type_error("%s() takes %s %d-sequence (%d-sequence given)" % (
            qualified, "a" if n_visible == n_fields else "an at least", n_visible, given))
    if given > n_fields:
        raise space.type_error("%s() takes %s %d-sequence (%d-sequence given)" % (
            qualified, "a" if n_visible == n_fields else "an at most", n_fields, given))
    if w_dict is not None and not hasattr(w_dict, "storage"):
        raise space.type_error("%s() takes a dict as second arg, if any" % qualified)
    hidden_w = {}
    for index, field in enumerate(hidden):
        if n_visible + index < given:
            hidden_w[field] = items_w[n_visible + index]
        elif w_dict is not None:
            w_value = w_dict.storage.get(field)
            hidden_w[field] = w_value
        else:
            hidden_w[field] = None
    return new_structseq(w_cls, items_w[:n_visible], hidden_w)


def new_structseq(w_type, items_w, hidden_w=None):
    w_tuple = W_Tuple(items_w)
    w_tuple.w_type = w_type
    if hidden_w:
        w_tuple.hidden_w = hidden_w
    return w_tuple
