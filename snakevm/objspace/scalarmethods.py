"""Methods of the unboxed scalar types (int, bool, float, complex, str, bytes).

Because values of these types *are* host values, their methods delegate to the
host's implementation of the same method — an explicit bridge: guest arguments
are converted to host values on the way in (``to_host``), results are converted
back to guest objects on the way out (``to_guest``: host lists/tuples/dicts
become W_List/W_Tuple/W_Dict, host NotImplemented becomes the guest one,
iterators become guest iterators), and host exceptions become guest exceptions
of the same name and message.  Methods whose arguments are arbitrary guest
objects (str.join, str.format, % formatting, the constructors) are written out
by hand below.

Instances of user subclasses (``class P(int)``) are boxed W_ScalarSubclass
objects holding the host value; ``to_host`` unwraps them.
"""

from snakevm.objspace.root import W_Root, OperationError
from snakevm.objspace.typedef import method, new_method, getset, NOT_GIVEN, staticmethod_, \
    classmethod_
from snakevm.objspace.space import space
from snakevm.objspace.scalartypes import (w_int_type, w_bool_type, w_float_type, w_complex_type,
                                          w_str_type, w_bytes_type)


class W_ScalarSubclass(W_Root):
    """An instance of a user subclass of int/float/complex/str/bytes."""
    scalar_layout = True          # see typecall.solid_layout

    def __init__(self, w_type, value):
        self.w_type = w_type
        self.value = value
        self.w_dict = space.newdict() if w_type.has_dict else None


for _w in (w_int_type, w_float_type, w_complex_type, w_str_type, w_bytes_type):
    _w.instance_class = W_ScalarSubclass

HOST_TYPES = ((w_int_type, int), (w_bool_type, bool), (w_float_type, float),
              (w_complex_type, complex), (w_str_type, str), (w_bytes_type, bytes))

_SKIP = {"__getattribute__", "__setattr__", "__delattr__", "__init__", "__new__",
         "__init_subclass__", "__subclasshook__", "__class__", "__doc__", "__reduce__",
         "__reduce_ex__", "__dir__", "__getstate__", "__class_getitem__", "join", "format",
         "format_map", "maketrans", "fromhex", "from_bytes",
         "__iter__", "__contains__", "__getitem__", "__eq__", "__ne__", "__lt__", "__le__",
         "__gt__", "__ge__", "__format__", "__getformat__", "__setformat__"}
_GETSETS = {"real", "imag", "numerator", "denominator"}


# The bridge between host values and guest values lives in bridge.py.
from snakevm.objspace.bridge import to_host, to_host_arg, to_guest, host_exception, host_buffer  # noqa: E402,F401,E501
from snakevm.objspace.bridge import Opaque as _Opaque  # noqa: E402,F401


def delegate(host_type, name):
    host_method = getattr(host_type, name)

    def call_host(w_self, *args_w, **kwargs_w):
        try:
            result = host_method(to_host(w_self), *[to_host(w) for w in args_w],
                                 **{k: to_host(w) for k, w in kwargs_w.items()})
        except OperationError:
            raise
        except Exception as e:
            raise host_exception(e)
        return to_guest(result)
    call_host.__name__ = name
    return call_host


def _install_delegates():
    for w_type, host_type in HOST_TYPES:
        for name, value in vars(host_type).items():
            if name in _SKIP or (name.startswith("_") and not name.startswith("__")):
                continue
            if host_type in (str, bytes) and name in ("__mod__", "__rmod__"):
                continue
            if name in _GETSETS:
                getset(w_type, name)(
                    lambda w_self, _n=name: to_guest(getattr(to_host(w_self), _n)))
                continue
            if not callable(value):
                continue
            if isinstance(value, classmethod) or type(value).__name__ == "classmethod_descriptor":
                continue
            method(w_type, name, keywords=True)(delegate(host_type, name))


_install_delegates()


# -- comparisons: accept the guest NotImplemented protocol ----------------------------------
def _install_compares():
    for w_type, host_type in HOST_TYPES:
        for name in ("__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"):
            if name in vars(host_type):
                method(w_type, name)(delegate(host_type, name))


