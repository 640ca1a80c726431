"""The guest ``code`` type: a view of a snakevm.code.Code."""

import weakref as host_weakref

from snakevm import opcodes
from snakevm.opcodes import (CO_FAST_CELL as _CO_FAST_CELL, CO_FAST_FREE as _CO_FAST_FREE,
                             CO_FAST_LOCAL as _CO_FAST_LOCAL)
from snakevm.code import Code
from snakevm.objspace.root import W_Root, OperationError
from snakevm.objspace.typedef import builtin_type, method, getset, new_method
from snakevm.objspace.space import space


class W_Code(W_Root):
    def __init__(self, code):
        self.code = code


w_code_type = builtin_type("code", instance_class=W_Code, acceptable_as_base=False)


def guest_code(code):
    """The guest code object of host code object ``code`` (one while it lives; the
    host object holds it weakly, as the guest object holds the host one)."""
    ref = code._cache.get("w_code")
    w_code = ref() if ref is not None else None
    if w_code is None:
        w_code = W_Code(code)
        code._cache["w_code"] = host_weakref.ref(w_code)
    return w_code


def _bridge(value):
    from snakevm.interpreter.constants import bridge_constant   # (it imports this module)
    return bridge_constant(value)


for _name in ("co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_stacksize",
              "co_flags", "co_code", "co_filename", "co_name", "co_qualname", "co_firstlineno",
              "co_linetable", "co_exceptiontable", "co_nlocals"):
    getset(w_code_type, _name)(lambda w_self, _n=_name: getattr(w_self.code, _n))
for _name in ("co_consts", "co_names", "co_varnames", "co_cellvars", "co_freevars"):
    getset(w_code_type, _name)(lambda w_self, _n=_name: _bridge(getattr(w_self.code, _n)))


@method(w_code_type, "__repr__")
def code_repr(w_self):
    c = w_self.code
    return '<code object %s at 0x%x, file "%s", line %d>' % (c.co_name, id(w_self), c.co_filename,
                                                            c.co_firstlineno)


def _key(code):
    """What code equality compares (CPython's code_richcompare)."""
    return (code.co_name, code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount,
            code.co_flags, code.co_firstlineno, code.co_code,
            tuple(_key(c) if isinstance(c, Code) else (type(c), c) for c in code.co_consts),
            code.co_names, code.co_localsplusnames, code.co_linetable,
            code.co_exceptiontable)


@method(w_code_type, "__eq__")
def code_eq(w_self, w_other):
    if not isinstance(w_other, W_Code):
        return space.w_NotImplemented
    return w_self.code is w_other.code or _key(w_self.code) == _key(w_other.code)


@method(w_code_type, "__hash__")
def code_hash(w_self):
    return hash(_key(w_self.code))


@method(w_code_type, "co_lines")
def code_co_lines(w_self):
    from snakevm.linetable import decode_positions
    result = []
    positions = decode_positions(w_self.code)
    start = 0
    for i in range(1, len(positions) + 1):
        if i == len(positions) or positions[i][0] != positions[start][0]:
            result.append(space.newtuple([start * 2, i * 2, positions[start][0]]))
            start = i
    return space.iter(space.newlist(result))


@method(w_code_type, "co_positions")
def code_co_positions(w_self):
    from snakevm.linetable import decode_positions
    return space.iter(space.newlist([space.newtuple(list(p))
                                     for p in decode_positions(w_self.code)]))


_INT_FIELDS = ("co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals",
               "co_stacksize", "co_flags", "co_firstlineno")
_BYTES_FIELDS = ("co_code", "co_linetable", "co_exceptiontable")
_STR_FIELDS = ("co_filename", "co_name", "co_qualname")
_NAME_TUPLE_FIELDS = ("co_names", "co_varnames", "co_freevars", "co_cellvars")
_C_INT_MAX = 2 ** 31 - 1


_EMPTY_CODE = Code(0, 0, 0, 0, 0, b"", (), (), (), b"", "", "", "", 1, b"", b"")


