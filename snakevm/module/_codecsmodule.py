"""_codecs: the codec registry (guest state) and the codec functions (host).

* The registry is the VM's: search functions registered by guest code (Lib's
  ``encodings`` registers the standard one, imported on first lookup as
  CPython does at start-up), the lookup cache, and the error handlers.
* The codec functions (utf_8_encode, charmap_decode, ...) are the host's C
  functions on unboxed str/bytes; bytes-like arguments pass their host buffer.
* Error handlers: the eight built-in ones are the host's.  A handler the guest
  registers is made known to the host under a name private to snakevm
  (``host_errors``): the host calls a host function that turns the host
  UnicodeError into the guest exception, calls the guest handler and checks
  its result like CPython.  str.encode/bytes.decode use the same mapping, so
  guest handlers work everywhere; text encodings the host does not know are
  looked up in the guest registry (``encode_text``/``decode_text``).
"""

import codecs as host_codecs
import _codecs as host_codecs_module

from snakevm.objspace.root import W_Root, OperationError
from snakevm.objspace.space import space
from snakevm.objspace.typedef import builtin_type, builtin_function
from snakevm.objspace.tupleobject import W_Tuple
from snakevm.objspace.bridge import to_host_arg, host_exception, call_host_converted
from snakevm.module.moduledef import ModuleDef, import_guest

BUILTIN_ERROR_HANDLERS = ("strict", "ignore", "replace", "xmlcharrefreplace",
                          "backslashreplace", "namereplace", "surrogateescape",
                          "surrogatepass")


class CodecRegistry:
    """The codec registry of one VM."""

    def __init__(self):
        self.search_functions_w = []
        self.cache_w = {}                    # normalized name -> CodecInfo
        self.error_handlers_w = {}           # name -> guest handler (guest-registered only)
        self.host_names = {}                 # guest handler name -> private host name
        self.builtin_handlers_w = {}         # name -> guest function over the host handler
        self.encodings_imported = False


registry = CodecRegistry()


# -- the registry ------------------------------------------------------------------------------
def normalize_name(encoding):
    """CPython's normalizestring: ASCII lower case, spaces become underscores."""
    return "".join(c.lower() if c.isascii() else c for c in encoding).replace(" ", "_")


def _ensure_encodings():
    if not registry.encodings_imported:
        registry.encodings_imported = True
        try:
            import_guest("encodings")
        except OperationError as e:
            if not e.match(space.builtin_exception("ImportError")):
                raise


def codecs_register(w_search_function):
    """Register a codec search function.

    Search functions are expected to take one argument, the encoding name in
    all lower case letters, and either return None, or a tuple of functions
    (encoder, decoder, stream_reader, stream_writer) (or a CodecInfo object)."""
    if space.findattr(w_search_function, "__call__") is None:
        raise space.type_error("argument must be callable")
    registry.search_functions_w.append(w_search_function)


def codecs_unregister(w_search_function):
    """Unregister a codec search function and clear the registry's cache.

    If the search function is not registered, do nothing."""
    for index, w_func in enumerate(registry.search_functions_w):
        if w_func is w_search_function:
            del registry.search_functions_w[index]
            registry.cache_w.clear()
            return


def codecs_lookup(encoding):
    """Looks up a codec tuple in the Python codec registry and returns a CodecInfo object."""
    if not isinstance(encoding, str):
        if getattr(encoding, "scalar_layout", False) and isinstance(encoding.value, str):
            encoding = encoding.value
        else:
            raise space.type_error("lookup() argument must be str, not %s"
                                   % space.type(encoding).name)
    return lookup(encoding)


def lookup(encoding):
    _ensure_encodings()
    name = normalize_name(encoding)
    w_info = registry.cache_w.get(name)
    if w_info is not None:
        return w_info
    if not registry.search_functions_w:
        raise space.error(space.builtin_exception("LookupError"),
                          "no codec search functions registered: can't find encoding")
    for w_func in list(registry.search_functions_w):
        w_result = space.call(w_func, [name])
        if w_result is None:
            continue
        if not isinstance(w_result, W_Tuple) or len(w_result.items_w) != 4:
            raise space.type_error("codec search functions must return 4-tuples")
        registry.cache_w[name] = w_result
        return w_result
    raise space.error(space.builtin_exception("LookupError"), "unknown encoding: %s" % encoding)


