"""array: typed arrays of numbers and characters (interpreter level, host-backed).

A guest ``array.array`` (W_Array) holds a host ``array.array``: items are host
ints, floats or 1-character strs, which *are* unboxed guest values, so the
host array holds no guest objects.  The host's C code does the storage,
conversions and most checks: guest values cross with ``bridge.to_host_arg``
(objects with __index__/__float__ become proxies the host converts with
CPython's rules and messages).  Where CPython compares items with a guest
object (count, index, remove, in) a probe object makes the host call the
guest's equality.  Calls back into guest objects (file.read/write for
fromfile/tofile, __dict__ for pickling) are made here with CPython's order
and messages.

Buffer protocol: ``W_Array.host_buffer()`` returns the host array itself, so
memoryview(array), bytes(array), struct.pack_into(fmt, array, ...) and
file.readinto(array) read and write the guest array's storage, and the host
refuses to resize it while a view exists (BufferError), like CPython.

Results that are new arrays (slices, +, *, __copy__) are plain array.array
objects, as in CPython.  Pickling uses
``array._array_reconstructor`` with CPython's machine format codes for
protocol 3 and up, and (type, (typecode, list), dict) below."""

import array as host_array_module
import sys

from snakevm.objspace.root import W_Root
from snakevm.objspace.space import space, STOP_ITERATION
from snakevm.objspace.typedef import builtin_type, method, getset, new_method, classmethod_
from snakevm.objspace.typeobject import W_TypeObject
from snakevm.objspace.listobject import W_List, w_list_type
from snakevm.objspace.tupleobject import W_Tuple, w_tuple_type
from snakevm.objspace.bridge import to_host_arg, call_host_converted
from snakevm.module.moduledef import ModuleDef, import_guest

HostArray = host_array_module.array
UNBOXED = (int, float, str, bytes, bool, complex, type(None))
TOFILE_BLOCK = 64 * 1024            # CPython writes arrays in blocks of this many bytes


class W_Array(W_Root):
    def __init__(self, array, w_type=None):
        self.array = array              # the host array.array (host scalars only)
        if w_type is not None:
            self.w_type = w_type

    def host_buffer(self):
        """The host array: its buffer is the guest array's storage."""
        return self.array

    def host_value(self):
        """For host methods that only read the value: a copy."""
        return HostArray(self.array.typecode, self.array)


class W_ArrayIter(W_Root):
    """array.arrayiterator: an index into the live array."""

    def __init__(self, w_array):
        self.w_array = w_array
        self.index = 0

    def next_w(self):
        w_array = self.w_array
        if w_array is None:
            return STOP_ITERATION
        if self.index < len(w_array.array):
            self.index += 1
            return w_array.array[self.index - 1]
        self.w_array = None
        return STOP_ITERATION


w_array_type = builtin_type("array", instance_class=W_Array, module="array",
                            doc=HostArray.__doc__)
w_array_type.dict_w["__hash__"] = None
w_arrayiterator_type = builtin_type("arrayiterator", instance_class=W_ArrayIter,
                                    module="array", acceptable_as_base=False)
for _w_type in (w_array_type, w_arrayiterator_type):   # heap types in CPython: __module__
    _w_type.dict_w["__module__"] = "array"              # is in their __dict__


def _host(func, *args):
    """Call host ``func``; host exceptions become guest ones, the result stays host."""
    return call_host_converted(func, list(args), result=lambda value: value)


def _new_array(host, w_type=None):
    w_type = w_type or w_array_type
    w_array = W_Array(host, w_type)
    if w_type.has_dict:
        w_array.w_dict = space.newdict()
    return w_array


def _typename(w_obj):
    return space.type(w_obj).tp_name()


class _GuestEquality:
    """A host stand-in for a guest value in the host's item comparisons: the host
    tries ``item == probe``, which falls back to this reflected __eq__, where the
    guest's comparison protocol runs as ``item == value``."""
    __slots__ = ("w_value",)
    __hash__ = None

    def __init__(self, w_value):
        self.w_value = w_value

    def __eq__(self, item):
        return space.eq_w(item, self.w_value)


def _probe(w_value):
    return w_value if type(w_value) in UNBOXED else _GuestEquality(w_value)


def _sequence_items(w_obj):
    """The items of a list or tuple initializer: its real length, each item read with
    PySequence_GetItem (a subclass's __getitem__ applies)."""
    if space.type(w_obj) in (w_list_type, w_tuple_type):
        return [to_host_arg(w) for w in w_obj.items_w]
    return [to_host_arg(space.getitem(w_obj, i)) for i in range(len(w_obj.items_w))]