_install_compares()


# -- sequences of str/bytes ------------------------------------------------------------------
def _unwrap_str(w, type_name="str"):
    if isinstance(w, str):
        return w
    if isinstance(w, W_ScalarSubclass) and isinstance(w.value, str):
        return w.value
    return None


@method(w_str_type, "__iter__")
def str_iter(w_self):
    s = to_host(w_self)
    return iterobject.new_value_iter("str_ascii_iterator" if s.isascii() else "str_iterator", s)


@method(w_bytes_type, "__iter__")
def bytes_iter(w_self):
    return iterobject.new_value_iter("bytes_iterator", to_host(w_self))


@method(w_str_type, "__contains__")
def str_contains(w_self, w_item):
    item = _unwrap_str(w_item)
    if item is None:
        raise space.type_error("'in <string>' requires string as left operand, not %s"
                               % space.type(w_item).name)
    return item in to_host(w_self)


@method(w_bytes_type, "__contains__")
def bytes_contains(w_self, w_item):
    try:
        return to_host(w_item) in to_host(w_self)
    except Exception as e:
        raise host_exception(e)


_SSIZE_LIMIT = 1 << 63            # Py_ssize_t: indices beyond it cannot even be tried


def _getitem(type_error, index_error):
    def getitem(w_self, w_index):
        value = to_host(w_self)
        if isinstance(w_index, sliceobject.W_Slice):
            hs = w_index.host_slice()
            return value[hs]
        if type(w_index) is not int:
            if space.type(w_index).lookup("__index__") is None:
                raise space.type_error(type_error % space.type(w_index).name)
            w_index = space.index(w_index)
        if not -_SSIZE_LIMIT <= w_index < _SSIZE_LIMIT:
            raise space.error(space.builtin_exception("IndexError"),
                              "cannot fit 'int' into an index-sized integer")
        if w_index < 0:
            w_index += len(value)
        if not 0 <= w_index < len(value):
            raise space.error(space.builtin_exception("IndexError"), index_error)
        return value[w_index]
    return getitem


method(w_str_type, "__getitem__")(_getitem("string indices must be integers, not '%s'",
                                           "string index out of range"))
method(w_bytes_type, "__getitem__")(_getitem("byte indices must be integers or slices, not %s",
                                             "index out of range"))


@method(w_str_type, "join")
def str_join(w_self, w_iterable):
    items = _join_items(w_iterable)
    try:
        return to_host(w_self).join(items)      # exact strs only: the host's join
    except TypeError:
        pass                                    # (str subclass instances, or an error)
    parts = []
    for i, w_item in enumerate(items):
        item = _unwrap_str(w_item)
        if item is None:
            raise space.type_error("sequence item %d: expected str instance, %s found"
                                   % (i, space.type(w_item).name))
        parts.append(item)
    return to_host(w_self).join(parts)


def _join_items(w_iterable):
    """The items to join (CPython's PySequence_Fast: a TypeError while getting the
    iterator becomes "can only join an iterable")."""
    if space.is_exact_sequence(w_iterable):
        return list(w_iterable.items_w)         # (PySequence_Fast's own case)
    try:
        w_iter = space.iter(w_iterable)
    except OperationError as e:
        if not e.match(space.builtin_exception("TypeError")):
            raise
        raise space.type_error("can only join an iterable") from None
    return space.unpack_iterable(w_iter)


@method(w_bytes_type, "join")
def bytes_join(w_self, w_iterable):
    parts = []
    for i, w_item in enumerate(space.unpack_iterable(w_iterable)):
        item = to_host(w_item)
        if not isinstance(item, (bytes, bytearray, memoryview)):
            raise space.type_error("sequence item %d: expected a bytes-like object, %s found"
                                   % (i, space.type(w_item).name))
        parts.append(item)
    return to_host(w_self).join(parts)


@staticmethod_(w_str_type, "maketrans")
def str_maketrans(*args_w):
    try:
        return to_guest(str.maketrans(*[_dict_to_host(w) for w in args_w]))
    except Exception as e:
        raise host_exception(e)


