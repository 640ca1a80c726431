"""The host bridge: where host values become guest values and back, and host
exceptions become guest exceptions.

Unboxed guest values (int, bool, float, complex, str, bytes, None) *are* host
values and cross unchanged.  Everything else is converted here:

* inward (``to_host``/``to_host_arg``): instances of user subclasses of the
  scalar types give their host value; guest tuples become host tuples;
  buffer-exporting objects (bytearray, memoryview, array, ...) give their host
  buffer; any other guest object becomes an *opaque proxy*: a host object of a
  host class named after the guest type, which forwards only the conversion
  protocols the guest type defines (``__index__``, ``__float__``, ``__iter__``,
  ...), so host C code applies CPython's own rules and messages to it;
* outward (``to_guest``): host lists/tuples/dicts/bytearrays become new guest
  objects, proxies give back their guest object, host NotImplemented becomes
  the guest one; anything else is a bug in the caller (SystemError);
* exceptions (``host_exception``): a host exception becomes the guest
  exception of the same name and message (module-specific host exception
  classes are mapped with ``register_exception``; OSError keeps errno,
  strerror and filename).

Native modules that compute with the host's C code (math, zlib, _struct, ...)
wrap host callables with ``host_function``: guest arguments in, host call,
guest result out, host exceptions converted -- all in one place.
"""

from snakevm.objspace.root import W_Root, OperationError
from snakevm.objspace.space import space
from snakevm.objspace.typedef import W_BuiltinFunction, Signature
from snakevm.interpreter import state
from snakevm.interpreter.threads import threads as running_threads, call_without_gil

UNBOXED = (int, str, float, bytes, bool, complex, type(None))


# -- inward ------------------------------------------------------------------------------------
def to_host(w_obj):
    """Guest value -> host value for a host method call.  A guest bytearray gives a
    copy of its bytes (host methods must not keep or change guest storage)."""
    if type(w_obj) in UNBOXED:
        return w_obj
    if getattr(w_obj, "scalar_layout", False):          # user subclass of int/str/...
        return w_obj.value
    data = getattr(w_obj, "data", None)
    if isinstance(data, bytearray):                     # a guest bytearray's contents
        return bytes(data)
    view = getattr(w_obj, "view", None)
    if isinstance(view, memoryview):                    # a guest memoryview: its host view
        return view
    from snakevm.objspace.sliceobject import W_Slice    # slices import the space: keep lazy
    if isinstance(w_obj, W_Slice):
        return slice(to_host(w_obj.w_start), to_host(w_obj.w_stop), to_host(w_obj.w_step))
    if isinstance(w_obj, W_Root):
        unwrap = getattr(w_obj, "host_value", None)     # a guest wrapper of a host object
        if unwrap is not None:
            return unwrap()
        from snakevm.objspace.tupleobject import W_Tuple
        if isinstance(w_obj, W_Tuple):                  # tuples, struct sequences
            return tuple(to_host(w) for w in w_obj.items_w)
        return opaque(w_obj)
    return w_obj


def to_host_arg(w_obj):
    """Guest value -> host value for a native-module function: like ``to_host``, but
    buffer-exporting objects give their *shared* host buffer (so functions that
    fill a buffer, like readinto or pack_into, write into the guest object)."""
    if type(w_obj) in UNBOXED:
        return w_obj
    buffer = host_buffer(w_obj)
    if buffer is not None:
        return buffer
    return to_host(w_obj)


