"""_lzma: the host's xz/lzma compressor and decompressor objects behind the
bridge; filter specifications (lists of dicts) cross as host lists of dicts."""

import _lzma as host_lzma

from snakevm.objspace.typedef import new_method
from snakevm.objspace.bridge import call_host_converted, to_host_arg
from snakevm.module.moduledef import ModuleDef
from snakevm.module.hostobjects import host_object_type

w_compressor_type = host_object_type("LZMACompressor", "_lzma", host_lzma.LZMACompressor,
                                     ("compress", "flush"))
w_decompressor_type = host_object_type("LZMADecompressor", "_lzma", host_lzma.LZMADecompressor,
                                       ("decompress",),
                                       ("check", "eof", "needs_input", "unused_data"))


def _deep(w_value):
    """Filter chains: guest lists/tuples of dicts become host ones."""
    storage = getattr(w_value, "storage", None)
    if isinstance(storage, dict):
        return {to_host_arg(k): _deep(v) for k, v in storage.items()}
    items_w = getattr(w_value, "items_w", None)
    if isinstance(items_w, (list, tuple)):
        return [_deep(w) for w in items_w]
    return to_host_arg(w_value)


def _constructor(w_type, host_class):
    @new_method(w_type)
    def new(w_cls, *args_w, **kwargs_w):
        w_obj = call_host_converted(host_class, [_deep(w) for w in args_w],
                                    {k: _deep(w) for k, w in kwargs_w.items()})
        w_obj.w_type = w_cls
        return w_obj


_constructor(w_compressor_type, host_lzma.LZMACompressor)
_constructor(w_decompressor_type, host_lzma.LZMADecompressor)


def _with_filters(name):
    host_function = getattr(host_lzma, name)

    def call(*args_w):
        return call_host_converted(host_function, [_deep(w) for w in args_w])
    call.__name__ = name
    return call


def make_module():
    m = ModuleDef("_lzma")
    m.type(w_compressor_type)
    m.type(w_decompressor_type)
    m.exception("LZMAError", ("Exception",), host_lzma.LZMAError)
    for name in ("is_check_supported", "_encode_filter_properties",
                 "_decode_filter_properties"):
        m.function(_with_filters(name), name)
    for name in dir(host_lzma):
        if name.isupper():
            m.value(name, getattr(host_lzma, name))
    return m.w_module
