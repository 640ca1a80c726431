"""The guest ``code`` type: a view of a snakevm.code.Code."""

import weakref as host_weakref

from snakevm.objspace.root import W_Root
from snakevm.objspace.typedef import builtin_type, method, getset
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
    from snakevm.interpreter.eval import bridge_constant
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


_REPLACEABLE = ("co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_stacksize",
                "co_flags", "co_code", "co_filename", "co_name", "co_qualname",
                "co_firstlineno", "co_linetable", "co_exceptiontable", "co_names", "co_consts")


@method(w_code_type, "replace", keywords=True)
def code_replace(w_self, **kwargs_w):
    """code.replace(**changes): a copy with some fields changed."""
    from snakevm.objspace.space import space
    from snakevm.code import Code
    c = w_self.code
    fields = {name: getattr(c, name) for name in _REPLACEABLE}
    fields["co_localsplusnames"] = c.co_localsplusnames
    for name, w_value in kwargs_w.items():
        if name not in _REPLACEABLE:
            raise space.type_error("replace() got an unexpected keyword argument '%s'" % name)
        if name in ("co_names", "co_consts"):
            items = space.unpack_iterable(w_value)
            if name == "co_consts" and not all(
                    isinstance(w, (int, float, complex, str, bytes)) or w is None for w in items):
                raise space.value_error("snakevm: replace(co_consts=...) supports only "
                                        "constants of the unboxed types")
            w_value = tuple(items)
        fields[name] = w_value
    new = Code(fields["co_argcount"], fields["co_posonlyargcount"], fields["co_kwonlyargcount"],
               fields["co_stacksize"], fields["co_flags"], fields["co_code"],
               fields["co_consts"], fields["co_names"], c.co_localsplusnames,
               c.co_localspluskinds, fields["co_filename"], fields["co_name"],
               fields["co_qualname"], fields["co_firstlineno"], fields["co_linetable"],
               fields["co_exceptiontable"])
    return W_Code(new)


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


getset(w_code_type, "co_lnotab")(lambda w_self: _lnotab(w_self.code))
getset(w_code_type, "_co_code_adaptive")(lambda w_self: w_self.code.co_code)
