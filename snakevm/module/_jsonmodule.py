"""_json: the JSON scanner and string escaping of the host behind the bridge.

``make_scanner(context)`` (json.decoder's c_make_scanner) gives a guest
Scanner over the host's C scanner.  The host reads the decoder's settings
from a host object built from the guest decoder: strict, and the hooks --
guest callables wrapped so the host calls into the guest (the default
``float``/``int`` are the host's own for speed; their results are the same
unboxed values).  Parsed values come back through the bridge; the host's
JSONDecodeError becomes the guest json.decoder.JSONDecodeError with msg, doc
and pos.  There is no C encoder: json.encoder uses its Python one."""

import _json as host_json
import json.decoder as host_json_decoder

from snakevm.objspace.root import W_Root, OperationError
from snakevm.objspace.space import space
from snakevm.objspace.typedef import builtin_type, method, new_method
from snakevm.objspace.dictobject import W_Dict
from snakevm.objspace.listobject import W_List
from snakevm.objspace.tupleobject import W_Tuple
from snakevm.objspace.bridge import (call_host_converted, to_host_arg, to_guest,
                                     register_exception)
from snakevm.module.moduledef import ModuleDef, import_guest


class _Context:
    """The host-side view of a guest JSONDecoder that the C scanner reads."""


def _host_hook(w_hook, builtin_name=None):
    """A host callable for a guest hook; the guest's own float/int types are the
    host's float/int (same results on unboxed values)."""
    if w_hook is None:
        return None
    if builtin_name is not None and w_hook is space.builtins_type(builtin_name):
        return {"float": float, "int": int}[builtin_name]

    def call(*args):
        w_result = space.call(w_hook, [to_guest(a) for a in args])
        return w_result if isinstance(w_result, W_Root) else to_host_arg(w_result)
    return call


def _host_context(w_context):
    context = _Context()
    context.strict = space.is_true(space.getattr(w_context, "strict"))
    context.object_hook = _host_hook(space.getattr(w_context, "object_hook"))
    context.object_pairs_hook = _host_hook(space.getattr(w_context, "object_pairs_hook"))
    context.parse_float = _host_hook(space.getattr(w_context, "parse_float"), "float")
    context.parse_int = _host_hook(space.getattr(w_context, "parse_int"), "int")
    context.parse_constant = _host_hook(space.getattr(w_context, "parse_constant"))
    context.memo = {}
    return context


class W_Scanner(W_Root):
    def __init__(self, host):
        self.host = host


w_scanner_type = builtin_type("Scanner", instance_class=W_Scanner, module="_json",
                              acceptable_as_base=False, doc="JSON scanner object")


@new_method(w_scanner_type)
def scanner_new(w_cls, w_context):
    host = call_host_converted(host_json.make_scanner, [_host_context(w_context)],
                               result=lambda value: value)
    return W_Scanner(host)


@method(w_scanner_type, "__call__", keywords=True)
def scanner_call(w_self, string, idx):
    return call_host_converted(w_self.host, [to_host_arg(string), space.index(idx)])


# -- the encoder -----------------------------------------------------------------------------
class W_Encoder(W_Root):
    def __init__(self, w_markers, w_default, w_encoder, w_indent, key_separator,
                 item_separator, sort_keys, skipkeys, allow_nan):
        self.w_markers = w_markers
        self.w_default = w_default
        self.w_encoder = w_encoder
        self.w_indent = w_indent
        self.key_separator = key_separator
        self.item_separator = item_separator
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys
        self.allow_nan = allow_nan
        self.host_encoder = _HOST_STRING_ENCODERS.get(getattr(w_encoder, "name", None)) \
            if getattr(w_encoder, "module", None) == "_json" else None


w_encoder_type = builtin_type("Encoder", instance_class=W_Encoder, module="_json",
                              acceptable_as_base=False, doc="Encoder(markers, default, encoder, "
                              "indent, key_separator, item_separator, sort_keys, skipkeys, "
                              "allow_nan)")
