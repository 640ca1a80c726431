"""Struct sequences (CPython's structseq: sys.version_info, os.stat_result,
time.struct_time, ...): tuples whose items also have names.

A struct sequence type has ``n_sequence_fields`` items in the tuple: the first
``len(fields)`` of them named, the rest unnamed (os.stat_result's integer
times).  It may have further *hidden* fields that are attributes only
(time.struct_time's tm_zone and tm_gmtoff); ``n_fields`` counts all of them.
An instance is a W_Tuple of the visible items whose ``hidden_w`` dict holds
the hidden values by name.

CPython's quirks are kept: the named fields are *members* (guest
``member_descriptor``, read-only, with their docs), and ``repr`` and
``__reduce__`` pair the i-th member name with the i-th item, so os.stat_result's
repr names its integer times st_atime, st_mtime, st_ctime.  Struct sequence
types cannot be subclassed; in 3.12 they have no ``__replace__``."""

from snakevm.objspace.root import OperationError
from snakevm.objspace.typedef import (builtin_type, method, W_BuiltinFunction, Signature,
                                      NOT_GIVEN)
from snakevm.objspace.tupleobject import W_Tuple, w_tuple_type, tracked_tuple
from snakevm.objspace.descriptors import W_StaticMethod
from snakevm.objspace.slots import W_ReadonlyMember
from snakevm.objspace.typeobject import W_TypeObject
from snakevm.objspace.space import space


class StructSeqLayout:
    """The fields of one struct sequence type."""

    def __init__(self, fields, n_visible, hidden, docs):
        self.fields = tuple(fields)             # named visible fields
        self.n_visible = n_visible              # tuple length (named + unnamed)
        self.hidden = tuple(hidden)             # attribute-only fields
        self.members = self.fields + self.hidden   # CPython's tp_members order
        self.docs = docs

    @property
    def n_fields(self):
        return self.n_visible + len(self.hidden)

    def value(self, w_obj, member_index):
        if member_index < len(self.fields):
            return w_obj.items_w[member_index]
        return getattr(w_obj, "hidden_w", {}).get(self.members[member_index])


def _field_name_and_doc(field, docs):
    if isinstance(field, tuple):
        return field
    return field, (docs or {}).get(field)


def structseq_type(name, module, fields, visible=None, hidden=(), instantiable=True,
                   doc=None, post_new=None):
    """A new struct-sequence type: ``fields`` names the first items, ``visible`` is
    the tuple length (default len(fields)), ``hidden`` names attribute-only fields.
    A field is a name or a (name, doc) pair.  ``instantiable=False`` gives
    sys.version_info's "cannot create" error; ``post_new(w_result)`` may complete a
    new instance (os.stat_result fills its float times from the integer ones)."""
    named = [_field_name_and_doc(f, None) for f in fields]
    hidden_named = [_field_name_and_doc(f, None) for f in hidden]
    n_visible = visible if visible is not None else len(named)
    layout = StructSeqLayout([n for n, _ in named], n_visible, [n for n, _ in hidden_named],
                             dict(named + hidden_named))
    w_type = builtin_type(name, [w_tuple_type], instance_class=W_Tuple, module=module,
                          acceptable_as_base=False, doc=doc)
    w_type.structseq_layout = layout
    if module not in ("builtins", "sys"):       # heap types in CPython (sys's are static)
        w_type.dict_w["__module__"] = module
    w_type.dict_w["n_sequence_fields"] = n_visible
    w_type.dict_w["n_fields"] = layout.n_fields
    w_type.dict_w["n_unnamed_fields"] = n_visible - len(layout.fields)
    w_type.dict_w["__match_args__"] = space.newtuple(list(layout.fields))
    for index, (field, field_doc) in enumerate(named + hidden_named):
        w_type.dict_w[field] = W_ReadonlyMember(
            field, w_type, lambda w_obj, i=index: layout.value(w_obj, i), field_doc, index)
    _declare_new(w_type, layout, instantiable, post_new)

    @method(w_type, "__repr__")
    def structseq_repr(w_self):
        shown = ", ".join("%s=%s" % (layout.members[i], space.repr(w_self.items_w[i]))
                          for i in range(min(len(w_self.items_w), len(layout.members))))
        return "%s(%s)" % (w_type.tp_name(), shown)

    @method(w_type, "__reduce__")
    def structseq_reduce(w_self):
        w_hidden = space.newdict()
        for field in layout.hidden:
            w_hidden.setitem_str(field, getattr(w_self, "hidden_w", {}).get(field))
        w_items = space.newtuple(list(w_self.items_w))
        return space.newtuple([space.type(w_self), space.newtuple([w_items, w_hidden])])
    return w_type


