"""array: typed arrays over the host's array.array (interpreter level).

Each guest array holds a host array: element access, slicing, comparisons and
conversions are the host's C code on unboxed numbers, so values, overflow
checks and messages are CPython's.  The host array is also the guest array's
buffer (bridge.host_buffer), so memoryview(a), bytes(a), struct.pack_into and
file.readinto work on it.  Guest subclasses are allowed; slicing and +/* give
plain arrays, in-place operators keep the object, as in CPython.  tofile and
fromfile call the guest file object's write/read."""

import array as host_array

from snakevm.objspace.space import space
from snakevm.objspace.typedef import method, new_method, classmethod_
from snakevm.objspace.bridge import to_host_arg, call_host_converted, call_host, to_guest
from snakevm.objspace.genericalias import new_generic_alias
from snakevm.module.moduledef import ModuleDef
from snakevm.module.hostobjects import W_HostObject, host_object_type


class W_Array(W_HostObject):
    def host_buffer(self):
        return self.host


_METHODS = ("append", "buffer_info", "byteswap", "count", "extend", "frombytes", "fromlist",
            "fromunicode", "index", "insert", "pop", "remove", "reverse", "tobytes", "tolist",
            "tounicode", "__len__", "__getitem__", "__setitem__", "__delitem__",
            "__contains__", "__add__", "__mul__", "__rmul__", "__iadd__", "__imul__",
            "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__sizeof__")

w_array_type = host_object_type("array", "array", host_array.array, (), ("typecode", "itemsize"),
                                acceptable_as_base=True, instance_class=W_Array)
w_array_type.dict_w["__hash__"] = None
w_arrayiterator_type = host_object_type("arrayiterator", "array", type(iter(host_array.array("b"))),
                                        ("__next__",))
method(w_arrayiterator_type, "__iter__")(lambda w_self: w_self)


def _forward(name):
    host_method = getattr(host_array.array, name)

    def call(w_self, *args_w):
        def result(value):
            return w_self if value is w_self.host else to_guest(value)
        return call_host_converted(host_method, [w_self.host] + [to_host_arg(w) for w in args_w],
                                   result=result)
    call.__name__ = name
    return call


for _name in _METHODS:
    method(w_array_type, _name, doc=getattr(host_array.array, _name).__doc__)(_forward(_name))


@new_method(w_array_type)
def array_new(w_cls, *args_w, **kwargs_w):
    if kwargs_w and w_cls is w_array_type:
        raise space.type_error("array.array() takes no keyword arguments")
    host = call_host_converted(host_array.array, [to_host_arg(w) for w in args_w],
                               result=lambda value: value)
    w_self = W_Array(host, w_cls)
    if w_cls.has_dict:
        w_self.w_dict = space.newdict()
    return w_self


@method(w_array_type, "__iter__")
def array_iter(w_self):
    return call_host(iter, [w_self])


@method(w_array_type, "__copy__")
def array_copy(w_self):
    """Return a copy of the array."""
    return to_guest(host_array.array(w_self.host.typecode, w_self.host))


@method(w_array_type, "__deepcopy__")
def array_deepcopy(w_self, w_memo):
    """Return a copy of the array."""
    return array_copy(w_self)


@method(w_array_type, "__repr__")
def array_repr(w_self):
    name = space.type(w_self).name if not space.type(w_self).is_builtin else "array"
    text = repr(w_self.host)
    return name + text[len("array"):]


@method(w_array_type, "tofile")
def array_tofile(w_self, w_file):
    """Write all items (as machine values) to the file object f."""
    data = w_self.host.tobytes()
    block = 64 * 1024
    for start in range(0, max(len(data), 1), block):
        chunk = data[start:start + block]
        if chunk:
            space.call_method(w_file, "write", chunk)
    return None


@method(w_array_type, "fromfile")
def array_fromfile(w_self, w_file, w_n):
    """Read n objects from the file object f and append them to the end of the array."""
    n = space.index(w_n)
    if n < 0:
        raise space.value_error("negative count")
    nbytes = n * w_self.host.itemsize
    w_data = space.call_method(w_file, "read", nbytes)
    data = to_host_arg(w_data)
    if not isinstance(data, bytes):
        raise space.type_error("read() didn't return bytes")
    call_host_converted(w_self.host.frombytes, [data])
    if len(data) != nbytes:
        raise space.error(space.builtin_exception("EOFError"),
                          "read() didn't return enough bytes")
    return None


@method(w_array_type, "__reduce_ex__")
def array_reduce_ex(w_self, protocol):
    """Return state information for pickling."""
    w_cls = space.type(w_self)
    w_dict = w_self.w_dict if w_self.w_dict is not None and w_self.w_dict.storage else None
    if space.index(protocol) < 3:
        return space.newtuple([w_cls, space.newtuple([w_self.host.typecode,
                                                      to_guest(w_self.host.tolist())]),
                               w_dict])
    _, typecode, mformat, data = w_self.host.__reduce_ex__(3)[1]
    return space.newtuple([_reconstructor_w(), space.newtuple([w_cls, typecode, mformat, data]),
                           w_dict])


classmethod_(w_array_type, "__class_getitem__", doc="See PEP 585")(new_generic_alias)


class ArrayState:
    w_reconstructor = None


def _reconstructor_w():
    return ArrayState.w_reconstructor


def array_reconstructor(w_arraytype, typecode, mformat_code, items):
    """Internal. Used for pickling support."""
    from snakevm.objspace.typeobject import W_TypeObject     # type checks only
    if not isinstance(w_arraytype, W_TypeObject):
        raise space.type_error("first argument must be a type object, not %s"
                               % space.type(w_arraytype).name)
    if not w_arraytype.is_subtype(w_array_type):
        raise space.type_error("%s is not a subtype of array.array" % w_arraytype.name)
    host = call_host_converted(host_array._array_reconstructor,
                               [host_array.array, to_host_arg(typecode),
                                to_host_arg(mformat_code), to_host_arg(items)],
                               result=lambda value: value)
    w_self = W_Array(host, w_arraytype)
    if w_arraytype.has_dict:
        w_self.w_dict = space.newdict()
    return w_self


def make_module():
    m = ModuleDef("array", doc=host_array.__doc__)
    m.type(w_array_type)
    m.value("ArrayType", w_array_type)
    m.value("typecodes", host_array.typecodes)
    ArrayState.w_reconstructor = m.function(array_reconstructor, "_array_reconstructor")
    return m.w_module

