"""memoryview (basic): a guest view over the bytes of a bytes or bytearray.

Bridge: the view is a host ``memoryview`` over the host buffer that holds the
guest object's bytes (an unboxed bytes value, or a W_ByteArray's host
bytearray).  Sharing the buffer gives CPython's semantics for free: writes
through the view change the bytearray, slicing does not copy, and a bytearray
cannot be resized while a view exists.  Everything that crosses back into
guest code is unboxed (int, float, bytes, str) or a new W_MemoryView."""

from snakevm.objspace.root import W_Root, OperationError
from snakevm.objspace.typedef import builtin_type, method, getset, new_method, classmethod_
from snakevm.objspace.space import space


class W_MemoryView(W_Root):
    def __init__(self, w_obj, view):
        self.w_obj = w_obj          # the exporting guest object (bytes or bytearray)
        self.view = view            # host memoryview

    def host_buffer(self):
        return self.view


w_memoryview_type = builtin_type("memoryview", instance_class=W_MemoryView,
                                 acceptable_as_base=False)


def _host_call(func, *args):
    from snakevm.objspace.scalarmethods import host_exception
    try:
        return func(*args)
    except OperationError:
        raise
    except Exception as e:
        raise host_exception(e)


def host_buffer(w_obj):
    """The host object whose buffer backs guest ``w_obj``, or None if it has none."""
    from snakevm.objspace.bridge import host_buffer as bridged
    return bridged(w_obj)


@new_method(w_memoryview_type)
def memoryview_new(w_cls, w_object):
    buffer = host_buffer(w_object)
    if buffer is None:
        raise space.type_error("memoryview: a bytes-like object is required, not '%s'"
                               % space.type(w_object).name)
    if isinstance(w_object, W_MemoryView):
        w_object = w_object.w_obj
    return W_MemoryView(w_object, _host_call(memoryview, buffer))


def _wrap(w_self, result):
    if isinstance(result, memoryview):
        return W_MemoryView(w_self.w_obj, result)
    if isinstance(result, list):
        return space.newlist([_wrap(w_self, item) for item in result])
    if isinstance(result, tuple):
        return space.newtuple([_wrap(w_self, item) for item in result])
    return result


def _key(w_key):
    from snakevm.objspace.sliceobject import W_Slice
    from snakevm.objspace.tupleobject import W_Tuple
    if isinstance(w_key, W_Slice):
        return slice(*(None if w is None else space.index(w)
                       for w in (w_key.w_start, w_key.w_stop, w_key.w_step)))
    if isinstance(w_key, W_Tuple):
        return tuple(_key(w) for w in w_key.items_w)
    if w_key is space.w_Ellipsis:
        return Ellipsis
    if not isinstance(w_key, int) and space.type(w_key).lookup("__index__") is None:
        raise space.type_error("memoryview: invalid slice key")
    return space.index(w_key)


def _value(w_value):
    buffer = host_buffer(w_value)
    return buffer if buffer is not None else w_value


@method(w_memoryview_type, "__getitem__")
def memoryview_getitem(w_self, w_key):
    return _wrap(w_self, _host_call(w_self.view.__getitem__, _key(w_key)))


@method(w_memoryview_type, "__setitem__")
def memoryview_setitem(w_self, w_key, w_value):
    _host_call(w_self.view.__setitem__, _key(w_key), _value(w_value))


@method(w_memoryview_type, "__delitem__")
def memoryview_delitem(w_self, w_key):
    raise space.type_error("cannot delete memory")


@method(w_memoryview_type, "__len__")
def memoryview_len(w_self):
    return _host_call(len, w_self.view)


@method(w_memoryview_type, "__iter__")
def memoryview_iter(w_self):
    from snakevm.objspace.iterobject import new_value_iter
    return new_value_iter("memory_iterator", _host_call(w_self.view.tolist), w_self)


@method(w_memoryview_type, "__eq__")
def memoryview_eq(w_self, w_other):
    buffer = host_buffer(w_other)
    if buffer is None:
        return space.w_NotImplemented
    return _host_call(w_self.view.__eq__, buffer)


@method(w_memoryview_type, "__hash__")
def memoryview_hash(w_self):
    return _host_call(hash, w_self.view)


@method(w_memoryview_type, "__repr__")
def memoryview_repr(w_self):
    if w_self.view.__repr__().startswith("<released"):
        return "<released memory at 0x%x>" % id(w_self)
    return "<memory at 0x%x>" % id(w_self)


