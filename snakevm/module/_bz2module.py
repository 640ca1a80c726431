"""_bz2: the host's bzip2 compressor and decompressor objects behind the bridge."""

import _bz2 as host_bz2

from snakevm.module.moduledef import ModuleDef
from snakevm.module.hostobjects import host_object_type

w_compressor_type = host_object_type("BZ2Compressor", "_bz2", host_bz2.BZ2Compressor,
                                     ("compress", "flush"), constructible=True)
w_decompressor_type = host_object_type("BZ2Decompressor", "_bz2", host_bz2.BZ2Decompressor,
                                       ("decompress",), ("eof", "needs_input", "unused_data"),
                                       constructible=True)


def make_module():
    m = ModuleDef("_bz2")
    m.type(w_compressor_type)
    m.type(w_decompressor_type)
    return m.w_module
