"""_codecs: the codec registry (guest state) and the codec functions (host).

* The registry is the VM's: search functions registered by guest code (Lib's
  ``encodings`` registers the standard one; it is imported before the first
  lookup or registration, as CPython imports it at start-up), the lookup cache
  keyed by the normalized name, and the error handlers.
* The codec functions (utf_8_encode, charmap_decode, ...) are the host's C
  functions on unboxed str/bytes; bytes-like arguments pass their host buffer,
  charmap mappings that are guest objects are read through ``GuestMapping``.
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
import warnings as host_warnings

from snakevm.objspace.root import OperationError
from snakevm.objspace.space import space
from snakevm.objspace.typedef import builtin_function, NOT_GIVEN
from snakevm.objspace.tupleobject import W_Tuple, w_tuple_type
from snakevm.objspace.memoryviewobject import W_MemoryView
from snakevm.objspace.bridge import (to_host_arg, host_exception, call_host_converted,
                                     W_HostFunction)
from snakevm.module.moduledef import ModuleDef, guest_warn, import_guest
from snakevm.module.hostobjects import host_object_type
from snakevm.module.builtins import builtin_callable

# name -> the __name__ of CPython's function implementing it
BUILTIN_ERROR_HANDLERS = {
    "strict": "strict_errors", "ignore": "ignore_errors", "replace": "replace_errors",
    "xmlcharrefreplace": "xmlcharrefreplace_errors",
    "backslashreplace": "backslashreplace_errors", "namereplace": "namereplace_errors",
    "surrogateescape": "surrogateescape", "surrogatepass": "surrogatepass",
}


class CodecRegistry:
    """The codec registry of one VM."""

    def __init__(self):
        self.search_functions_w = []
        self.cache_w = {}                    # normalized name -> CodecInfo
        self.error_handlers_w = {}           # name -> handler registered by the guest
        self.host_names = {}                 # guest handler name -> private host name
        self.builtin_handlers_w = {}         # name -> guest function over the host handler
        self.encodings_imported = False


registry = CodecRegistry()


# -- arguments ---------------------------------------------------------------------------------
def _host_str(w_value):
    """The host str of guest str ``w_value`` (or of a str subclass instance), else None."""
    if type(w_value) is str:
        return w_value
    if getattr(w_value, "scalar_layout", False) and isinstance(w_value.value, str):
        return w_value.value
    return None


def c_string(value):
    """Argument Clinic's ``str`` converter on a host str: UTF-8 encodable, no NUL."""
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as e:
            raise host_exception(e)
    if "\0" in value:
        raise space.value_error("embedded null character")
    return value


def str_argument(w_value, message):
    """A str argument; ``message`` gets the type name of anything else."""
    value = _host_str(w_value)
    if value is None:
        raise space.type_error(message % ("None" if w_value is None
                                          else space.type(w_value).name))
    return c_string(value)


def text_codec_arguments(function, w_encoding, w_errors):
    """The encoding and errors of str.encode/bytes.decode/str()/bytes()/bytearray():
    host str, or None when omitted (NOT_GIVEN); CPython's messages otherwise."""
    encoding = errors = None
    if w_encoding is not NOT_GIVEN:
        encoding = str_argument(w_encoding, "%s() argument 'encoding' must be str, not %%s"
                                % function)
    if w_errors is not NOT_GIVEN:
        errors = str_argument(w_errors, "%s() argument 'errors' must be str, not %%s"
                              % function)
    return encoding, errors


# -- the registry ------------------------------------------------------------------------------
def normalize_encoding(encoding):
    """CPython's _Py_normalize_encoding: ASCII letters, digits and dots are kept (lower
    case); any run of other characters between them becomes one underscore."""
    chars = []
    punctuation = False
    for c in encoding:
        if c == "." or (c.isascii() and c.isalnum()):
            if punctuation and chars:
                chars.append("_")
            punctuation = False
            chars.append(c.lower())
        else:
            punctuation = True
    return "".join(chars)