def codecs_encode(obj, encoding="utf-8", errors="strict"):
    """Encodes obj using the codec registered for encoding.

    The default encoding is 'utf-8'.  errors may be given to set a
    different error handling scheme.  Default is 'strict' meaning that encoding
    errors raise a ValueError.  Other possible values are 'ignore', 'replace'
    and 'backslashreplace' as well as any other name registered with
    codecs.register_error that can handle ValueErrors."""
    _check_str_arg(encoding, "encode", "encoding", 2)
    _check_str_arg(errors, "encode", "errors", 3)
    return _run_codec(obj, encoding, errors, 0, "encoder")


def codecs_decode(obj, encoding="utf-8", errors="strict"):
    """Decodes obj using the codec registered for encoding.

    Default encoding is 'utf-8'.  errors may be given to set a
    different error handling scheme.  Default is 'strict' meaning that encoding
    errors raise a ValueError.  Other possible values are 'ignore', 'replace'
    and 'backslashreplace' as well as any other name registered with
    codecs.register_error that can handle ValueErrors."""
    _check_str_arg(encoding, "decode", "encoding", 2)
    _check_str_arg(errors, "decode", "errors", 3)
    return _run_codec(obj, encoding, errors, 1, "decoder")


def _check_str_arg(value, function, name, position):
    if not isinstance(value, str) and not (getattr(value, "scalar_layout", False)
                                           and isinstance(value.value, str)):
        raise space.type_error("%s() argument '%s' must be str, not %s"
                               % (function, name, space.type(value).name))


def _run_codec(w_obj, encoding, errors, index, what):
    w_info = lookup(encoding)
    w_codec = w_info.items_w[index]
    try:
        w_result = space.call(w_codec, [w_obj, errors])
    except OperationError as e:
        _add_codec_note(e, encoding, what)
        raise
    if not isinstance(w_result, W_Tuple) or len(w_result.items_w) != 2:
        raise space.type_error("%s must return a tuple (object, integer)" % what)
    return w_result.items_w[0]


def _add_codec_note(error, encoding, what):
    """CPython 3.12 adds "encoding with 'x' codec failed" as a note to some errors."""
    w_exc = error.w_value
    if space.type(w_exc).is_subtype(space.builtin_exception("UnicodeError")):
        return
    try:
        space.call_method(w_exc, "add_note", "%s with %r codec failed" % (
            "encoding" if what == "encoder" else "decoding", encoding))
    except OperationError:
        pass


# -- error handlers ----------------------------------------------------------------------------
def codecs_register_error(errors, w_handler):
    """Register the specified error handler under the name errors.

    handler must be a callable object, that will be called with an exception
    instance containing information about the location of the encoding/decoding
    error and must return a (replacement, new position) tuple."""
    if space.findattr(w_handler, "__call__") is None:
        raise space.type_error("handler must be callable")
    if errors in BUILTIN_ERROR_HANDLERS:
        registry.builtin_handlers_w[errors] = w_handler
        registry.error_handlers_w[errors] = w_handler
    else:
        registry.error_handlers_w[errors] = w_handler
    _make_host_handler(errors)


def codecs_lookup_error(name):
    """lookup_error(errors) -> handler

    Return the error handler for the specified error handling name or raise a
    LookupError, if no handler exists under this name."""
    if name in registry.error_handlers_w:
        return registry.error_handlers_w[name]
    if name in BUILTIN_ERROR_HANDLERS:
        w_handler = registry.builtin_handlers_w.get(name)
        if w_handler is None:
            w_handler = builtin_function(_builtin_handler(name), name + "_errors",
                                         module="_codecs")
            registry.builtin_handlers_w[name] = w_handler
        return w_handler
    raise space.error(space.builtin_exception("LookupError"),
                      "unknown error handler name '%s'" % name)