# -- construction ------------------------------------------------------------------------------
@new_method(w_array_type)
def array_new(w_cls, *args_w, **kwargs_w):
    if kwargs_w and (w_cls is w_array_type or
                     w_cls.lookup("__init__") is w_array_type.lookup("__init__")):
        raise space.type_error("array.array() takes no keyword arguments")
    if not args_w:
        raise space.type_error("array() takes at least 1 argument (0 given)")
    if len(args_w) > 2:
        raise space.type_error("array() takes at most 2 arguments (%d given)" % len(args_w))
    args = [to_host_arg(args_w[0])]
    if len(args_w) == 2:
        w_init = args_w[1]
        if isinstance(w_init, W_Array):
            args.append(w_init.array)
        elif isinstance(w_init, (W_List, W_Tuple)):
            args.append(_sequence_items(w_init))
        else:
            args.append(to_host_arg(w_init))
    return _new_array(_host(HostArray, *args), w_cls)


def array_reconstructor(w_arraytype, w_typecode, w_mformat_code, w_items):
    """Internal. Used for pickling support."""
    if not isinstance(w_arraytype, W_TypeObject):
        raise space.type_error("first argument must be a type object, not %s"
                               % _typename(w_arraytype))
    if not w_arraytype.is_subtype(w_array_type):
        raise space.type_error("%s is not a subtype of array.array" % w_arraytype.tp_name())
    host = _host(host_array_module._array_reconstructor, HostArray, to_host_arg(w_typecode),
                 to_host_arg(w_mformat_code), to_host_arg(w_items))
    return _new_array(host, w_arraytype)


# -- attributes --------------------------------------------------------------------------------
getset(w_array_type, "typecode", doc="the typecode character used to create the array")(
    lambda w_self: w_self.array.typecode)
getset(w_array_type, "itemsize", doc="the size, in bytes, of one array item")(
    lambda w_self: w_self.array.itemsize)


def _doc(name):
    return getattr(HostArray, name).__doc__


def _array_method(name):
    return method(w_array_type, name, doc=_doc(name))


# -- sequence protocol -------------------------------------------------------------------------
@_array_method("__len__")
def array_len(w_self):
    return len(w_self.array)


@_array_method("__getitem__")
def array_getitem(w_self, w_key):
    result = _host(w_self.array.__getitem__, to_host_arg(w_key))
    if isinstance(result, HostArray):
        return _new_array(result)
    return result


@_array_method("__setitem__")
def array_setitem(w_self, w_key, w_value):
    value = w_value.array if isinstance(w_value, W_Array) else to_host_arg(w_value)
    _host(w_self.array.__setitem__, to_host_arg(w_key), value)


@_array_method("__delitem__")
def array_delitem(w_self, w_key):
    _host(w_self.array.__delitem__, to_host_arg(w_key))


@_array_method("__contains__")
def array_contains(w_self, w_value):
    return _host(w_self.array.__contains__, _probe(w_value))


@_array_method("__iter__")
def array_iter(w_self):
    return W_ArrayIter(w_self)


# -- operators ---------------------------------------------------------------------------------
def _comparison(name):
    host_op = getattr(HostArray, name)

    def compare(w_self, w_other):
        if not isinstance(w_other, W_Array):
            return space.w_NotImplemented
        return _host(host_op, w_self.array, w_other.array)
    _array_method(name)(compare)


for _name in ("__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"):
    _comparison(_name)


@_array_method("__add__")
def array_add(w_self, w_other):
    if not isinstance(w_other, W_Array):
        raise space.type_error('can only append array (not "%s") to array' % _typename(w_other))
    return _new_array(_host(w_self.array.__add__, w_other.array))


@_array_method("__mul__")
def array_mul(w_self, w_count):
    return _new_array(_host(w_self.array.__mul__, to_host_arg(w_count)))


@_array_method("__rmul__")
def array_rmul(w_self, w_count):
    return _new_array(_host(w_self.array.__rmul__, to_host_arg(w_count)))


@_array_method("__iadd__")
def array_iadd(w_self, w_other):
    if not isinstance(w_other, W_Array):
        raise space.type_error('can only extend array with array (not "%s")'
                               % _typename(w_other))
    _host(w_self.array.__iadd__, w_other.array)
    return w_self


@_array_method("__imul__")
def array_imul(w_self, w_count):
    _host(w_self.array.__imul__, to_host_arg(w_count))
    return w_self


for _name in ("__add__", "__mul__", "__rmul__", "__iadd__", "__imul__"):
    w_array_type.dict_w[_name].sequence_slot = True     # CPython's sq_concat/sq_repeat