_HOST_STRING_ENCODERS = {"encode_basestring_ascii": host_json.encode_basestring_ascii,
                         "encode_basestring": host_json.encode_basestring}


def _separator(w_value, name):
    value = to_host_arg(w_value)
    if not isinstance(value, str):
        raise space.type_error("make_encoder() argument %s must be str, not %s"
                               % (name, space.type(w_value).name))
    return value


@new_method(w_encoder_type)
def encoder_new(w_cls, w_markers, w_default, w_encoder, w_indent, w_key_separator,
                w_item_separator, w_sort_keys, w_skipkeys, w_allow_nan):
    if w_markers is not None and not hasattr(w_markers, "storage"):
        raise space.type_error("make_encoder() argument 1 must be dict or None, not %s"
                               % space.type(w_markers).name)
    return W_Encoder(w_markers, w_default, w_encoder, w_indent,
                     _separator(w_key_separator, 5), _separator(w_item_separator, 6),
                     space.is_true(w_sort_keys), space.is_true(w_skipkeys),
                     space.is_true(w_allow_nan))


@method(w_encoder_type, "__call__", keywords=True)
def encoder_call(w_self, w_obj, _current_indent_level):
    chunks = []
    _encode(w_self, w_obj, chunks)
    return space.newlist(chunks)


def _encode_string(w_self, w_value):
    if w_self.host_encoder is not None:
        return w_self.host_encoder(to_host_arg(w_value))
    w_result = space.call(w_self.w_encoder, [w_value])
    result = to_host_arg(w_result)
    if not isinstance(result, str):
        raise space.type_error("encoder() must return a string, not %s"
                               % space.type(w_result).name)
    return result


def _float_text(w_self, value):
    if value != value or value in (float("inf"), float("-inf")):
        if not w_self.allow_nan:
            raise space.value_error("Out of range float values are not JSON compliant: %r"
                                    % value)
        return "NaN" if value != value else ("Infinity" if value > 0 else "-Infinity")
    return float.__repr__(value)


def _is(w_obj, type_name):
    return space.isinstance_w(w_obj, space.builtins_type(type_name))


def _scalar_text(w_self, w_obj):
    """The JSON text of a str/int/float/bool/None, or None for other objects."""
    if w_obj is None:
        return "null"
    if w_obj is True:
        return "true"
    if w_obj is False:
        return "false"
    kind = type(w_obj)
    if kind is str:
        return _encode_string(w_self, w_obj)
    if kind is int:
        return int.__repr__(w_obj)
    if kind is float:
        return _float_text(w_self, w_obj)
    if isinstance(w_obj, W_Root) and getattr(w_obj, "scalar_layout", False):
        if _is(w_obj, "str"):
            return _encode_string(w_self, w_obj)
        if _is(w_obj, "int"):
            return int.__repr__(w_obj.value)
        if _is(w_obj, "float"):
            return _float_text(w_self, w_obj.value)
    return None


def _enter(w_self, w_obj):
    if w_self.w_markers is None:
        return None
    key = id(w_obj)
    if key in w_self.w_markers.storage:
        raise space.value_error("Circular reference detected")
    w_self.w_markers.storage[key] = w_obj
    return key


def _leave(w_self, key):
    if key is not None:
        del w_self.w_markers.storage[key]


