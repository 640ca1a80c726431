"""Struct sequences (CPython's structseq: sys.version_info, os.stat_result,
time.struct_time, ...): tuple subclasses whose first fields also have names."""

from snakevm.objspace.typedef import builtin_type, method, getset
from snakevm.objspace.tupleobject import W_Tuple, w_tuple_type
from snakevm.objspace.space import space


def structseq_type(name, module, fields, visible=None, hidden=()):
    """A new struct-sequence type; ``fields`` names the first len(fields) items;
    ``hidden`` names attributes that are not part of the tuple (os.stat_result's
    float times)."""
    w_type = builtin_type(name, [w_tuple_type], instance_class=W_Tuple, module=module,
                          acceptable_as_base=False)
    w_type.dict_w["n_fields"] = len(fields)
    w_type.dict_w["n_sequence_fields"] = visible if visible is not None else len(fields)
    w_type.dict_w["n_unnamed_fields"] = 0
    w_type.dict_w["_fields"] = space.newtuple(list(fields))
    for index, field in enumerate(fields):
        getset(w_type, field)((lambda i: lambda w_self: w_self.items_w[i])(index))
    for field in hidden:
        getset(w_type, field)((lambda f: lambda w_self: w_self.hidden_w[f])(field))

    @method(w_type, "__repr__")
    def structseq_repr(w_self):
        shown = ", ".join("%s=%s" % (field, space.repr(w_value))
                          for field, w_value in zip(fields, w_self.items_w))
        return "%s.%s(%s)" % (module, name, shown) if module != "builtins" else \
            "%s(%s)" % (name, shown)

    @method(w_type, "__reduce__")
    def structseq_reduce(w_self):
        return space.newtuple([w_type, space.newtuple([space.newtuple(list(w_self.items_w))])])
    return w_type


def new_structseq(w_type, items_w, hidden_w=None):
    w_tuple = W_Tuple(items_w)
    w_tuple.w_type = w_type
    if hidden_w:
        w_tuple.hidden_w = hidden_w
    return w_tuple