@method(w_code_type, "replace", keywords=True)
def code_replace(w_self, **kwargs_w):
    """code.replace(**changes): a copy with some fields changed (checked like
    CPython's code constructor; the bytecode itself is the verifier's business)."""
    c = w_self.code
    fields = {}
    for name, w_value in kwargs_w.items():
        fields[name] = _replacement(name, w_value)
    get = lambda name: fields[name] if name in fields else getattr(c, name)   # noqa: E731
    if any(name in fields for name in ("co_varnames", "co_freevars", "co_cellvars")):
        names, kinds = _localsplus(get("co_varnames"), get("co_cellvars"), get("co_freevars"))
    else:
        names, kinds = c.co_localsplusnames, c.co_localspluskinds
    new = Code(get("co_argcount"), get("co_posonlyargcount"), get("co_kwonlyargcount"),
               get("co_stacksize"), get("co_flags"), get("co_code"), get("co_consts"),
               get("co_names"), names, kinds, get("co_filename"), get("co_name"),
               get("co_qualname"), get("co_firstlineno"), get("co_linetable"),
               get("co_exceptiontable"))
    if "co_nlocals" in fields and fields["co_nlocals"] != new.co_nlocals:
        raise space.value_error("code: co_nlocals != len(co_varnames)")
    # (negative numbers were refused by _replacement already)
    if new.co_argcount < new.co_posonlyargcount:
        raise space.value_error("code: argcount must not be negative")
    if new.parameter_count > new.co_nlocals:
        raise space.value_error("code: co_varnames is too small")
    if len(new.co_code) % 2:
        raise space.value_error("code: co_code is malformed")
    return W_Code(new)


# code(argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize, flags, codestring,
#      constants, names, varnames, filename, name, qualname, firstlineno, linetable,
#      exceptiontable, freevars=(), cellvars=(), /): the fields in replace()'s terms.
_CONSTRUCTOR_FIELDS = ("co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals",
                       "co_stacksize", "co_flags", "co_code", "co_consts", "co_names",
                       "co_varnames", "co_filename", "co_name", "co_qualname",
                       "co_firstlineno", "co_linetable", "co_exceptiontable", "co_freevars",
                       "co_cellvars")


@new_method(w_code_type, keywords=False)
def code_new(w_type, *args_w):
    """code(argcount, posonlyargcount, ..., exceptiontable, freevars=(), cellvars=(), /)"""
    if not 16 <= len(args_w) <= 18:
        raise space.type_error("code expected %s, got %d" % (
            "at least 16 arguments" if len(args_w) < 16 else "at most 18 arguments",
            len(args_w)))
    changes = {}
    for number, (name, w_value) in enumerate(zip(_CONSTRUCTOR_FIELDS, args_w), 1):
        try:
            _replacement(name, w_value)
        except OperationError as e:
            if not e.match(space.builtin_exception("TypeError")):
                raise
            raise space.type_error("code() argument %d must be %s, not %s" % (
                number, _KIND_OF[name], space.type(w_value).name))
        changes[name] = w_value
    for name in ("co_freevars", "co_cellvars"):
        changes.setdefault(name, space.newtuple([]))
    template = W_Code(_EMPTY_CODE)
    return code_replace(template, **changes)


def _kind_of(name):
    if name in _INT_FIELDS:
        return "int"
    if name in _BYTES_FIELDS:
        return "bytes"
    return "str" if name in _STR_FIELDS else "tuple"


_KIND_OF = {name: _kind_of(name) for name in _CONSTRUCTOR_FIELDS}