def host_buffer(w_obj):
    """The host object whose buffer backs guest ``w_obj`` (bytes, a host bytearray,
    memoryview or array), or None when the object exports no buffer."""
    if type(w_obj) is bytes:
        return w_obj
    exporter = getattr(w_obj, "host_buffer", None)      # W_ByteArray, W_MemoryView, W_Array...
    if exporter is not None:
        return exporter()
    if getattr(w_obj, "scalar_layout", False) and isinstance(w_obj.value, bytes):
        return w_obj.value
    if isinstance(w_obj, W_Root):
        w_method = space.type(w_obj).lookup("__buffer__")
        if w_method is not None:        # PEP 688: a class written in Python exports a buffer
            w_view = space.call(space.get(w_method, w_obj, space.type(w_obj)), [BUFFER_FULL_RO])
            if not hasattr(w_view, "host_buffer") or space.type(w_view).name != "memoryview":
                raise space.type_error("__buffer__ returned non-memoryview object")
            return w_view.host_buffer()
    return None


BUFFER_FULL_RO = 0x11c      # inspect.BufferFlags.FULL_RO: what memoryview() asks for


class Opaque:
    """A guest object passed to host code.  Each guest type gets a host subclass
    of the same name, so host error messages name the guest type; the subclass
    forwards the guest type's conversion protocols."""
    __slots__ = ("w_obj",)

    def __init__(self, w_obj):
        self.w_obj = w_obj


_OPAQUE_CLASSES = {}
_FORWARDED_CONVERSIONS = ("__complex__", "__float__", "__int__", "__bytes__", "__fspath__",
                          "__floor__", "__ceil__", "__trunc__")


def opaque(w_obj):
    return _opaque_class(space.type(w_obj))(w_obj)


def _opaque_class(w_type):
    key = (w_type, getattr(w_type, "version", 0))
    cls = _OPAQUE_CLASSES.get(key)
    if cls is None:
        namespace = {"__slots__": ()}
        if w_type.lookup("__index__") is not None:
            namespace["__index__"] = lambda self: space.index(self.w_obj)
        for name in _FORWARDED_CONVERSIONS:          # float(x), math.floor(x), ... on the host
            if w_type.lookup(name) is not None:
                namespace[name] = (lambda n: lambda self: to_host(
                    space.call_method(self.w_obj, n)))(name)
        if w_type.lookup("__round__") is not None:
            namespace["__round__"] = lambda self, *args: to_host(
                space.call_method(self.w_obj, "__round__", *[to_guest(a) for a in args]))
        if w_type.lookup("__iter__") is not None:
            namespace["__iter__"] = _iterate_guest
        if w_type.lookup("__len__") is not None:
            namespace["__len__"] = lambda self: space.len_w(self.w_obj)
        if w_type.lookup("__bool__") is not None:       # truth tests (struct's '?')
            namespace["__bool__"] = lambda self: space.is_true(self.w_obj)
        cls = _OPAQUE_CLASSES[key] = type(w_type.name, (Opaque,), namespace)
    return cls


def _iterate_guest(proxy):
    """Host iteration over a guest iterable: each item crosses inward."""
    from snakevm.objspace.space import STOP_ITERATION
    w_iter = space.iter(proxy.w_obj)
    while True:
        w_item = space.next(w_iter)
        if w_item is STOP_ITERATION:
            return
        yield to_host_arg(w_item)


# -- outward -----------------------------------------------------------------------------------
def to_guest(value):
    """Host result -> guest value."""
    if type(value) in UNBOXED:
        return value
    if value is NotImplemented:
        return space.w_NotImplemented
    if isinstance(value, (int, float, complex, str, bytes)):   # host subclasses (bool is above)
        return value
    if isinstance(value, tuple):
        if hasattr(type(value), "n_sequence_fields"):          # a host struct sequence
            return _guest_structseq(value)
        return space.newtuple([to_guest(v) for v in value])
    if isinstance(value, list):
        return space.newlist([to_guest(v) for v in value])
    if isinstance(value, dict):
        return space.newdict({to_guest(k): to_guest(v) for k, v in value.items()})
    if isinstance(value, bytearray):
        from snakevm.objspace.bytearrayobject import W_ByteArray   # loads after the space
        return W_ByteArray(value)
    if isinstance(value, (set, frozenset)):
        from snakevm.objspace.setobject import W_Set, W_FrozenSet  # loads after the space
        return (W_FrozenSet if isinstance(value, frozenset) else W_Set)(
            to_guest(v) for v in value)
    if isinstance(value, Opaque):
        return value.w_obj
    if isinstance(value, W_Root):
        return value
    wrap = _HOST_CLASSES.get(type(value))
    if wrap is not None:
        return wrap(value)
    raise space.error(space.builtin_exception("SystemError"),
                      "cannot bridge host %s to the guest" % type(value).__name__)