def _dict_to_host(w):
    from snakevm.objspace.dictobject import W_Dict
    if isinstance(w, W_Dict):
        return {to_host(k): to_host(v) for k, v in w.storage.items()}
    return to_host(w)


@method(w_str_type, "translate")
def str_translate(w_self, w_table):
    out = []
    for ch in to_host(w_self):
        try:
            w_new = space.getitem(w_table, ord(ch))
        except OperationError as e:
            if e.match(space.builtin_exception("LookupError")):
                out.append(ch)
                continue
            raise
        if w_new is None:
            continue
        if isinstance(w_new, int):
            if not 0 <= w_new < 0x110000:
                raise space.value_error("character mapping must be in range(0x110000)")
            out.append(chr(w_new))
        elif isinstance(w_new, str):
            out.append(w_new)
        else:
            raise space.type_error("character mapping must return integer, None or str")
    return "".join(out)


@classmethod_(w_bytes_type, "fromhex")
def bytes_fromhex(w_cls, string):
    try:
        return bytes.fromhex(to_host(string))
    except Exception as e:
        raise host_exception(e)


@classmethod_(w_int_type, "from_bytes", keywords=True)
def int_from_bytes(w_cls, w_bytes, byteorder="big", *, signed=False):
    try:
        value = int.from_bytes(bytes(space.unpack_iterable(w_bytes)) if isinstance(w_bytes, W_Root)
                               else w_bytes, byteorder, signed=bool(signed))
    except Exception as e:
        raise host_exception(e)
    return value if w_cls is w_int_type else space.call(w_cls, [value])


@classmethod_(w_float_type, "fromhex")
def float_fromhex(w_cls, string):
    try:
        return float.fromhex(to_host(string))
    except Exception as e:
        raise host_exception(e)


# -- formatting: format(), str.format, % -----------------------------------------------------
def space_format(w_value, spec):
    """format(w_value, spec) → host str, through the guest __format__."""
    w_result = guest_format(w_value, spec)
    return w_result if isinstance(w_result, str) else w_result.value


def guest_format(w_value, spec):
    """format(w_value, spec) as the guest sees it: a str, or an instance of a str
    subclass when __format__ returned one (CPython accepts them)."""
    if type(w_value) in (int, float, complex, str, bool):
        try:
            return format(w_value, spec)
        except Exception as e:
            raise host_exception(e)
    w_impl = space.type(w_value).lookup("__format__")
    w_result = space.call(space.get(w_impl, w_value), [spec])
    if not isinstance(w_result, str) and not is_str_subclass_instance(w_result):
        raise space.type_error("__format__ must return a str, not %s" % space.type(w_result).name)
    return w_result


def is_str_subclass_instance(w_obj):
    """Is ``w_obj`` an instance of a user subclass of str?"""
    return isinstance(w_obj, W_ScalarSubclass) and isinstance(w_obj.value, str)


space.format = space_format


def _scalar_format(w_self, spec, host_type):
    if not isinstance(spec, str):
        raise space.type_error("__format__() argument must be str, not %s"
                               % space.type(spec).name)
    if spec == "" and type(w_self) is not host_type and type(w_self) is not bool:
        return space.str(w_self)    # a subclass with an empty spec: str(self), as CPython
    return space_format(host_type(to_host(w_self)) if type(w_self) is not bool else w_self, spec)


for _w_type, _host in HOST_TYPES[:5]:
    method(_w_type, "__format__")(
        lambda w_self, spec, _h=_host: _scalar_format(w_self, spec, _h))


@method(w_str_type, "format", keywords=True)
def str_format(w_self, *args_w, **kwargs_w):
    return _format_string(to_host(w_self), args_w, kwargs_w)


# CPython hands a bound ``text.format`` the ``**`` dict as it is (METH_VARARGS |
# METH_KEYWORDS), so a key that is not a str is no error there: no field name can match
# it (eval.str_keywords).
str_format.ignores_non_str_keywords = True


@method(w_str_type, "format_map")
def str_format_map(w_self, w_mapping):
    return _format_string(to_host(w_self), None, _MappingView(w_mapping))