def _declare_new(w_type, layout, instantiable, post_new):
    """``__new__(cls, sequence, dict=None)`` with CPython's argument checks."""
    def structseq_new(*args_w, **kwargs_w):
        if not args_w:
            raise space.type_error("%s.__new__(): not enough arguments" % w_type.tp_name())
        w_cls = args_w[0]
        if not isinstance(w_cls, W_TypeObject):
            raise space.type_error("%s.__new__(X): X is not a type object (%s)"
                                   % (w_type.tp_name(), space.type(w_cls).tp_name()))
        if not w_cls.is_subtype(w_type):
            raise space.type_error("%s.__new__(%s): %s is not a subtype of %s" % (
                w_type.tp_name(), w_cls.tp_name(), w_cls.tp_name(), w_type.tp_name()))
        if not instantiable:
            raise space.type_error("cannot create '%s' instances" % w_type.tp_name())
        w_sequence, w_dict = _bind_new_arguments(list(args_w[1:]), kwargs_w)
        w_result = new_from_sequence(w_cls, layout, w_sequence, w_dict)
        if post_new is not None:
            post_new(w_result)
        return w_result
    signature = Signature(structseq_new, "%s.__new__" % w_type.name, skip_first=False,
                          keywords=True)
    w_type.dict_w["__new__"] = W_StaticMethod(W_BuiltinFunction(
        structseq_new, "__new__", signature, qualname="%s.__new__" % w_type.name))


def _bind_new_arguments(args_w, kwargs_w):
    """Argument Clinic's parsing of ``structseq(sequence, dict=None)``."""
    total = len(args_w) + len(kwargs_w)
    if total > 2:
        raise space.type_error("structseq() takes at most 2 arguments (%d given)" % total)
    values = dict(zip(("sequence", "dict"), args_w))
    for key, w_value in kwargs_w.items():
        if key in values:
            raise space.type_error("argument for structseq() given by name ('%s') and "
                                   "position (%d)" % (key, 1 if key == "sequence" else 2))
        values[key] = w_value
    if "sequence" not in values:
        raise space.type_error("structseq() missing required argument 'sequence' (pos 1)")
    for key in values:
        if key not in ("sequence", "dict"):
            raise space.type_error("'%s' is an invalid keyword argument for structseq()" % key)
    return values["sequence"], values.get("dict", NOT_GIVEN)


def _sequence_items(w_sequence):
    """PySequence_Fast(seq, "constructor requires a sequence")."""
    try:
        w_iter = space.iter(w_sequence)
    except OperationError as e:
        if e.match(space.builtin_exception("TypeError")):
            raise space.type_error("constructor requires a sequence")
        raise
    return space.unpack_iterable(w_iter)


def new_from_sequence(w_cls, layout, w_sequence, w_dict=NOT_GIVEN):
    """CPython's structseq_new: n_visible..n_fields items; the hidden fields not
    given are taken from ``w_dict`` (or are None)."""
    qualified = w_cls.tp_name()
    items_w = _sequence_items(w_sequence)
    if w_dict is NOT_GIVEN:
        w_dict = None
    elif not hasattr(w_dict, "storage"):
        raise space.type_error("%s() takes a dict as second arg, if any" % qualified)
    given, low, high = len(items_w), layout.n_visible, layout.n_fields
    if given < low:
        raise space.type_error("%s() takes %s %d-sequence (%d-sequence given)" % (
            qualified, "a" if low == high else "an at least", low, given))
    if given > high:
        raise space.type_error("%s() takes %s %d-sequence (%d-sequence given)" % (
            qualified, "a" if low == high else "an at most", high, given))
    hidden_w = {}
    for index, field in enumerate(layout.hidden):
        if low + index < given:
            hidden_w[field] = items_w[low + index]
        elif w_dict is not None:
            hidden_w[field] = w_dict.storage.get(field)
        else:
            hidden_w[field] = None
    return new_structseq(w_cls, items_w[:low], hidden_w)


def new_structseq(w_type, items_w, hidden_w=None):
    """An instance of struct sequence type ``w_type`` (hidden values by name)."""
    w_tuple = tracked_tuple(items_w)
    w_tuple.w_type = w_type
    layout = getattr(w_type, "structseq_layout", None)
    if layout is not None and layout.hidden:
        hidden_w = dict(hidden_w or {})
        for field in layout.hidden:
            hidden_w.setdefault(field, None)
    if hidden_w:
        w_tuple.hidden_w = hidden_w
    return w_tuple