@_array_method("__repr__")
def array_repr(w_self):
    array = w_self.array
    name = space.type(w_self).name
    if len(array) == 0:
        return "%s('%s')" % (name, array.typecode)
    items = array.tounicode() if array.typecode == "u" else array.tolist()
    return "%s('%s', %r)" % (name, array.typecode, items)


# -- methods -----------------------------------------------------------------------------------
@_array_method("append")
def array_append(w_self, w_v):
    _host(w_self.array.append, to_host_arg(w_v))


@_array_method("insert")
def array_insert(w_self, w_i, w_v):
    _host(w_self.array.insert, to_host_arg(w_i), to_host_arg(w_v))


@_array_method("pop")
def array_pop(w_self, w_i=-1):
    return _host(w_self.array.pop, to_host_arg(w_i))


@_array_method("count")
def array_count(w_self, w_v):
    return _host(w_self.array.count, _probe(w_v))


@_array_method("index")
def array_index(w_self, w_v, w_start=0, w_stop=sys.maxsize):
    return _host(w_self.array.index, _probe(w_v), to_host_arg(w_start), to_host_arg(w_stop))


@_array_method("remove")
def array_remove(w_self, w_v):
    _host(w_self.array.remove, _probe(w_v))


def _defining_class_arguments(name, count, args_w, kwargs_w):
    """Argument Clinic's checks for the methods that take the defining class
    (extend, fromfile, tofile, __reduce_ex__): ``count`` positional arguments."""
    given = len(args_w) + len(kwargs_w)
    plural = "" if count == 1 else "s"
    if given > count:
        raise space.type_error("%s() takes at most %d argument%s (%d given)"
                               % (name, count, plural, given))
    if len(args_w) < count:
        raise space.type_error("%s() takes exactly %d positional argument%s (%d given)"
                               % (name, count, plural, len(args_w)))
    return args_w


@method(w_array_type, "extend", keywords=True, doc=_doc("extend"))
def array_extend(w_self, *args_w, **kwargs_w):
    w_bb, = _defining_class_arguments("extend", 1, args_w, kwargs_w)
    if isinstance(w_bb, W_Array):
        source = w_bb.array
    elif space.type(w_bb) in (w_list_type, w_tuple_type):
        source = [to_host_arg(w) for w in w_bb.items_w]
    else:
        source = to_host_arg(w_bb)
    _host(w_self.array.extend, source)


@_array_method("fromlist")
def array_fromlist(w_self, w_list):
    if not isinstance(w_list, W_List):
        raise space.type_error("arg must be list")
    _host(w_self.array.fromlist, [to_host_arg(w) for w in w_list.items_w])


@_array_method("frombytes")
def array_frombytes(w_self, w_buffer):
    _host(w_self.array.frombytes, to_host_arg(w_buffer))


@_array_method("fromunicode")
def array_fromunicode(w_self, w_ustr):
    _host(w_self.array.fromunicode, to_host_arg(w_ustr))


@method(w_array_type, "fromfile", keywords=True, doc=_doc("fromfile"))
def array_fromfile(w_self, *args_w, **kwargs_w):
    w_f, w_n = _defining_class_arguments("fromfile", 2, args_w, kwargs_w)
    n = space.index(w_n)
    if n < 0:
        raise space.value_error("negative count")
    itemsize = w_self.array.itemsize
    if n > sys.maxsize // itemsize:
        raise space.error(space.builtin_exception("MemoryError"), None)
    nbytes = n * itemsize
    w_data = space.call_method(w_f, "read", nbytes)
    data = w_data.value if getattr(w_data, "scalar_layout", False) else w_data
    if not isinstance(data, bytes):
        raise space.type_error("read() didn't return bytes")
    _host(w_self.array.frombytes, data)
    if len(data) != nbytes:
        raise space.error(space.builtin_exception("EOFError"),
                          "read() didn't return enough bytes")


@method(w_array_type, "tofile", keywords=True, doc=_doc("tofile"))
def array_tofile(w_self, *args_w, **kwargs_w):
    w_f, = _defining_class_arguments("tofile", 1, args_w, kwargs_w)
    data = w_self.array.tobytes()
    for start in range(0, len(data), TOFILE_BLOCK):
        space.call_method(w_f, "write", data[start:start + TOFILE_BLOCK])


@_array_method("tolist")
def array_tolist(w_self):
    return space.newlist(w_self.array.tolist())


@_array_method("tobytes")
def array_tobytes(w_self):
    return w_self.array.tobytes()


