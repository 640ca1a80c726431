"""marshal: snakevm's own marshal format code (snakevm/marshal.py) for the guest.

Guest values cross as host values for the writer (tuples, lists, dicts, sets,
code objects as snakevm Code) and back (host containers become guest ones,
Code becomes a guest code object); unmarshallable guest objects give
CPython's ValueError.  The writer guesses CPython's FLAG_REF choices (which
come from reference counts) in ``_GuestWriter``; a code object that was read
by marshal replays the layout it was read with."""

from snakevm import marshal as snakevm_marshal
from snakevm.code import Code

from snakevm.objspace.root import OperationError
from snakevm.objspace.space import space
from snakevm.objspace.bridge import host_buffer
from snakevm.objspace.codeobject import W_Code, guest_code
from snakevm.module.moduledef import ModuleDef

VERSION = 4


_MAX_DEPTH = 2000                   # CPython's MAX_MARSHAL_STACK_DEPTH


def _to_marshal(w_value, made=None, depth=0):
    """A guest value as the host value snakevm's writer takes (``made``: the host
    containers made so far, by guest object, so a list holding itself works)."""
    if type(w_value) in (int, float, complex, str, bytes, bool) or w_value is None:
        return w_value
    made = {} if made is None else made
    if id(w_value) in made:
        return made[id(w_value)][1]
    if depth > _MAX_DEPTH:
        raise space.value_error("object too deeply nested to marshal")
    depth += 1
    if w_value is space.w_Ellipsis:
        return Ellipsis
    if w_value is space.builtin_exception("StopIteration"):
        return StopIteration
    if isinstance(w_value, W_Code):
        return w_value.code
    w_type = space.type(w_value)
    name = w_type.name if w_type.is_builtin else None
    if name == "tuple":
        return tuple([_to_marshal(w, made, depth) for w in w_value.items_w])
    if name == "list":
        result = []
        made[id(w_value)] = (w_value, result)
        for w_item in w_value.items_w:
            result.append(_to_marshal(w_item, made, depth))
        return result
    if name == "dict":
        result = {}
        made[id(w_value)] = (w_value, result)
        for k, v in w_value.storage.items():
            result[_to_marshal(k, made, depth)] = _to_marshal(v, made, depth)
        return result
    if name in ("set", "frozenset"):
        items = [_to_marshal(w, made, depth) for w in w_value.items]
        return frozenset(items) if name == "frozenset" else set(items)
    buffer = host_buffer(w_value)
    if buffer is not None:
        return bytes(buffer)
    raise space.value_error("unmarshallable object")     # subclasses too, as in CPython


def _to_guest(value, made=None):
    """A host value the reader made as a guest value (``made``: the guest lists and
    dicts made so far, by host object, for a list holding itself)."""
    if isinstance(value, Code):
        return guest_code(value)
    if value is Ellipsis:
        return space.w_Ellipsis
    if value is StopIteration:
        return space.builtin_exception("StopIteration")
    made = {} if made is None else made
    if id(value) in made:
        return made[id(value)][1]
    if isinstance(value, tuple):
        return space.newtuple([_to_guest(v, made) for v in value])
    if isinstance(value, list):
        w_list = space.newlist([])
        made[id(value)] = (value, w_list)
        for item in value:
            w_list.items_w.append(_to_guest(item, made))
        return w_list
    if isinstance(value, dict):
        w_dict = space.newdict()
        made[id(value)] = (value, w_dict)
        for k, v in value.items():
            space.setitem(w_dict, _to_guest(k, made), _to_guest(v, made))
        return w_dict
    if isinstance(value, (set, frozenset)):
        from snakevm.objspace.setobject import W_Set, W_FrozenSet   # loads after the space
        return (W_FrozenSet if isinstance(value, frozenset) else W_Set)(
            [_to_guest(v, made) for v in value])
    return value


_SINGLETONS = (None, True, False, Ellipsis, StopIteration)
_SCALARS = (int, float, complex, str, bytes)


def _is_singleton(value):
    return any(value is singleton for singleton in _SINGLETONS)