class _MappingView:
    def __init__(self, w_mapping):
        self.w_mapping = w_mapping

    def __getitem__(self, key):
        return space.getitem(self.w_mapping, key)


class _FieldNumbering:
    """Automatic field numbering shared by a format string and the replacement
    fields nested in its format specs ('{:{}}'), as in CPython."""

    def __init__(self):
        self.next = 0            # None once a field was numbered manually

    def automatic(self):
        if self.next is None:
            raise space.value_error("cannot switch from manual field specification to "
                                    "automatic field numbering")
        self.next += 1
        return self.next - 1

    def manual(self):
        if self.next:
            raise space.value_error("cannot switch from automatic field numbering to "
                                    "manual field specification")
        self.next = None


def _format_string(template, args_w, kwargs_w, depth=2, numbering=None):
    """str.format (``args_w`` None: format_map, which has no positional fields).  A
    template that is one replacement field and nothing else gives that field's
    formatted value itself -- an instance of a str subclass stays one, as in CPython."""
    import _string
    if depth <= 0:
        raise space.value_error("Max string recursion exceeded")
    out = []
    numbering = numbering or _FieldNumbering()
    try:
        parsed = list(_string.formatter_parser(template))
    except ValueError as e:
        raise space.value_error(str(e))
    for literal, field, spec, conversion in parsed:
        out.append(literal)
        if field is None:
            continue
        first, rest = _string.formatter_field_name_split(field)
        if first == "":
            first = numbering.automatic()
        elif isinstance(first, int):
            numbering.manual()
        if isinstance(first, int):
            if args_w is None:
                raise space.value_error("Format string contains positional fields")
            if first >= len(args_w):
                raise space.error(space.builtin_exception("IndexError"),
                                  "Replacement index %d out of range for positional args tuple"
                                  % first)
            w_value = args_w[first]
        else:
            try:
                w_value = kwargs_w[first]
            except KeyError:
                raise OperationError(space.call(space.builtin_exception("KeyError"), [first]))
        for is_attr, key in rest:
            w_value = space.getattr(w_value, key) if is_attr else space.getitem(w_value, key)
        if conversion not in (None, "r", "s", "a"):
            raise space.value_error("Unknown conversion specifier %s" % conversion)
        if conversion == "r":
            w_value = space.repr(w_value)
        elif conversion == "s":
            w_value = space.str(w_value)
        elif conversion == "a":
            from snakevm.module.builtins import _ascii
            w_value = _ascii(space.repr(w_value))
        if spec and "{" in spec:
            spec = space.str(_format_string(spec, args_w, kwargs_w, depth - 1, numbering))
        w_piece = guest_format(w_value, spec or "")
        out.append(w_piece if type(w_piece) is str else w_piece.value)
    if len(parsed) == 1 and parsed[0][0] == "" and parsed[0][1] is not None:
        return w_piece
    return "".join(out)


@method(w_str_type, "__mod__")
def str_mod(w_self, w_args):
    return _percent_format(to_host(w_self), w_args)


@method(w_str_type, "__rmod__")
def str_rmod(w_self, w_other):
    return space.w_NotImplemented


class _PercentOperand:
    """Host stand-in that formats a guest value like CPython's % would.  Its host
    class is named after the guest type, and a guest TypeError from __index__ or
    __int__ is a host one: the host's % then words its "%d format: a real number is
    required, not T" as CPython does."""

    def __init__(self, w):
        self.w = w

    def __str__(self):
        return space.str(self.w)

    def __repr__(self):
        return space.repr(self.w)

    def __index__(self):
        return _as_host_type_error(space.index, self.w)

    def __int__(self):
        return _as_host_type_error(space.index, self.w)

    def __float__(self):
        return float(to_host(space.call(w_float_type, [self.w])))


def _as_host_type_error(function, w_value):
    try:
        return function(w_value)
    except OperationError as e:
        if e.match(space.builtin_exception("TypeError")):
            raise TypeError(space.str(e.w_value)) from None
        raise


_PERCENT_CLASSES = {}