_STRUCTSEQ_TYPES = {}          # host struct sequence type -> guest struct sequence type


def _guest_structseq(value):
    """A host struct sequence (pwd.struct_passwd, os.uname_result...) as an instance of
    a guest struct sequence type with the same module, name and fields."""
    from snakevm.objspace.structseq import structseq_type, new_structseq   # after the space
    host_type = type(value)
    w_type = _STRUCTSEQ_TYPES.get(host_type)
    names = [name for name, member in vars(host_type).items()
             if type(member).__name__ == "member_descriptor"]
    visible = host_type.n_sequence_fields
    if w_type is None:
        named_visible = [n for n in names[:visible]]
        w_type = structseq_type(host_type.__name__, host_type.__module__, named_visible,
                                visible, names[visible:])
        _STRUCTSEQ_TYPES[host_type] = w_type
    hidden = {name: to_guest(getattr(value, name)) for name in names[visible:]}
    return new_structseq(w_type, [to_guest(v) for v in value[:visible]], hidden)


_HOST_CLASSES = {}             # host class -> function making its guest wrapper


def register_host_class(host_class, wrap):
    """Host results of ``host_class`` reach the guest as ``wrap(host_object)``
    (module/hostobjects.py declares such guest types)."""
    _HOST_CLASSES[host_class] = wrap


# -- exceptions --------------------------------------------------------------------------------
_EXCEPTION_MAP = []            # (host exception class, callable returning the guest type)


def register_exception(host_class, w_type_getter, convert=None):
    """Host exceptions of ``host_class`` (zlib.error, struct.error, ...) become
    instances of the guest type ``w_type_getter()`` returns, called with the
    exception's args -- or whatever ``convert(e)`` returns (an OperationError)."""
    _EXCEPTION_MAP.insert(0, (host_class, convert if convert is not None else (
        lambda e: OperationError(space.call(w_type_getter(),
                                            [to_guest_arg(a) for a in e.args])))))


def host_exception(e):
    """A host exception raised by host code working for the guest, as a guest
    OperationError with the same type name, message, arguments and notes (codecs
    add "encoding with 'x' codec failed")."""
    if isinstance(e, OperationError):          # already a guest exception
        return e
    error = _guest_exception(e)
    notes = getattr(e, "__notes__", None)
    if isinstance(notes, list):
        for note in notes:
            space.call_method(error.w_value, "add_note", to_guest_arg(note))
    return error