def _builtin_handler(name):
    host_handler = host_codecs.lookup_error(name)

    def handler(w_exc):
        host_exc = host_unicode_error(w_exc)
        if host_exc is None:
            raise space.type_error("don't know how to handle %s in error callback"
                                   % space.type(w_exc).name)
        return call_host_converted(host_handler, [host_exc])
    return handler


def host_unicode_error(w_exc):
    """A guest UnicodeEncodeError/DecodeError/TranslateError as a host one."""
    for name, host_class in (("UnicodeEncodeError", UnicodeEncodeError),
                             ("UnicodeDecodeError", UnicodeDecodeError),
                             ("UnicodeTranslateError", UnicodeTranslateError)):
        if space.isinstance_w(w_exc, space.builtin_exception(name)):
            fields = [to_host_arg(space.getattr(w_exc, attr)) for attr in (
                "encoding", "object", "start", "end", "reason")]
            if name == "UnicodeTranslateError":
                fields = fields[1:]
            if isinstance(fields[1 if name != "UnicodeTranslateError" else 0], memoryview):
                fields[1] = bytes(fields[1])
            try:
                return host_class(*fields)
            except (TypeError, ValueError):
                return None
    return None


def _make_host_handler(name):
    """Make guest handler ``name`` callable by the host codecs under a private name."""
    host_name = registry.host_names.get(name)
    if host_name is None:
        host_name = "snakevm.%x.%s" % (id(registry), name)
        registry.host_names[name] = host_name

    def host_handler(host_exc):
        w_handler = registry.error_handlers_w[name]
        w_exc = host_exception(host_exc).w_value
        w_result = space.call(w_handler, [w_exc])
        kind = "encoding" if isinstance(host_exc, UnicodeEncodeError) else (
            "decoding" if isinstance(host_exc, UnicodeDecodeError) else "translating")
        message = "%s error handler must return (%s, int) tuple" % (
            kind, "str/bytes" if kind == "encoding" else "str")
        if not isinstance(w_result, W_Tuple) or len(w_result.items_w) != 2:
            raise space.type_error(message)
        w_replacement, w_position = w_result.items_w
        replacement = to_host_arg(w_replacement)
        if not isinstance(replacement, (str, bytes)) or (
                kind != "encoding" and not isinstance(replacement, str)):
            raise space.type_error(message)
        if not isinstance(w_position, int):
            raise space.type_error(message)
        if isinstance(replacement, (bytearray, memoryview)):
            replacement = bytes(replacement)
        return replacement, w_position
    host_codecs.register_error(host_name, host_handler)
    return host_name


def host_errors(errors):
    """The name the host knows error handler ``errors`` by."""
    if errors is None or errors in BUILTIN_ERROR_HANDLERS and \
            errors not in registry.error_handlers_w:
        return errors
    if isinstance(errors, str) and errors in registry.error_handlers_w:
        return registry.host_names[errors]
    return errors


# -- codec functions ---------------------------------------------------------------------------
def _host_codec_function(name):
    host_func = getattr(host_codecs_module, name)

    def call(*args_w):
        args = [to_host_arg(w) for w in args_w]
        if len(args) > 1 and isinstance(args[1], str):
            args[1] = host_errors(args[1])
        if name.startswith("charmap") and len(args) > 2:
            args[2] = _host_mapping(args_w[2])
        return call_host_converted(host_func, args)
    call.__name__ = name
    call.__doc__ = host_func.__doc__
    return call


class W_EncodingMap(W_Root):
    """The result of charmap_build: a host EncodingMap, opaque to the guest."""

    def __init__(self, host_map):
        self.host_map = host_map


w_encoding_map_type = builtin_type("EncodingMap", instance_class=W_EncodingMap,
                                   module="builtins", acceptable_as_base=False)