def _percent_operand(w_value):
    name = space.type(w_value).name
    cls = _PERCENT_CLASSES.get(name)
    if cls is None:
        cls = _PERCENT_CLASSES[name] = type(name, (_PercentOperand,), {"__slots__": ()})
    return cls(w_value)


def _percent_format(template, w_args):
    """printf-style formatting with guest %s/%r/%d semantics."""
    if isinstance(w_args, tupleobject.W_Tuple):
        args = list(w_args.items_w)
    else:
        args = [w_args]
    if template == "%s" and len(args) == 1:
        return space.str_object(args[0])    # the one piece: a str subclass stays one
    mapping = w_args if isinstance(w_args, dictobject.W_Dict) or (
        not isinstance(w_args, (tupleobject.W_Tuple, str)) and isinstance(w_args, W_Root)
        and space.type(w_args).lookup("__getitem__") is not None) else None

    def host(w):
        if type(w) in (int, float, str, bool, complex, bytes) or w is None:
            return w
        if isinstance(w, W_ScalarSubclass):
            return w.value
        return _percent_operand(w)

    try:
        if mapping is not None:     # (also "text" % {}: a mapping argument is never "extra")
            class MappingProxy(_PercentOperand):
                def __getitem__(self, key):
                    return host(space.getitem(mapping, key))
            return template % MappingProxy(mapping)
        return template % tuple(host(w) for w in args)
    except OperationError:
        raise
    except Exception as e:
        raise host_exception(e)


# -- constructors ------------------------------------------------------------------------
def _box(w_cls, w_base, value):
    if w_cls is w_base:
        return value
    return W_ScalarSubclass(w_cls, value)


@new_method(w_int_type)
def int_new(w_cls, w_x=NOT_GIVEN, /, base=NOT_GIVEN):
    if w_x is NOT_GIVEN:
        if base is not NOT_GIVEN:
            raise space.type_error("int() missing string argument")
        return _box(w_cls, w_int_type, 0)
    if base is not NOT_GIVEN:
        x = to_host(w_x)
        if not isinstance(x, (str, bytes, bytearray)):
            raise space.type_error("int() can't convert non-string with explicit base")
        base = space.index(base)
        try:
            return _box(w_cls, w_int_type, int(x, base))
        except Exception as e:
            raise host_exception(e)
    x = to_host(w_x)
    if isinstance(x, (int, float, str, bytes)):
        try:
            return _box(w_cls, w_int_type, int(x))
        except Exception as e:
            raise host_exception(e)
    for name in ("__int__", "__index__", "__trunc__"):
        w_impl = space.type(w_x).lookup(name)
        if w_impl is not None:
            w_result = space.call(space.get(w_impl, w_x), [])
            if not isinstance(to_host(w_result), int):
                raise space.type_error("%s returned non-int (type %s)"
                                       % (name, space.type(w_result).name))
            return _box(w_cls, w_int_type, int(to_host(w_result)))
    raise space.type_error("int() argument must be a string, a bytes-like object or a real "
                           "number, not '%s'" % space.type(w_x).name)


@new_method(w_bool_type, keywords=False)
def bool_new(w_cls, w_x=False, /):
    return space.is_true(w_x)


@new_method(w_float_type, keywords=False)
def float_new(w_cls, w_x=0.0, /):
    x = to_host(w_x)
    if isinstance(x, (int, float, str, bytes)):
        try:
            return _box(w_cls, w_float_type, float(x))
        except Exception as e:
            raise host_exception(e)
    for name in ("__float__", "__index__"):
        w_impl = space.type(w_x).lookup(name)
        if w_impl is not None:
            w_result = space.call(space.get(w_impl, w_x), [])
            return _box(w_cls, w_float_type, float(to_host(w_result)))
    raise space.type_error("float() argument must be a string or a real number, not '%s'"
                           % space.type(w_x).name)


@new_method(w_complex_type)
def complex_new(w_cls, w_real=0, w_imag=NOT_GIVEN):
    try:
        args = [to_host(w_real)] + ([] if w_imag is NOT_GIVEN else [to_host(w_imag)])
        return _box(w_cls, w_complex_type, complex(*args))
    except Exception as e:
        raise host_exception(e)


