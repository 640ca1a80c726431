"""marshal: snakevm's own marshal format code (snakevm/marshal.py) for the guest.

Guest values cross as host values for the writer (tuples, lists, dicts, sets,
code objects as snakevm Code) and back (host containers become guest ones,
Code becomes a guest code object); unmarshallable guest objects give
CPython's ValueError."""

from snakevm import marshal as snakevm_marshal
from snakevm.code import Code

from snakevm.objspace.space import space
from snakevm.objspace.bridge import host_buffer
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
    raise space.value_error("unmarshallable object")     # subclasses too, as in CPython


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


class _OlderVersionWriter(snakevm_marshal.Writer):
    """CPython's writer at marshal versions 0-3 (snakevm's own writes version 4): no
    back-references below 3, no short-string or small-tuple codes below 4, floats
    and complex numbers as text below 2."""

    def __init__(self, version, value):
        super().__init__()
        self.version = version
        self.shared = {}
        snakevm_marshal._count_shared(value, self.shared)

    def fresh(self, value):
        key = id(value)
        refs = self.version >= 3
        if refs and key in self.refs:
            self.out.append(ord("r"))
            self.long(self.refs[key])
            return
        kind = snakevm_marshal._kind_for(value)
        if kind in "zZaAt":
            kind = "t" if refs and kind in "ZAt" else "u"
        elif kind == ")":
            kind = "("
        elif self.version < 2 and kind in "gy":
            kind = "f" if kind == "g" else "x"
        flag = 0
        if refs and (kind in "ct" or self.shared.get(key, 0) > 1) and \
                value not in (None, True, False, Ellipsis, StopIteration):
            flag = snakevm_marshal.FLAG_REF
            self.refs[key] = self.ref_count
            self.ref_count += 1
            self.keep_alive.append(value)
        self.set_order = None
        self.out.append(ord(kind) | flag)
        if kind in "fx":
            for part in ((value,) if kind == "f" else (value.real, value.imag)):
                text = ("%.17g" % part).encode()
                self.out.append(len(text))
                self.out += text
        else:
            self.write_body(kind, value, self.fresh)


def _c_int(w_value):
    value = space.index(w_value)
    if not -2 ** 31 <= value < 2 ** 31:
        raise space.error(space.builtin_exception("OverflowError"),
                          "Python int too large to convert to C int")
    return value


def marshal_dumps(w_value, version=VERSION):
    """Return the bytes object that would be written to a file by dump(value, file)."""
    version = _c_int(version)
    value = _to_marshal(w_value)
    try:
        if version >= 4:
            return snakevm_marshal.dumps(value)
        writer = _OlderVersionWriter(version, value)
        writer.fresh(value)
        return bytes(writer.out)
    except snakevm_marshal.MarshalError as e:
        raise space.value_error(str(e))


def marshal_loads(w_bytes):
    """Convert the bytes-like object to a value."""
    data = host_buffer(w_bytes)
    if data is None or isinstance(w_bytes, str):
        raise space.type_error("a bytes-like object is required, not '%s'"
                               % space.type(w_bytes).name)
    return _to_guest(_read(bytes(data))[0])


def _read(data):
    """(value, bytes consumed) of the object at the start of ``data``."""
    try:
        value, reader = snakevm_marshal._read_object(data, False)
    except snakevm_marshal.MarshalError as e:
        name = "EOFError" if isinstance(e, EOFError) else (
            "TypeError" if isinstance(e, TypeError) else "ValueError")
        raise space.error(space.builtin_exception(name), str(e))
    return value, reader.pos


def marshal_dump(w_value, w_file, version=VERSION):
    """Write the value on the open file."""
    data = marshal_dumps(w_value, version)
    space.call_method(w_file, "write", data)
    return None


def marshal_load(w_file):
    """Read one value from the open file and return it (the file is left just after
    it when it can seek; CPython reads exactly the bytes it needs)."""
    w_probe = space.call_method(w_file, "read", 0)
    if host_buffer(w_probe) is None or isinstance(w_probe, str):
        raise space.type_error("file.read() returned not bytes but %s"
                               % space.type(w_probe).name)
    start = None
    if space.is_true(space.call_method(w_file, "seekable")):
        start = space.index(space.call_method(w_file, "tell"))
    data = bytes(host_buffer(space.call_method(w_file, "read")))
    value, consumed = _read(data)
    if start is not None:
        space.call_method(w_file, "seek", start + consumed)
    return _to_guest(value)


def make_module():
    m = ModuleDef("marshal", doc=__import__("marshal").__doc__)
    m.function(marshal_dumps, "dumps")
    m.function(marshal_loads, "loads")
    m.function(marshal_dump, "dump")
    m.function(marshal_load, "load")
    m.value("version", VERSION)
    return m.w_module