def _ensure_encodings():
    """Import Lib's encodings package (it registers its search function) once."""
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
    if not builtin_callable(w_search_function):
        raise space.type_error("argument must be callable")
    _ensure_encodings()
    registry.search_functions_w.append(w_search_function)


def codecs_unregister(w_search_function):
    """Unregister a codec search function and clear the registry's cache.

If the search function is not registered, do nothing."""
    for index, w_func in enumerate(registry.search_functions_w):
        if w_func is w_search_function:
            del registry.search_functions_w[index]
            registry.cache_w.clear()
            return


def codecs_lookup(w_encoding):
    """Looks up a codec tuple in the Python codec registry and returns a CodecInfo object."""
    return lookup(str_argument(w_encoding, "lookup() argument must be str, not %s"))


def lookup(encoding):
    """The guest CodecInfo of host str ``encoding`` (CPython's _PyCodec_Lookup)."""
    _ensure_encodings()
    name = normalize_encoding(encoding)
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


def codecs_encode(w_obj, w_encoding="utf-8", w_errors="strict"):
    """Encodes obj using the codec registered for encoding.

The default encoding is 'utf-8'.  errors may be given to set a
different error handling scheme.  Default is 'strict' meaning that encoding
errors raise a ValueError.  Other possible values are 'ignore', 'replace'
and 'backslashreplace' as well as any other name registered with
codecs.register_error that can handle ValueErrors."""
    encoding, errors = _encode_decode_arguments("encode", w_encoding, w_errors)
    return run_codec(lookup(encoding), w_obj, encoding, errors, encoder=True)


def codecs_decode(w_obj, w_encoding="utf-8", w_errors="strict"):
    """Decodes obj using the codec registered for encoding.

Default encoding is 'utf-8'.  errors may be given to set a
different error handling scheme.  Default is 'strict' meaning that encoding
errors raise a ValueError.  Other possible values are 'ignore', 'replace'
and 'backslashreplace' as well as any other name registered with
codecs.register_error that can handle ValueErrors."""
    encoding, errors = _encode_decode_arguments("decode", w_encoding, w_errors)
    return run_codec(lookup(encoding), w_obj, encoding, errors, encoder=False)


def _encode_decode_arguments(function, w_encoding, w_errors):
    encoding = str_argument(w_encoding, "%s() argument 'encoding' must be str, not %%s"
                            % function)
    errors = str_argument(w_errors, "%s() argument 'errors' must be str, not %%s" % function)
    return encoding, errors


def run_codec(w_info, w_obj, encoding, errors, encoder):
    """Call the encoder or decoder of CodecInfo ``w_info`` (errors None: not passed);
    CPython's _PyCodec_EncodeInternal/_PyCodec_DecodeInternal."""
    w_codec = w_info.items_w[0 if encoder else 1]
    args_w = [w_obj] if errors is None else [w_obj, errors]
    try:
        w_result = space.call(w_codec, args_w)
    except OperationError as e:
        _add_note(e, "%s with '%s' codec failed" % (
            "encoding" if encoder else "decoding", encoding))
        raise
    if not isinstance(w_result, W_Tuple) or len(w_result.items_w) != 2:
        raise space.type_error("encoder must return a tuple (object, integer)" if encoder
                               else "decoder must return a tuple (object,integer)")
    return w_result.items_w[0]


def _add_note(error, note):
    try:
        space.call_method(error.w_value, "add_note", note)
    except OperationError:
        pass


# -- error handlers ----------------------------------------------------------------------------
def codecs_register_error(w_errors, w_handler):
    """Register the specified error handler under the name errors.

handler must be a callable object, that will be called with an exception
instance containing information about the location of the encoding/decoding
error and must return a (replacement, new position) tuple."""
    name = str_argument(w_errors, "register_error() argument 1 must be str, not %s")
    if not builtin_callable(w_handler):
        raise space.type_error("handler must be callable")
    registry.error_handlers_w[name] = w_handler
    if name not in BUILTIN_ERROR_HANDLERS:
        _make_host_handler(name)


