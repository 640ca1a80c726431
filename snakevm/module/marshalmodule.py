"""marshal: snakevm's own marshal format code (snakevm/marshal.py) for the guest.

Guest values cross as host values for the writer (tuples, lists, dicts, sets,
code objects as snakevm Code) and back (host containers become guest ones,
Code becomes a guest code object); unmarshallable guest objects give
CPython's ValueError."""

from snakevm import marshal as snakevm_marshal
from snakevm.code import Code

from snakevm.objspace.space import space
from snakevm.objspace.bridge import host_buffer, to_host_arg
from snakevm.objspace.codeobject import W_Code, guest_code
from snakevm.module.moduledef import ModuleDef

VERSION = 4


def _to_marshal(w_value):
    """A guest value as the host value snakevm's writer takes."""
    if type(w_value) in (int, float, complex, str, bytes, bool) or w_value is None:
        return w_value
    if w_value is space.w_Ellipsis:
        return Ellipsis
    if w_value is space.builtin_exception("StopIteration"):
        return StopIteration
    if isinstance(w_value, W_Code):
        return w_value.code
    w_type = space.type(w_value)
    name = w_type.name if w_type.is_builtin else None
    if name == "tuple":
        return tuple(_to_marshal(w) for w in w_value.items_w)
    if name == "list":
        return [_to_marshal(w) for w in w_value.items_w]
    if name == "dict":
        return {_to_marshal(k): _to_marshal(v) for k, v in w_value.storage.items()}
    if name in ("set", "frozenset"):
        items = [_to_marshal(w) for w in w_value.items]
        return frozenset(items) if name == "frozenset" else set(items)
    buffer = host_buffer(w_value)
    if buffer is not None:
        return bytes(buffer)
    if getattr(w_value, "scalar_layout", False):
        return w_value.value
    raise space.value_error("unmarshallable object")


def _to_guest(value):
    if isinstance(value, Code):
        return guest_code(value)
    if value is Ellipsis:
        return space.w_Ellipsis
    if value is StopIteration:
        return space.builtin_exception("StopIteration")
    if isinstance(value, tuple):
        return space.newtuple([_to_guest(v) for v in value])
    if isinstance(value, list):
        return space.newlist([_to_guest(v) for v in value])
    if isinstance(value, dict):
        return space.newdict({_to_guest(k): _to_guest(v) for k, v in value.items()})
    if isinstance(value, (set, frozenset)):
        from snakevm.objspace.setobject import W_Set, W_FrozenSet   # loads after the space
        return (W_FrozenSet if isinstance(value, frozenset) else W_Set)(
            _to_guest(v) for v in value)
    return value


def marshal_dumps(w_value, version=VERSION):
    """Return the bytes object that would be written to a file by dump(value, file)."""
    space.index(version)
    return snakevm_marshal.dumps(_to_marshal(w_value))


def marshal_loads(w_bytes):
    """Convert the bytes-like object to a value."""
    data = host_buffer(w_bytes)
    if data is None or isinstance(w_bytes, str):
        raise space.type_error("a bytes-like object is required, not '%s'"
                               % space.type(w_bytes).name)
    try:
        return _to_guest(snakevm_marshal.loads(bytes(data), keep_layout=False))
    except snakevm_marshal.MarshalError as e:
        name = "EOFError" if isinstance(e, EOFError) else (
            "TypeError" if isinstance(e, TypeError) else "ValueError")
        raise space.error(space.builtin_exception(name), str(e))


def marshal_dump(w_value, w_file, version=VERSION):
    """Write the value on the open file."""
    space.call_method(w_file, "write", marshal_dumps(w_value, version))
    return None


def marshal_load(w_file):
    """Read one value from the open file and return it."""
    w_data = space.call_method(w_file, "read")
    data = to_host_arg(w_data)
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise space.type_error("file.read() returned not bytes but %s"
                               % space.type(w_data).name)
    return marshal_loads(bytes(data))


def make_module():
    m = ModuleDef("marshal", doc=__import__("marshal").__doc__)
    m.function(marshal_dumps, "dumps")
    m.function(marshal_loads, "loads")
    m.function(marshal_dump, "dump")
    m.function(marshal_load, "load")
    m.value("version", VERSION)
    return m.w_module