@new_method(w_str_type)
def str_new(w_cls, w_object=NOT_GIVEN, encoding=NOT_GIVEN, errors=NOT_GIVEN):
    if w_object is NOT_GIVEN:                   # str(), str(errors='strict'): ''
        text_codec_arguments("str", encoding, errors)
        return _box(w_cls, w_str_type, "")
    if encoding is NOT_GIVEN and errors is NOT_GIVEN:
        w_text = space.str_object(w_object)
        if w_cls is w_str_type:
            return w_text               # what __str__ returned, a str subclass included
        return _box(w_cls, w_str_type, w_text if type(w_text) is str else w_text.value)
    try:
        source = to_host_arg(w_object)
        if isinstance(source, (bytes, bytearray, memoryview)) and isinstance(
                to_host(encoding), (str, type(NOT_GIVEN))) and isinstance(
                to_host(errors), (str, type(NOT_GIVEN))):
            return _box(w_cls, w_str_type, decode_text(
                source, "utf-8" if encoding is NOT_GIVEN else to_host(encoding),
                None if errors is NOT_GIVEN else to_host(errors)))
        kwargs = {}
        if encoding is not NOT_GIVEN:
            kwargs["encoding"] = encoding
        if errors is not NOT_GIVEN:
            kwargs["errors"] = errors
        return _box(w_cls, w_str_type, str(to_host(w_object), **kwargs))
    except Exception as e:
        raise host_exception(e)


def check_codec_arguments(w_source, encoding, errors):
    """bytes() and bytearray() take an encoding or errors only with a str source."""
    if w_source is not NOT_GIVEN and isinstance(to_host(w_source), str):
        return
    if encoding is not NOT_GIVEN:
        raise space.type_error("encoding without a string argument")
    if errors is not NOT_GIVEN:
        raise space.type_error("errors without a string argument")


@new_method(w_bytes_type)
def bytes_new(w_cls, w_source=NOT_GIVEN, encoding=NOT_GIVEN, errors=NOT_GIVEN):
    check_codec_arguments(w_source, encoding, errors)
    if w_source is NOT_GIVEN:
        w_source = b""
    source = to_host(w_source)
    try:
        if isinstance(source, str):
            if encoding is NOT_GIVEN:
                raise space.type_error("string argument without an encoding")
            return _box(w_cls, w_bytes_type, encode_text(
                source, *text_codec_arguments("bytes", encoding, errors)))
        if isinstance(source, (int, bytes)):
            return _box(w_cls, w_bytes_type, bytes(source))
    except OperationError:
        raise
    except Exception as e:
        raise host_exception(e)
    w_impl = space.type(w_source).lookup("__bytes__")
    if w_impl is not None:
        return _box(w_cls, w_bytes_type, space.call(space.get(w_impl, w_source), []))
    buffer = host_buffer(w_source)                  # bytearray, memoryview, array, ...
    if buffer is not None:
        return _box(w_cls, w_bytes_type, bytes(buffer))
    if space.type(w_source).lookup("__index__") is not None:
        count = space.index(w_source)
        if count < 0:
            raise space.value_error("negative count")
        return _box(w_cls, w_bytes_type, bytes(count))
    if space.type(w_source).lookup("__iter__") is None and \
            space.type(w_source).lookup("__getitem__") is None:
        raise space.type_error("cannot convert '%s' object to bytes" % space.type(w_source).name)
    items = [space.index(w) for w in space.unpack_iterable(w_source)]
    try:
        return _box(w_cls, w_bytes_type, bytes(items))
    except Exception as e:
        raise host_exception(e)


# str + int: CPython's message comes from the sequence-concat fallback
def _concat_error(w_a, w_b, symbol):
    if symbol in ("+", "+="):
        return 'can only concatenate %s (not "%s") to %s' % (
            space.type(w_a).name, space.type(w_b).name, space.type(w_a).name)
    if symbol in ("*", "*="):
        return "can't multiply sequence by non-int of type '%s'" % space.type(w_b).name
    return None


