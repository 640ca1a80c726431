"""_md5, _sha1, _sha2, _sha3, _blake2: the host's built-in hash modules behind the
bridge (Lib's hashlib falls back to them; snakevm has no OpenSSL _hashlib).

Each host hash class becomes a guest type of the same module and name
(module/hostobjects.py) whose methods and attributes are forwarded; data
arguments pass their host buffer, so the host's messages apply ("Strings must
be encoded before hashing")."""

import types
import _md5 as host_md5
import _sha1 as host_sha1
import _sha3 as host_sha3
import _blake2 as host_blake2

try:
    import _sha2 as host_sha2
except ImportError:         # a 3.11 host: the SHA-2 family is in _sha256 and _sha512
    import _sha256
    import _sha512
    host_sha2 = types.SimpleNamespace(
        __doc__=None, sha224=_sha256.sha224, sha256=_sha256.sha256,
        sha384=_sha512.sha384, sha512=_sha512.sha512,
        SHA224Type=type(_sha256.sha224()), SHA256Type=type(_sha256.sha256()),
        SHA384Type=type(_sha512.sha384()), SHA512Type=type(_sha512.sha512()))

from snakevm.module.moduledef import ModuleDef
from snakevm.module.hostobjects import host_object_type

_METHODS = ("update", "digest", "hexdigest", "copy")
_ATTRIBUTES = ("name", "digest_size", "block_size")
_TYPES = {}


def _hash_type(host_class, extra_attributes=(), constructible=False):
    """The guest type over a host hash class (one per VM, made on first use)."""
    w_type = _TYPES.get(host_class)
    if w_type is None:
        attributes = tuple(a for a in _ATTRIBUTES + tuple(extra_attributes)
                           if hasattr(host_class, a))
        w_type = host_object_type(host_class.__name__, host_class.__module__, host_class,
                                  tuple(m for m in _METHODS if hasattr(host_class, m)),
                                  attributes, constructible=constructible)
        _TYPES[host_class] = w_type
    return w_type


def _function_module(name, host_module, constructors, type_names):
    """_md5/_sha1/_sha2: constructor functions, types exposed as <NAME>Type."""
    m = ModuleDef(name, doc=host_module.__doc__)
    m.host_functions(host_module, constructors)
    for type_name in type_names:
        m.type(_hash_type(getattr(host_module, type_name)), type_name)
    return m.w_module


def make_md5():
    return _function_module("_md5", host_md5, ("md5",), ("MD5Type",))


def make_sha1():
    return _function_module("_sha1", host_sha1, ("sha1",), ("SHA1Type",))


def make_sha2():
    return _function_module("_sha2", host_sha2, ("sha224", "sha256", "sha384", "sha512"),
                            ("SHA224Type", "SHA256Type", "SHA384Type", "SHA512Type"))


def make_sha3():
    m = ModuleDef("_sha3", doc=host_sha3.__doc__)
    for name in ("sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256"):
        host_class = getattr(host_sha3, name)
        m.type(_hash_type(host_class, ("_capacity_bits", "_rate_bits", "_suffix"),
                          constructible=True))
    m.value("implementation", host_sha3.implementation)
    return m.w_module


def make_blake2():
    m = ModuleDef("_blake2", doc=host_blake2.__doc__)
    for name in ("blake2b", "blake2s"):
        host_class = getattr(host_blake2, name)
        w_type = _hash_type(host_class, constructible=True)
        for constant in ("SALT_SIZE", "PERSON_SIZE", "MAX_KEY_SIZE", "MAX_DIGEST_SIZE"):
            w_type.dict_w[constant] = getattr(host_class, constant)
        m.type(w_type)
    for name in dir(host_blake2):
        if name.startswith("BLAKE2"):
            m.value(name, getattr(host_blake2, name))
    return m.w_module
