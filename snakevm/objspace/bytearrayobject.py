"""bytearray: a mutable byte sequence.  The bytes live in a host bytearray held
by the W_ByteArray (never handed to the guest); methods delegate to the host's
bytearray methods through the scalar bridge, wrapping bytearray results."""

from snakevm.objspace.root import W_Root, OperationError
from snakevm.objspace.typedef import (builtin_type, method, new_method, classmethod_, NOT_GIVEN,
                                      as_instance_of)
from snakevm.objspace.space import space
from snakevm.objspace import scalarmethods as bridge


class W_ByteArray(W_Root):
    def __init__(self, data=b""):
        self.data = bytearray(data)

    def host_buffer(self):
        """The host bytearray holding the bytes (shared with views and native code)."""
        return self.data


w_bytearray_type = builtin_type("bytearray", instance_class=W_ByteArray)
w_bytearray_type.dict_w["__hash__"] = None


def to_host(w):
    if isinstance(w, W_ByteArray):
        return w.data
    if isinstance(w, tupleobject.W_Tuple):
        return tuple(to_host(x) for x in w.items_w)
    return bridge.to_host(w)


def to_guest(value):
    if isinstance(value, bytearray):
        return W_ByteArray(value)
    if isinstance(value, list):
        return space.newlist([to_guest(v) for v in value])
    if isinstance(value, tuple):
        return space.newtuple([to_guest(v) for v in value])
    return bridge.to_guest(value)


def _delegate(name):
    host_method = getattr(bytearray, name)

    def call(w_self, *args_w, **kwargs_w):
        try:
            result = host_method(w_self.data, *[to_host(w) for w in args_w],
                                 **{k: to_host(w) for k, w in kwargs_w.items()})
        except OperationError:
            raise
        except Exception as e:
            raise bridge.host_exception(e)
        if result is w_self.data:
            return w_self
        return to_guest(result)
    return call


_SKIP = {"__getattribute__", "__setattr__", "__delattr__", "__init__", "__new__", "__class__",
         "__doc__", "__reduce__", "__reduce_ex__", "__dir__", "__init_subclass__",
         "__subclasshook__", "__getstate__", "__iter__", "__alloc__", "__buffer__",
         "__release_buffer__", "fromhex", "maketrans", "__hash__", "extend"}

for _name, _value in vars(bytearray).items():
    if _name in _SKIP or not callable(_value):
        continue
    method(w_bytearray_type, _name, keywords=True)(_delegate(_name))


@new_method(w_bytearray_type)
def bytearray_new(w_cls, *args_w, **kwargs_w):
    return as_instance_of(W_ByteArray(), w_cls)


@method(w_bytearray_type, "__init__", keywords=True)
def bytearray_init(w_self, w_source=NOT_GIVEN, encoding=NOT_GIVEN, errors=NOT_GIVEN):
    """Empty the bytearray first (BufferError while a view exports it, like CPython),
    then fill the same host bytearray: live memoryviews keep seeing it."""
    bridge.check_codec_arguments(w_source, encoding, errors)
    _resize_in_place(w_self, b"")
    if w_source is NOT_GIVEN:
        return
    _resize_in_place(w_self, _initial_contents(w_source, encoding, errors))


def _resize_in_place(w_self, contents):
    try:
        w_self.data[:] = contents
    except BufferError as e:
        raise bridge.host_exception(e)


def _initial_contents(w_source, encoding, errors):
    """The bytes ``bytearray(source, encoding, errors)`` starts with."""
    source = to_host(w_source)
    try:
        if isinstance(source, str):
            if encoding is NOT_GIVEN:
                raise space.type_error("string argument without an encoding")
            return bridge.encode_text(
                source, *bridge.text_codec_arguments("bytearray", encoding, errors))
        if isinstance(source, (int, bytes, bytearray)):
            return bytearray(source)
    except OperationError:
        raise
    except Exception as e:
        raise bridge.host_exception(e)
    buffer = bridge.host_buffer(w_source)
    if buffer is not None:
        return bytearray(buffer)
    if space.type(w_source).lookup("__index__") is not None:
        count = space.index(w_source)
        if count < 0:
            raise space.value_error("negative count")
        return bytearray(count)
    items = [space.index(w) for w in space.unpack_iterable(w_source)]
    try:
        return bytearray(items)
    except Exception as e:
        raise bridge.host_exception(e)


@method(w_bytearray_type, "__reduce_ex__")
def bytearray_reduce_ex(w_self, protocol=0):
    """CPython's bytearray_reduce_ex: the bytes as latin-1 text below protocol 3 (to
    stay loadable by Python 2), as bytes from 3 on; the instance dict as the state."""
    w_state = w_self.w_dict if w_self.w_dict is not None and w_self.w_dict.storage else None
    if space.index(protocol) < 3:
        w_args = space.newtuple([w_self.data.decode("latin-1"), "latin-1"])
    else:
        w_args = space.newtuple([bytes(w_self.data)])
    return space.newtuple([space.type(w_self), w_args, w_state])


@method(w_bytearray_type, "__reduce__")
def bytearray_reduce(w_self):
    return bytearray_reduce_ex(w_self, 0)


@method(w_bytearray_type, "__iter__")
def bytearray_iter(w_self):
    return iterobject.new_value_iter("bytearray_iterator", w_self.data, w_self)


@method(w_bytearray_type, "extend")
def bytearray_extend(w_self, w_iterable):
    value = to_host(w_iterable)
    if isinstance(value, (bytes, bytearray)):
        w_self.data.extend(value)
        return
    if space.type(w_iterable).lookup("__iter__") is None and \
            space.type(w_iterable).lookup("__getitem__") is None:
        raise space.type_error("can't extend bytearray with %s" % space.type(w_iterable).name)
    items = [space.index(w) for w in space.unpack_iterable(w_iterable)]
    try:
        w_self.data.extend(bytes(items))
    except ValueError:
        raise space.value_error("byte must be in range(0, 256)")


@classmethod_(w_bytearray_type, "fromhex")
def bytearray_fromhex(w_cls, string):
    try:
        return W_ByteArray(bytearray.fromhex(bridge.to_host(string)))
    except Exception as e:
        raise bridge.host_exception(e)


@method(w_bytearray_type, "__repr__")
def bytearray_repr(w_self):
    name = space.type(w_self).name
    text = repr(bytes(w_self.data))
    if text.startswith('b"'):              # CPython's bytearray repr escapes ' even inside "..."
        text = 'b"' + text[2:-1].replace("'", "\\'") + '"'
    return "%s(%s)" % (name, text)


# -- maketrans, __alloc__ and the buffer protocol's Python-level hooks -----------------------------
from snakevm.objspace.typedef import staticmethod_  # noqa: E402

staticmethod_(w_bytearray_type, "maketrans")(bridge._maketrans)
method(w_bytearray_type, "__alloc__")(lambda w_self: len(w_self.data) + 1)


# (__buffer__ is memoryviewobject.py's: memoryview loads after bytearray)
method(w_bytearray_type, "__release_buffer__")(lambda w_self, w_view: None)


@method(w_bytearray_type, "decode", keywords=True)
def bytearray_decode(w_self, encoding=NOT_GIVEN, errors=NOT_GIVEN):
    """Decode the bytearray using the codec registered for encoding."""
    return bridge.decode_text(w_self.data,
                              *bridge.text_codec_arguments("decode", encoding, errors))


# (imported last: these modules import this one)
from snakevm.objspace import iterobject, tupleobject  # noqa: E402