w_str_type.binary_op_error_hook = _concat_error
w_bytes_type.binary_op_error_hook = lambda a, b, s: (
    "can't concat %s to bytes" % space.type(b).name if s in ("+", "+=") else
    _concat_error(a, b, s))


# -- bytes % args (PEP 461), maketrans, float.__getformat__ ----------------------------------------
def _format_args_to_host(w_args):
    from snakevm.objspace.dictobject import W_Dict
    if isinstance(w_args, W_Dict):
        return {to_host(w_key): to_host(w_value) for w_key, w_value in w_args.storage.items()}
    return to_host(w_args)


@method(w_bytes_type, "__mod__")
def bytes_mod(w_self, w_args):
    try:
        return to_guest(to_host(w_self) % _format_args_to_host(w_args))
    except OperationError:
        raise
    except Exception as e:
        raise host_exception(e)


@method(w_bytes_type, "__rmod__")
def bytes_rmod(w_self, w_other):
    return space.w_NotImplemented


def _maketrans(w_from, w_to):
    try:
        return bytes.maketrans(to_host(w_from), to_host(w_to))
    except Exception as e:
        raise host_exception(e)


staticmethod_(w_bytes_type, "maketrans")(_maketrans)


@classmethod_(w_float_type, "__getformat__")
def float_getformat(w_cls, typestr):
    if not isinstance(typestr, str):
        raise space.type_error("__getformat__() argument must be str, not %s"
                               % space.type(typestr).name)
    if typestr not in ("double", "float"):
        raise space.value_error("__getformat__() argument 1 must be 'double' or 'float'")
    return float.__getformat__(typestr)


# -- text encodings: str.encode / bytes.decode consult the guest codec registry ---------------
_BUILTIN_ERRORS = (None, "strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace",
                   "namereplace", "surrogateescape", "surrogatepass")


def _guest_codecs():
    # The codec registry is a native module, loaded when a program first needs it.
    from snakevm.module import _codecsmodule
    return _codecsmodule


def _codecs_needed(encoding, errors):
    if errors not in _BUILTIN_ERRORS or (
            errors is not None and errors in _guest_codecs().registry.error_handlers_w):
        return True
    if encoding is None:
        return False
    if "escape" in encoding:          # unicode_escape warns: the guest must see it
        return True
    import codecs as host_codecs      # host lookups are cached; the import is a dict hit
    try:
        host_codecs.lookup(encoding)
    except LookupError:
        return True
    return False


def encode_text(text, encoding=None, errors=None):
    if _codecs_needed(encoding, errors):
        return _guest_codecs().encode_text(text, encoding, errors)
    try:
        return text.encode(*([] if encoding is None else [encoding]),
                           **({} if errors is None else {"errors": errors}))
    except Exception as e:
        raise host_exception(e)


def decode_text(data, encoding=None, errors=None):
    if _codecs_needed(encoding, errors):
        return _guest_codecs().decode_text(data, encoding, errors)
    try:
        return bytes(data).decode(*([] if encoding is None else [encoding]),
                                  **({} if errors is None else {"errors": errors}))
    except Exception as e:
        raise host_exception(e)


def text_codec_arguments(function, w_encoding, w_errors):
    """Host encoding and errors (None: omitted) of str.encode/bytes.decode/...,
    checked with CPython's messages."""
    if w_encoding is NOT_GIVEN and w_errors is NOT_GIVEN:
        return None, None
    return _guest_codecs().text_codec_arguments(function, w_encoding, w_errors)


@method(w_str_type, "encode", keywords=True)
def str_encode(w_self, encoding=NOT_GIVEN, errors=NOT_GIVEN):
    """Encode the string using the codec registered for encoding."""
    return encode_text(to_host(w_self), *text_codec_arguments("encode", encoding, errors))


@method(w_bytes_type, "decode", keywords=True)
def bytes_decode(w_self, encoding=NOT_GIVEN, errors=NOT_GIVEN):
    """Decode the bytes using the codec registered for encoding."""
    return decode_text(to_host(w_self), *text_codec_arguments("decode", encoding, errors))


# (imported last: these modules import this one)
from snakevm.objspace import dictobject, iterobject, sliceobject, tupleobject  # noqa: E402
