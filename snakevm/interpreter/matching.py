"""Support for the match statement: MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS, MATCH_CLASS."""

from snakevm.objspace.root import OperationError
from snakevm.objspace.space import space
from snakevm.objspace.typeobject import MISSING
from snakevm.interpreter import operands

_SEQUENCE_TYPES = ("list", "tuple", "range", "memoryview", "collections.deque", "array")


def is_mapping(w_obj):
    from snakevm.objspace.dictobject import W_Dict
    if isinstance(w_obj, W_Dict):
        return True
    return any(w.name == "Mapping" or w.name == "dict" for w in space.type(w_obj).mro_w) or \
        getattr(space.type(w_obj), "match_flags", 0) == "mapping"


def is_sequence(w_obj):
    flags = getattr(space.type(w_obj), "match_flags", None)   # set by _abc (collections.abc)
    if flags is not None:
        return flags == "sequence"
    mro = space.type(w_obj).mro_w
    names = {w.name for w in mro}
    if names & {"str", "bytes", "bytearray"}:
        return False
    return bool(names & {"list", "tuple", "range", "memoryview", "Sequence", "deque"})


def match_keys(w_subject, w_keys):
    values = []
    w_get = space.getattr(w_subject, "get")
    dummy = space.newlist([])
    seen = []
    for w_key in operands.tuple_items("MATCH_KEYS", w_keys):
        for w_seen in seen:
            if space.eq_w(w_seen, w_key):
                raise space.value_error("mapping pattern checks duplicate key (%s)"
                                        % space.repr(w_key))
        seen.append(w_key)
        w_value = space.call(w_get, [w_key, dummy])
        if w_value is dummy:
            return None
        values.append(w_value)
    return space.newtuple(values)


def match_class(w_subject, w_cls, npos, w_names):
    from snakevm.objspace.typeobject import W_TypeObject
    from snakevm.module.builtins import _isinstance
    if not isinstance(w_cls, W_TypeObject):
        raise space.type_error("called match pattern must be a class")
    if not _isinstance(w_subject, w_cls):
        return None
    attrs = []
    seen = []
    if npos:
        w_match_args = space.findattr(w_cls, "__match_args__")
        if w_match_args is None:
            if _self_matching(w_cls):
                if npos > 1:
                    raise space.type_error("%s() accepts 1 positional sub-pattern (%d given)"
                                           % (w_cls.name, npos))
                attrs.append(w_subject)
                w_match_args = None
                names = []
            else:
                raise space.type_error("%s() accepts 0 positional sub-patterns (%d given)"
                                       % (w_cls.name, npos))
        if w_match_args is not None:
            if space.type(w_match_args).name != "tuple":
                raise space.type_error("%s.__match_args__ must be a tuple (got %s)"
                                       % (w_cls.name, space.type(w_match_args).name))
            names = list(w_match_args.items_w)
            if npos > len(names):
                raise space.type_error("%s() accepts %d positional sub-pattern%s (%d given)"
                                       % (w_cls.name, len(names), "" if len(names) == 1 else "s",
                                          npos))
            for name in names[:npos]:
                if not isinstance(name, str):
                    raise space.type_error("__match_args__ elements must be strings (got %s)"
                                           % space.type(name).name)
                seen.append(name)
                w_value = space.getattr(w_subject, name, MISSING)
                if w_value is MISSING:
                    return None
                attrs.append(w_value)
    for name in operands.tuple_items("MATCH_CLASS", w_names):
        if name in seen:
            raise space.type_error("%s() got multiple sub-patterns for attribute %s"
                                   % (w_cls.name, space.repr(name)))
        seen.append(name)
        w_value = space.getattr(w_subject, name, MISSING)
        if w_value is MISSING:
            return None
        attrs.append(w_value)
    return space.newtuple(attrs)


SELF_MATCHING = ("bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list",
                 "set", "str", "tuple")


def _self_matching(w_cls):
    """Built-ins that match themselves in ``case int(x)`` (the flag is inherited)."""
    return any(w.is_builtin and w.name in SELF_MATCHING for w in w_cls.mro_w)