def _encode(w_self, w_obj, chunks):
    kind = type(w_obj)                  # fast paths for the exact built-in types
    if kind is str:
        chunks.append(_encode_string(w_self, w_obj))
        return
    if kind is int:
        chunks.append(int.__repr__(w_obj))
        return
    if kind is W_Dict and w_obj.w_type is W_Dict.w_type:
        _encode_dict(w_self, w_obj, chunks)
        return
    if (kind is W_List and w_obj.w_type is W_List.w_type) or \
            (kind is W_Tuple and w_obj.w_type is W_Tuple.w_type):
        _encode_list(w_self, w_obj, chunks)
        return
    text = _scalar_text(w_self, w_obj)
    if text is not None:
        chunks.append(text)
    elif _is(w_obj, "list") or _is(w_obj, "tuple"):
        _encode_list(w_self, w_obj, chunks)
    elif _is(w_obj, "dict"):
        _encode_dict(w_self, w_obj, chunks)
    else:
        key = _enter(w_self, w_obj)
        w_new = space.call(w_self.w_default, [w_obj])
        _encode(w_self, w_new, chunks)
        _leave(w_self, key)


def _encode_list(w_self, w_list, chunks):
    items_w = getattr(w_list, "items_w", None)
    if items_w is None:
        items_w = space.unpack_iterable(w_list)
    if not items_w:
        chunks.append("[]")
        return
    key = _enter(w_self, w_list)
    chunks.append("[")
    for index, w_item in enumerate(list(items_w)):
        if index:
            chunks.append(w_self.item_separator)
        _encode(w_self, w_item, chunks)
    chunks.append("]")
    _leave(w_self, key)


def _first(pair):
    return pair[0]


def _key_text(w_self, w_key):
    if type(w_key) is str:
        return w_key
    if w_key is True or w_key is False or w_key is None:
        return _scalar_text(w_self, w_key)
    if type(w_key) is float or (isinstance(w_key, W_Root) and _is(w_key, "float")):
        return _float_text(w_self, to_host_arg(w_key))
    if type(w_key) is int or (isinstance(w_key, W_Root) and _is(w_key, "int")):
        return int.__repr__(to_host_arg(w_key))
    if isinstance(w_key, W_Root) and _is(w_key, "str"):
        return to_host_arg(w_key)
    if w_self.skipkeys:
        return None
    raise space.type_error("keys must be str, int, float, bool or None, not %s"
                           % space.type(w_key).name)


def _encode_dict(w_self, w_dict, chunks):
    if type(w_dict) is W_Dict and w_dict.w_type is W_Dict.w_type:
        items = list(w_dict.storage.items())
    else:
        items = [tuple(space.unpack_iterable(w)) for w in
                 space.unpack_iterable(space.call_method(w_dict, "items"))]
    if not items:
        chunks.append("{}")
        return
    if w_self.sort_keys and all(type(k) is str for k, _ in items):
        items.sort(key=_first)             # str keys: the host's order is the guest's
    elif w_self.sort_keys:
        w_sorted = space.call(space.getattr(space.builtins_module(), "sorted"),
                              [space.newlist([space.newtuple(list(kv)) for kv in items])])
        items = [tuple(w.items_w) for w in space.unpack_iterable(w_sorted)]
    key = _enter(w_self, w_dict)
    chunks.append("{")
    first = True
    for w_key, w_value in items:
        text = _key_text(w_self, w_key)
        if text is None:
            continue
        if not first:
            chunks.append(w_self.item_separator)
        first = False
        chunks.append(_encode_string(w_self, text))
        chunks.append(w_self.key_separator)
        _encode(w_self, w_value, chunks)
    chunks.append("}")
    _leave(w_self, key)


def _guest_decode_error(e):
    w_decoder = import_guest("json.decoder")
    return OperationError(space.call(space.getattr(w_decoder, "JSONDecodeError"),
                                     [e.msg, e.doc, e.pos]))


def make_module():
    m = ModuleDef("_json", doc=host_json.__doc__)
    m.host_functions(host_json, ("scanstring", "encode_basestring_ascii", "encode_basestring"))
    m.type(w_scanner_type)
    m.value("make_scanner", w_scanner_type)
    m.type(w_encoder_type)
    m.value("make_encoder", w_encoder_type)
    register_exception(host_json_decoder.JSONDecodeError, None, convert=_guest_decode_error)
    return m.w_module