def _guest_exception(e):
    for host_class, convert in _EXCEPTION_MAP:
        if isinstance(e, host_class):
            return convert(e)
    if isinstance(e, OSError) and type(e).__name__ != "UnsupportedOperation":
        return _guest_os_error(e)
    if isinstance(e, SyntaxError):
        name = type(e).__name__ if type(e).__name__ in (
            "SyntaxError", "IndentationError", "TabError") else "SyntaxError"
        details = (e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)
        return OperationError(space.call(space.builtin_exception(name), [
            to_guest_arg(e.msg), space.newtuple([to_guest_arg(v) for v in details])]))
    name = type(e).__name__
    if isinstance(e, RecursionError):
        name = "RecursionError"
    try:
        w_exc_type = space.builtin_exception(name)
    except KeyError:
        w_exc_type = None
    if w_exc_type is None:
        for host_base in type(e).__mro__[1:]:
            try:
                w_exc_type = space.builtin_exception(host_base.__name__)
                break
            except KeyError:
                continue
    if isinstance(e, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        # from the attributes: codecs update start/end of a reused exception, not args
        fields = (e.object, e.start, e.end, e.reason)
        if not isinstance(e, UnicodeTranslateError):
            fields = (e.encoding,) + fields
        return OperationError(space.call(w_exc_type, [to_guest_arg(a) for a in fields]))
    if isinstance(e, (KeyError, StopIteration)) and e.args:
        return OperationError(space.call(w_exc_type, [to_guest_arg(a) for a in e.args]))
    return space.error(w_exc_type, str(e) if e.args else None)


def to_guest_arg(value):
    """An exception argument: converted when it can be, else its str()."""
    try:
        return to_guest(value)
    except OperationError:
        return str(value)


def _guest_os_error(e):
    if e.errno is None:
        args = [to_guest_arg(a) for a in e.args]
        for host_class in type(e).__mro__:           # TimeoutError('timed out'), ...
            try:
                w_type = space.builtin_exception(host_class.__name__)
            except KeyError:
                continue
            return OperationError(space.call(w_type, args))
    else:
        args = [e.errno, e.strerror]
        if e.filename is not None:
            args += [to_guest_arg(e.filename), 0]
            if e.filename2 is not None:
                args.append(to_guest_arg(e.filename2))
    return OperationError(space.call(space.builtin_exception("OSError"), args))


# -- host callables as guest built-in functions -------------------------------------------------
def call_host(func, args_w, kwargs_w=None, result=to_guest):
    """Call host ``func`` with guest arguments; the result and any host exception
    cross back into the guest."""
    args = [to_host_arg(w) for w in args_w]
    kwargs = {k: to_host_arg(w) for k, w in kwargs_w.items()} if kwargs_w else {}
    return call_host_converted(func, args, kwargs, result)


def call_host_converted(func, args, kwargs=None, result=to_guest):
    """Call host ``func`` with arguments already converted to host values (with the
    GIL let go once there are guest threads: host code on host values needs no guest
    state, and a blocking call must not stop the other threads)."""
    outer = state.in_host_call
    state.in_host_call = True              # a signal may run guest handlers right here
    try:
        if running_threads.gil is None:
            value = func(*args, **(kwargs or {}))
        else:                              # other guest threads run meanwhile
            value = call_without_gil(func, args, kwargs or {})
    except OperationError:
        raise
    except Exception as e:
        raise host_exception(e)
    finally:
        state.in_host_call = outer
    return result(value)


def _any_arguments(*args_w, **kwargs_w):
    """(the host callable checks its own arguments)"""


_ANY_SIGNATURE = None


class W_HostFunction(W_BuiltinFunction):
    """A guest built-in function that is a host callable behind the bridge; the
    host callable checks its own arguments (CPython's messages)."""

    def __init__(self, host_callable, name, module, doc=None, result=to_guest):
        global _ANY_SIGNATURE
        if _ANY_SIGNATURE is None:
            _ANY_SIGNATURE = Signature(_any_arguments, "", skip_first=False, keywords=True)
        W_BuiltinFunction.__init__(self, host_callable, name, _ANY_SIGNATURE, module=module,
                                   doc=doc if doc is not None else getattr(
                                       host_callable, "__doc__", None))
        self.result = result
        self.text_signature = getattr(host_callable, "__text_signature__", None)

    def call(self, args_w, kwargs_w=None):
        if kwargs_w or not all(type(w_arg) in UNBOXED for w_arg in args_w):
            return call_host(self.func, args_w, kwargs_w, self.result)
        # unboxed arguments are their own host values (math.sqrt(x)): no conversions
        return call_host_converted(self.func, args_w, None, self.result)


def host_function(host_callable, name=None, module=None, doc=None, result=to_guest):
    """Wrap a host callable (e.g. ``math.sqrt``) as a guest built-in function."""
    return W_HostFunction(host_callable, name or host_callable.__name__, module, doc, result)