def codecs_lookup_error(w_name):
    """lookup_error(errors) -> handler

Return the error handler for the specified error handling name or raise a
LookupError, if no handler exists under this name."""
    name = str_argument(w_name, "lookup_error() argument must be str, not %s")
    w_handler = registry.error_handlers_w.get(name)
    if w_handler is not None:
        return w_handler
    if name in BUILTIN_ERROR_HANDLERS:
        return builtin_error_handler(name)
    raise space.error(space.builtin_exception("LookupError"),
                      "unknown error handler name '%s'" % name)


def builtin_error_handler(name):
    """The guest function for built-in error handler ``name`` (one per VM, like
    CPython's: codecs.strict_errors is lookup_error('strict'))."""
    w_handler = registry.builtin_handlers_w.get(name)
    if w_handler is None:
        host_handler = host_codecs.lookup_error(name)
        w_handler = builtin_function(_builtin_handler(name, host_handler),
                                     BUILTIN_ERROR_HANDLERS[name], module=None,
                                     doc=host_handler.__doc__)
        registry.builtin_handlers_w[name] = w_handler
    return w_handler


def _builtin_handler(name, host_handler):
    def handler(w_exc):
        if not space.isinstance_w(w_exc, space.builtin_exception("BaseException")):
            if name == "strict":
                raise space.type_error("codec must pass exception instance")
            raise space.type_error("don't know how to handle %s in error callback"
                                   % space.type(w_exc).name)
        if name == "strict":
            raise OperationError(w_exc)
        host_exc = host_unicode_error(w_exc)
        if host_exc is None:
            raise space.type_error("don't know how to handle %s in error callback"
                                   % space.type(w_exc).name)
        return call_host_converted(host_handler, [host_exc])
    return handler


_UNICODE_ERRORS = (("UnicodeEncodeError", UnicodeEncodeError),
                   ("UnicodeDecodeError", UnicodeDecodeError),
                   ("UnicodeTranslateError", UnicodeTranslateError))


def host_unicode_error(w_exc):
    """A guest UnicodeEncodeError/DecodeError/TranslateError as a host one (None if
    it is none of them or its attributes do not make one)."""
    for name, host_class in _UNICODE_ERRORS:
        if space.isinstance_w(w_exc, space.builtin_exception(name)):
            attributes = ("object", "start", "end", "reason")
            if host_class is not UnicodeTranslateError:
                attributes = ("encoding",) + attributes
            fields = [to_host_arg(space.getattr(w_exc, attr)) for attr in attributes]
            fields = [bytes(f) if isinstance(f, (bytearray, memoryview)) else f
                      for f in fields]
            try:
                return host_class(*fields)
            except (TypeError, ValueError):
                return None
    return None


def _make_host_handler(name):
    """Make guest handler ``name`` known to the host codecs under a private name."""
    if name in registry.host_names:
        return
    host_name = "snakevm.guest-error-handler.%s" % name
    registry.host_names[name] = host_name
    host_codecs.register_error(host_name, lambda host_exc: _call_guest_handler(name, host_exc))


def _call_guest_handler(name, host_exc):
    """Run by the host codecs: the guest handler on the guest twin of ``host_exc``; its
    result checked like CPython's unicode_*_call_errorhandler (messages, order)."""
    w_handler = registry.error_handlers_w[name]
    w_exc = host_exception(host_exc).w_value
    w_result = space.call(w_handler, [w_exc])
    if isinstance(host_exc, UnicodeDecodeError):
        # CPython's decoders go on with the exception's object, which the handler may replace
        data = to_host_arg(space.getattr(w_exc, "object"))
        if data is not host_exc.object:
            host_exc.object = data
    encoding = isinstance(host_exc, UnicodeEncodeError)
    if encoding:
        message = "encoding error handler must return (str/bytes, int) tuple"
    elif isinstance(host_exc, UnicodeDecodeError):
        message = "decoding error handler must return (str, int) tuple"
    else:
        message = "translating error handler must return (str, int) tuple"
    if not isinstance(w_result, W_Tuple) or len(w_result.items_w) != 2:
        raise space.type_error(message)
    w_replacement, w_position = w_result.items_w
    if encoding:                         # "On": the position is converted first
        position = space.index(w_position)
        replacement = _host_str(w_replacement)
        if replacement is None:
            replacement = w_replacement if type(w_replacement) is bytes else None
            if replacement is None and getattr(w_replacement, "scalar_layout", False) \
                    and isinstance(w_replacement.value, bytes):
                replacement = w_replacement.value
        if replacement is None:
            raise space.type_error(message)
    else:                                # "Un": the replacement is checked first
        replacement = _host_str(w_replacement)
        if replacement is None:
            raise space.type_error(message)
        position = space.index(w_position)
    return replacement, position