@method(w_memoryview_type, "__enter__")
def memoryview_enter(w_self):
    _host_call(lambda: w_self.view.nbytes)          # raises if released
    return w_self


@method(w_memoryview_type, "__exit__")
def memoryview_exit(w_self, *args_w):
    _host_call(w_self.view.release)


_PYBUF_WRITABLE = 1
_INT_MAX = 2 ** 31 - 1


def buffer_flags(w_flags):
    """The flags argument of a ``__buffer__`` method, checked as CPython's wrap_buffer
    does: a Py_ssize_t, at most INT_MAX."""
    flags = space.index(w_flags)
    if not -2 ** 63 <= flags < 2 ** 63:
        raise space.error(space.builtin_exception("OverflowError"),
                          "cannot fit 'int' into an index-sized integer")
    if flags > _INT_MAX:
        raise space.error(space.builtin_exception("OverflowError"), "buffer flags too large")
    return flags


def wants_writable(flags):
    """Whether buffer flags ask for a writable buffer (the C int's PyBUF_WRITABLE bit)."""
    return bool(flags & _PYBUF_WRITABLE)


def _buffer_error(message):
    return space.error(space.builtin_exception("BufferError"), message)


@method(w_memoryview_type, "__buffer__")
def memoryview_buffer(w_self, w_flags):
    """A new view over this one's buffer; its ``obj`` is this memoryview (CPython's
    PyMemoryView_FromObjectAndFlags)."""
    flags = buffer_flags(w_flags)
    view = _host_call(memoryview, w_self.view)
    if wants_writable(flags) and view.readonly:
        raise _buffer_error("memoryview: underlying buffer is not writable")
    return W_MemoryView(w_self, view)


method(w_memoryview_type, "__release_buffer__")(lambda w_self, w_view: None)


@method(w_memoryview_type, "cast")
def memoryview_cast(w_self, format, shape=None):
    if shape is not None and not (space.isinstance_w(shape, space.builtins_type("list")) or
                                  space.isinstance_w(shape, space.builtins_type("tuple"))):
        raise space.type_error("shape must be a list or a tuple")
    args = [format] if shape is None else [format, [space.index(w) for w in
                                                    space.unpack_iterable(shape)]]
    return _wrap(w_self, _host_call(w_self.view.cast, *args))


@method(w_memoryview_type, "hex", keywords=True)
def memoryview_hex(w_self, sep=None, bytes_per_sep=1):
    args = [] if sep is None else [sep, bytes_per_sep]
    return _host_call(w_self.view.hex, *args)


@method(w_memoryview_type, "tobytes", keywords=True)
def memoryview_tobytes(w_self, order="C"):
    return _host_call(w_self.view.tobytes, order)


@classmethod_(w_memoryview_type, "_from_flags")
def memoryview_from_flags(w_cls, w_object, flags):
    return memoryview_new(w_cls, w_object)


for _name in ("tolist", "release", "toreadonly"):
    if hasattr(memoryview, _name):
        method(w_memoryview_type, _name)(
            (lambda n: lambda w_self: _wrap(w_self, _host_call(getattr(w_self.view, n))))(_name))

for _name in ("format", "itemsize", "ndim", "shape", "strides", "suboffsets", "readonly",
              "nbytes", "c_contiguous", "f_contiguous", "contiguous"):
    getset(w_memoryview_type, _name)(
        (lambda n: lambda w_self: _wrap(w_self, _host_call(getattr, w_self.view, n)))(_name))


@getset(w_memoryview_type, "obj")
def memoryview_obj(w_self):
    _host_call(lambda: w_self.view.nbytes)          # raises if released
    return w_self.w_obj


def _bytes_buffer(w_self, w_flags):
    """bytes.__buffer__(flags): a read-only memoryview of the bytes (PEP 688)."""
    if wants_writable(buffer_flags(w_flags)):
        raise _buffer_error("Object is not writable.")
    return space.call(w_memoryview_type, [w_self])


method(space.builtins_type("bytes"), "__buffer__")(_bytes_buffer)


def _bytearray_buffer(w_self, w_flags):
    """bytearray.__buffer__(flags): a writable memoryview of the bytearray."""
    buffer_flags(w_flags)
    return space.call(w_memoryview_type, [w_self])


method(space.builtins_type("bytearray"), "__buffer__")(_bytearray_buffer)
