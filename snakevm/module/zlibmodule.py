"""zlib: the host's zlib behind the bridge.  Compress/Decompress/_ZlibDecompressor
objects are guest types over host objects (module/hostobjects.py); zlib.error
is a guest class host errors are mapped to."""

import zlib as host_zlib

from snakevm.module.moduledef import ModuleDef
from snakevm.module.hostobjects import host_object_type

_COPYING = ("copy", "__copy__", "__deepcopy__")
w_compress_type = host_object_type(
    "Compress", "zlib", type(host_zlib.compressobj()), ("compress", "flush") + _COPYING)
w_decompress_type = host_object_type(
    "Decompress", "zlib", type(host_zlib.decompressobj()), ("decompress", "flush") + _COPYING,
    members=("unused_data", "unconsumed_tail", "eof"))
w_zlib_decompressor_type = host_object_type(
    "_ZlibDecompressor", "zlib", host_zlib._ZlibDecompressor, ("decompress",),
    members=("eof", "unused_data", "needs_input"), constructible=True)


def make_module():
    m = ModuleDef("zlib", doc=host_zlib.__doc__)
    m.exception("error", ("Exception",), host_zlib.error)
    m.host_functions(host_zlib, ("adler32", "compress", "compressobj", "crc32", "decompress",
                                 "decompressobj"))
    m.type(w_zlib_decompressor_type)
    for name in dir(host_zlib):
        value = getattr(host_zlib, name)
        if name[0].isupper() and isinstance(value, (int, str)):
            m.value(name, value)
    return m.w_module
