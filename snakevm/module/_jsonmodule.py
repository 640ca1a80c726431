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


def _guest_decode_error(e):
    w_decoder = import_guest("json.decoder")
    return OperationError(space.call(space.getattr(w_decoder, "JSONDecodeError"),
                                     [e.msg, e.doc, e.pos]))


def make_module():
    m = ModuleDef("_json", doc=host_json.__doc__)
    m.host_functions(host_json, ("scanstring", "encode_basestring_ascii", "encode_basestring"))
    m.type(w_scanner_type)
    m.value("make_scanner", w_scanner_type)
    register_exception(host_json_decoder.JSONDecodeError, None, convert=_guest_decode_error)
    return m.w_module