def host_errors(errors):
    """The name the host knows error handler ``errors`` by (built-in names stay theirs:
    the host codecs handle them inline, as CPython's do)."""
    if errors is None:
        return None
    return registry.host_names.get(errors, errors)


# -- codec functions ---------------------------------------------------------------------------
class W_CodecFunction(W_HostFunction):
    """A codec function of _codecs: the host's, with the errors argument mapped to the
    host's name for it and a charmap mapping argument made readable by the host."""

    def call(self, args_w, kwargs_w=None):
        args = [to_host_arg(w) for w in args_w]
        if len(args) > 1 and isinstance(args[1], str):
            args[1] = host_errors(args[1])
        if self.name in ("charmap_encode", "charmap_decode") and len(args) > 2:
            args[2] = _host_mapping(args_w[2], args[2])
        kwargs = {k: to_host_arg(w) for k, w in kwargs_w.items()} if kwargs_w else None
        if self.name in _WARNING_FUNCTIONS:
            return call_relaying_warnings(self.func, args, kwargs)
        return call_host_converted(self.func, args, kwargs, self.result)


_WARNING_FUNCTIONS = ("escape_decode", "unicode_escape_decode")   # invalid escape sequences


def call_relaying_warnings(func, args, kwargs=None):
    """Call a host codec function that may warn (DeprecationWarning for invalid escape
    sequences): the host's warnings are caught and issued again in the guest."""
    with host_warnings.catch_warnings(record=True) as caught:
        host_warnings.simplefilter("always")
        result = call_host_converted(func, args, kwargs)
    for warning in caught:
        guest_warn(str(warning.message), warning.category.__name__)
    return result


class GuestMapping:
    """A guest charmap mapping read by the host codecs (PyObject_GetItem): a guest
    LookupError means "undefined", like in CPython."""
    __slots__ = ("w_mapping",)

    def __init__(self, w_mapping):
        self.w_mapping = w_mapping

    def __getitem__(self, key):
        try:
            w_value = space.getitem(self.w_mapping, key)
        except OperationError as e:
            if e.match(space.builtin_exception("LookupError")):
                raise LookupError(key) from None
            raise
        return to_host_arg(w_value)


def _host_mapping(w_mapping, mapping):
    if mapping is None or type(mapping) is str or isinstance(mapping, _EncodingMap):
        return mapping
    return GuestMapping(w_mapping)


_EncodingMap = type(host_codecs_module.charmap_build("".join(map(chr, range(256)))))
w_encoding_map_type = host_object_type("EncodingMap", "builtins", _EncodingMap, ("size",))


def _codec_function_names():
    return [name for name in dir(host_codecs_module)
            if name.endswith(("_encode", "_decode")) and not name.startswith("_")]


# -- str.encode / bytes.decode of the guest ---------------------------------------------------
def _host_knows(encoding):
    try:
        info = host_codecs.lookup(encoding)
    except LookupError:
        return False
    return getattr(info, "_is_text_encoding", True)