def _is_immortal(value):
    """Objects CPython 3.12 shares process-wide (their reference count is never 1):
    small ints, the empty bytes, tuple and str, one-character latin-1 strings."""
    if isinstance(value, int):
        return -5 <= value <= 256
    if isinstance(value, (bytes, tuple)):
        return len(value) == 0
    return isinstance(value, str) and len(value) <= 1 and value <= "\xff"


def _looks_interned(value):
    """CPython interns the identifier-like string constants of a code object."""
    return isinstance(value, str) and snakevm_marshal._is_identifier_like(value)


class _GuestWriter(snakevm_marshal.Writer):
    """CPython's writer as guest code sees it: FLAG_REF from (guessed) reference
    counts, and at marshal versions 0-3 no back-references below 3, no short-string
    or small-tuple codes below 4, floats and complex numbers as text below 2."""

    def __init__(self, version, value):
        super().__init__()
        self.version = version
        self.shared = {}
        snakevm_marshal._count_shared(value, self.shared)
        self.constant_like = {}         # id(tuple) -> made only of constants?
        self.code_depth = 0             # code objects being written around the value
        self.next_is_co_code = False

    def fresh(self, value):
        key = id(value)
        refs = self.version >= 3
        if refs and key in self.refs:
            self.out.append(ord("r"))
            self.long(self.refs[key])
            return
        kind = self._kind(value, refs)
        is_co_code, self.next_is_co_code = self.next_is_co_code, False
        flag = 0
        if refs and not _is_singleton(value) and (
                is_co_code or self.shared.get(key, 0) > 1 or self._referenced_elsewhere(value)):
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

    def write_body(self, kind, value, write):
        if kind != "c":
            super().write_body(kind, value, write)
            return
        self.code_depth += 1
        self.next_is_co_code = True     # co_code comes first: CPython caches it in the code
        super().write_body(kind, value, write)
        self.code_depth -= 1

    def _referenced_elsewhere(self, value):
        """CPython sets FLAG_REF on every object whose reference count is above 1;
        snakevm has no reference counts, so this guesses from where such objects
        usually come from.  Immortal objects and interned strings always have
        other references.  Inside a code object, the rest is held by the code
        alone.  Elsewhere, scalars, constant tuples and code objects are usually
        held by the dumping code's co_consts or a variable too, while lists,
        dicts, sets and other tuples are usually made just for the dump (by a
        display or a call) and held only by their container."""
        if _is_immortal(value) or _looks_interned(value):
            return True
        if self.code_depth:
            return False
        return isinstance(value, (Code,) + _SCALARS) or (
            isinstance(value, tuple) and self._is_constant_like(value))

    def _is_constant_like(self, value):
        """Could ``value`` be a compiler constant (a scalar or a tuple of constants)?
        (Remembered per tuple: a deep nest is walked once, not once per level.)"""
        if _is_singleton(value) or isinstance(value, _SCALARS):
            return True
        if not isinstance(value, tuple):
            return False
        known = self.constant_like.get(id(value))
        if known is None:
            known = True
            for item in value:          # (a loop, not all(generator): one frame per level)
                if not self._is_constant_like(item):
                    known = False
                    break
            self.constant_like[id(value)] = known
        return known

    def _kind(self, value, refs):
        kind = snakevm_marshal._kind_for(value)
        if self.version >= 4:
            return kind
        if kind in "zZaAt":
            return "t" if refs and kind in "ZAt" else "u"
        if kind == ")":
            return "("
        if self.version < 2 and kind in "gy":
            return "f" if kind == "g" else "x"
        return kind


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
        if version >= 4 and isinstance(value, Code) and value.marshal_info is not None:
            return snakevm_marshal.dumps(value)         # replays the layout it was read with
        writer = _GuestWriter(version, value)
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
    except snakevm_marshal.MarshalDecodeError as e:
        raise OperationError(space.call(space.builtin_exception("UnicodeDecodeError"),
                                        list(e.args)))
    except snakevm_marshal.MarshalError as e:
        raise space.error(space.builtin_exception(_guest_error_name(e)), str(e))
    return value, reader.pos


def _guest_error_name(e):
    """The guest exception CPython raises for the reader's MarshalError ``e``."""
    if isinstance(e, EOFError):
        return "EOFError"
    if isinstance(e, TypeError):
        return "TypeError"
    if isinstance(e, snakevm_marshal.MarshalSystemError):
        return "SystemError"
    return "ValueError"


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