def _replacement(name, w_value):
    """The host value of replace()'s argument ``name`` (TypeError/OverflowError/
    SystemError for a value of the wrong kind, as CPython's argument parsing gives)."""
    if name in _INT_FIELDS:
        if not isinstance(w_value, int):
            raise space.type_error("replace() argument '%s' must be int, not %s"
                                   % (name, space.type(w_value).name))
        if not -_C_INT_MAX - 1 <= w_value <= _C_INT_MAX:
            raise space.error(space.builtin_exception("OverflowError"),
                              "Python int too large to convert to C int")
        if w_value < 0:
            raise space.value_error("%s must be a positive integer" % name)
        return int(w_value)
    if name in _BYTES_FIELDS:
        if type(w_value) is not bytes:
            raise space.type_error("replace() argument '%s' must be bytes, not %s"
                                   % (name, space.type(w_value).name))
        return w_value
    if name in _STR_FIELDS:
        if not isinstance(w_value, str):
            raise space.type_error("replace() argument '%s' must be str, not %s"
                                   % (name, space.type(w_value).name))
        return str(w_value)
    if name in _NAME_TUPLE_FIELDS or name == "co_consts":
        if not space.type(w_value).is_subtype(space.builtins_type("tuple")):
            raise space.type_error("replace() argument '%s' must be tuple, not %s"
                                   % (name, space.type(w_value).name))
        items = space.unpack_iterable(w_value)
        if name == "co_consts":
            return tuple(_host_constant(w_item) for w_item in items)
        if not all(isinstance(w_item, str) for w_item in items):
            raise space.error(space.builtin_exception("SystemError"),
                              "non-string found in code slot")
        return tuple(str(w_item) for w_item in items)
    raise space.type_error("replace() got an unexpected keyword argument '%s'" % name)


def _host_constant(w_value):
    """A guest constant as the host value a Code holds (see snakevm/code.py)."""
    from snakevm.objspace.tupleobject import W_Tuple
    from snakevm.objspace.setobject import W_FrozenSet
    if isinstance(w_value, (int, float, complex, str, bytes)) or w_value is None:
        return w_value
    if w_value is space.w_Ellipsis:
        return Ellipsis
    if isinstance(w_value, W_Code):
        return w_value.code
    if type(w_value) is W_Tuple:
        return tuple(_host_constant(w_item) for w_item in w_value.items_w)
    if type(w_value) is W_FrozenSet:
        return frozenset(_host_constant(w_item) for w_item in space.unpack_iterable(w_value))
    raise space.value_error("snakevm: a code constant cannot be a %s object"
                            % space.type(w_value).name)


def _localsplus(varnames, cellvars, freevars):
    """co_localsplusnames and co_localspluskinds from the three name tuples (a cell
    variable that is also a local shares its slot, as in CPython 3.12)."""
    names, kinds = list(varnames), [_CO_FAST_LOCAL] * len(varnames)
    for name in cellvars:
        if name in varnames:
            kinds[varnames.index(name)] |= _CO_FAST_CELL
        else:
            names.append(name)
            kinds.append(_CO_FAST_CELL)
    names.extend(freevars)
    kinds.extend([_CO_FAST_FREE] * len(freevars))
    return tuple(names), bytes(kinds)


@method(w_code_type, "_varname_from_oparg")
def code_varname_from_oparg(w_self, oparg):
    return w_self.code.co_localsplusnames[oparg]


def _lnotab(code):
    """The deprecated co_lnotab: (bytecode offset delta, line delta) byte pairs."""
    out = bytearray()
    last_offset, last_line = 0, code.co_firstlineno
    for start, _, line in code.co_lines():
        if line is None or line == last_line:
            continue
        offset_delta, line_delta = start - last_offset, line - last_line
        while offset_delta > 255:
            out += bytes((255, 0))
            offset_delta -= 255
        while line_delta > 127 or line_delta < -128:
            step = 127 if line_delta > 0 else -128
            out += bytes((offset_delta, step & 0xFF))
            offset_delta, line_delta = 0, line_delta - step
        out += bytes((offset_delta, line_delta & 0xFF))
        last_offset, last_line = start, line
    return bytes(out)


def _deprecated_lnotab(w_self):
    from snakevm.module.moduledef import guest_warn     # module/ is loaded after objspace/
    guest_warn("co_lnotab is deprecated, use co_lines instead.", "DeprecationWarning")
    return _lnotab(w_self.code)


getset(w_code_type, "co_lnotab")(_deprecated_lnotab)
def _adaptive_code(w_self):
    """co_code as the adaptive interpreter has rewritten it so far: specialized
    instructions in place of the generic ones (dis.dis(f, adaptive=True))."""
    code = w_self.code
    decoded = code._cache.get("decoded")
    if decoded is None:
        return code.co_code
    raw = bytearray(code.co_code)
    for op, oparg, _, index in decoded:
        if op in opcodes.SPECIALIZED_BY_NUMBER:
            raw[2 * index] = op
    return bytes(raw)


getset(w_code_type, "_co_code_adaptive")(_adaptive_code)