def encode_text(text, encoding, errors):
    """str.encode for the guest (encoding/errors: host str, or None if omitted): the host
    codec when the host knows the encoding, else the guest registry (CPython's
    PyUnicode_AsEncodedString -> _PyCodec_EncodeText)."""
    if encoding is not None:
        c_string(encoding)
    if errors is not None:
        c_string(errors)
    if encoding is None or _host_knows(encoding):
        return call_host_converted(str.encode, [text, encoding or "utf-8",
                                                host_errors(errors) or "strict"])
    w_info = lookup_text_encoding(encoding, "codecs.encode()")
    w_result = run_codec(w_info, text, encoding, errors, encoder=True)
    if type(w_result) is bytes:
        return w_result
    data = getattr(w_result, "data", None)
    if space.type(w_result).name == "bytearray" and isinstance(data, bytearray):
        guest_warn("encoder %s returned bytearray instead of bytes; use codecs.encode() to "
              "encode to arbitrary types" % encoding, "RuntimeWarning")
        return bytes(data)
    raise space.type_error("'%s' encoder returned '%s' instead of 'bytes'; use "
                           "codecs.encode() to encode to arbitrary types"
                           % (encoding, space.type(w_result).name))


def decode_text(data, encoding, errors):
    """bytes.decode for the guest (see encode_text); a guest decoder gets a read-only
    memoryview of the data, as in CPython's PyUnicode_Decode."""
    if encoding is not None:
        c_string(encoding)
    if errors is not None:
        c_string(errors)
    if encoding is None or _host_knows(encoding):
        call = call_relaying_warnings if "escape" in (encoding or "") else call_host_converted
        return call(bytes.decode, [bytes(data), encoding or "utf-8",
                                   host_errors(errors) or "strict"])
    w_info = lookup_text_encoding(encoding, "codecs.decode()")
    w_view = W_MemoryView(None, memoryview(bytes(data)))
    w_result = run_codec(w_info, w_view, encoding, errors, encoder=False)
    if type(w_result) is str:
        return w_result
    raise space.type_error("'%s' decoder returned '%s' instead of 'str'; use "
                           "codecs.decode() to decode to arbitrary types"
                           % (encoding, space.type(w_result).name))


def lookup_text_encoding(encoding, alternative):
    """CPython's _PyCodec_LookupTextEncoding."""
    w_info = lookup(encoding)
    if space.type(w_info) is not w_tuple_type:
        w_flag = space.findattr(w_info, "_is_text_encoding")
        if w_flag is not None and not space.is_true(w_flag):
            raise space.error(space.builtin_exception("LookupError"),
                              "'%s' is not a text encoding; use %s to handle arbitrary "
                              "codecs" % (encoding, alternative))
    return w_info


# -- the module --------------------------------------------------------------------------------
def make_module():
    m = ModuleDef("_codecs", doc=host_codecs_module.__doc__)
    for func, name in ((codecs_register, "register"), (codecs_unregister, "unregister"),
                       (codecs_lookup, "lookup"), (codecs_register_error, "register_error"),
                       (codecs_lookup_error, "lookup_error")):
        w_func = m.function(func, name, doc=getattr(host_codecs_module, name).__doc__)
        _clinic_positional(w_func, name)
    for func, name in ((codecs_encode, "encode"), (codecs_decode, "decode")):
        w_func = m.function(func, name, keywords=True,
                            doc=getattr(host_codecs_module, name).__doc__)
        w_func.text_signature = getattr(host_codecs_module, name).__text_signature__
    host_build = host_codecs_module.charmap_build
    m.value("charmap_build", W_HostFunction(host_build, "charmap_build", "_codecs"))
    for name in _codec_function_names():
        m.value(name, W_CodecFunction(getattr(host_codecs_module, name), name, "_codecs"))
    return m.w_module


def _clinic_positional(w_func, name):
    """Messages of Argument Clinic's positional-only functions: '_codecs.lookup() takes
    exactly one argument', 'register_error expected 2 arguments'."""
    w_func.signature.name = "_codecs." + name
    w_func.text_signature = getattr(host_codecs_module, name).__text_signature__