@_array_method("tounicode")
def array_tounicode(w_self):
    return _host(w_self.array.tounicode)


@_array_method("byteswap")
def array_byteswap(w_self):
    _host(w_self.array.byteswap)


@_array_method("reverse")
def array_reverse(w_self):
    w_self.array.reverse()


@_array_method("buffer_info")
def array_buffer_info(w_self):
    return space.newtuple(list(w_self.array.buffer_info()))


@_array_method("__sizeof__")
def array_sizeof(w_self):
    return w_self.array.__sizeof__()


@_array_method("__copy__")
def array_copy(w_self):
    return _new_array(HostArray(w_self.array.typecode, w_self.array))


@_array_method("__deepcopy__")
def array_deepcopy(w_self, w_unused):
    return array_copy(w_self)


@_array_method("__buffer__")
def array_buffer(w_self, w_flags):
    from snakevm.objspace.memoryviewobject import w_memoryview_type   # loads after arrays
    space.index(w_flags)
    return space.call(w_memoryview_type, [w_self])


@_array_method("__release_buffer__")
def array_release_buffer(w_self, w_buffer):
    """(host memoryviews release their own exports)"""
    return None


_MACHINE_FORMATS = {}               # typecode -> CPython's machine format code


def _machine_format(typecode):
    if typecode not in _MACHINE_FORMATS:
        _MACHINE_FORMATS[typecode] = HostArray(typecode).__reduce_ex__(3)[1][2]
    return _MACHINE_FORMATS[typecode]


@method(w_array_type, "__reduce_ex__", keywords=True, doc=_doc("__reduce_ex__"))
def array_reduce_ex(w_self, *args_w, **kwargs_w):
    w_value, = _defining_class_arguments("__reduce_ex__", 1, args_w, kwargs_w)
    if not isinstance(w_value, int):
        raise space.type_error("__reduce_ex__ argument should be an integer")
    protocol = space.index(w_value)
    w_dict = space.getattr(w_self, "__dict__", None) if w_self.w_dict is not None else None
    w_type = space.type(w_self)
    typecode = w_self.array.typecode
    if protocol < 3:
        w_args = space.newtuple([typecode, space.newlist(w_self.array.tolist())])
        return space.newtuple([w_type, w_args, w_dict])
    w_reconstructor = space.getattr(import_guest("array"), "_array_reconstructor")
    w_args = space.newtuple([w_type, typecode, _machine_format(typecode),
                             w_self.array.tobytes()])
    return space.newtuple([w_reconstructor, w_args, w_dict])


@classmethod_(w_array_type, "__class_getitem__", doc="See PEP 585")
def array_class_getitem(w_cls, w_item):
    from snakevm.objspace.genericalias import new_generic_alias   # loads after the space
    return new_generic_alias(w_cls, w_item)


# -- the iterator ------------------------------------------------------------------------------
@new_method(w_arrayiterator_type)
def arrayiterator_new(w_cls, *args_w, **kwargs_w):
    raise space.type_error("cannot create '%s' instances" % w_cls.tp_name())


@method(w_arrayiterator_type, "__iter__")
def arrayiterator_iter(w_self):
    return w_self


@method(w_arrayiterator_type, "__next__")
def arrayiterator_next(w_self):
    w_item = w_self.next_w()
    if w_item is STOP_ITERATION:
        raise space.error(space.builtin_exception("StopIteration"), None)
    return w_item


@method(w_arrayiterator_type, "__reduce__", doc="Return state information for pickling.")
def arrayiterator_reduce(w_self):
    w_iter = space.getattr(space.builtins_module(), "iter")
    if w_self.w_array is None:
        return space.newtuple([w_iter, space.newtuple([space.newtuple([])])])
    return space.newtuple([w_iter, space.newtuple([w_self.w_array]), w_self.index])


@method(w_arrayiterator_type, "__setstate__", doc="Set state information for unpickling.")
def arrayiterator_setstate(w_self, w_state):
    index = space.index(w_state)
    if w_self.w_array is not None:
        w_self.index = min(max(index, 0), len(w_self.w_array.array))
    return None


def make_module():
    m = ModuleDef("array", doc=host_array_module.__doc__)
    m.type(w_array_type)
    m.type(w_array_type, "ArrayType")
    m.value("typecodes", host_array_module.typecodes)
    m.function(array_reconstructor, "_array_reconstructor")
    w_mutable_sequence = space.getattr(import_guest("collections.abc"), "MutableSequence")
    space.call_method(w_mutable_sequence, "register", w_array_type)    # as CPython's init does
    return m.w_module