def _host_mapping(w_mapping):
    if isinstance(w_mapping, W_EncodingMap):
        return w_mapping.host_map
    storage = getattr(w_mapping, "storage", None)
    if isinstance(storage, dict):
        return {to_host_arg(k): _mapping_value(v) for k, v in storage.items()}
    return to_host_arg(w_mapping)


def _mapping_value(w_value):
    value = to_host_arg(w_value)
    if isinstance(value, (bytearray, memoryview)):
        value = bytes(value)
    return value


def codecs_charmap_build(map):
    result = call_host_converted(host_codecs_module.charmap_build, [to_host_arg(map)],
                                 result=lambda value: value)
    if isinstance(result, dict):          # small tables are plain dicts
        return space.newdict({k: v for k, v in result.items()})
    return W_EncodingMap(result)


# -- str.encode / bytes.decode of the guest ---------------------------------------------------
def _host_knows(encoding):
    try:
        info = host_codecs.lookup(encoding)
    except LookupError:
        return False
    return getattr(info, "_is_text_encoding", True)


def encode_text(text, encoding, errors):
    """str.encode for the guest: the host codec when the host knows the encoding,
    else the guest registry (CPython's _PyCodec_EncodeText)."""
    if encoding is None or _host_knows(encoding) or not _guest_registry_knows(encoding):
        return call_host_converted(str.encode, [text, encoding or "utf-8",
                                                host_errors(errors or "strict")])
    w_info = lookup(encoding)
    _check_text_encoding(w_info, encoding, "str.encode")
    w_result = _run_codec(text, encoding, errors or "strict", 0, "encoder")
    if not isinstance(w_result, bytes):
        raise space.type_error("'%s' encoder returned '%s' instead of 'bytes'; use "
                               "codecs.encode() to encode to arbitrary types"
                               % (encoding, space.type(w_result).name))
    return w_result


def decode_text(data, encoding, errors):
    """bytes.decode for the guest (see encode_text)."""
    if encoding is None or _host_knows(encoding) or not _guest_registry_knows(encoding):
        return call_host_converted(bytes.decode, [bytes(data), encoding or "utf-8",
                                                  host_errors(errors or "strict")])
    w_info = lookup(encoding)
    _check_text_encoding(w_info, encoding, "bytes.decode")
    w_result = _run_codec(data, encoding, errors or "strict", 1, "decoder")
    if not isinstance(w_result, str):
        raise space.type_error("'%s' decoder returned '%s' instead of 'str'; use "
                               "codecs.decode() to decode to arbitrary types"
                               % (encoding, space.type(w_result).name))
    return w_result


def _guest_registry_knows(encoding):
    try:
        lookup(encoding)
    except OperationError as e:
        if e.match(space.builtin_exception("LookupError")):
            return False
        raise
    return True


def _check_text_encoding(w_info, encoding, method):
    w_flag = space.findattr(w_info, "_is_text_encoding")
    if w_flag is not None and not space.is_true(w_flag):
        raise space.error(space.builtin_exception("LookupError"),
                          "'%s' is not a text encoding; use codecs.%s() to handle arbitrary "
                          "codecs" % (encoding, "encode" if "encode" in method else "decode"))


def make_module():
    m = ModuleDef("_codecs", doc=host_codecs_module.__doc__)
    m.function(codecs_register, "register")
    m.function(codecs_unregister, "unregister")
    m.function(codecs_lookup, "lookup")
    m.function(codecs_encode, "encode", keywords=True)
    m.function(codecs_decode, "decode", keywords=True)
    m.function(codecs_register_error, "register_error")
    m.function(codecs_lookup_error, "lookup_error")
    m.function(codecs_charmap_build, "charmap_build")
    for name in dir(host_codecs_module):
        if name.endswith(("_encode", "_decode")):
            m.function(_host_codec_function(name), name)
    m.value("_forget_codec", builtin_function(_forget_codec, "_forget_codec",
                                              module="_codecs"))
    return m.w_module


def _forget_codec(encoding):
    """Purge the named codec from the internal codec lookup cache"""
    registry.cache_w.pop(normalize_name(encoding), None)

