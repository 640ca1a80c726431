"""The guest ``code`` type: a view of a snakevm.code.Code."""

from snakevm.objspace.root import W_Root
from snakevm.objspace.typedef import builtin_type, method, getset
from snakevm.objspace.space import space


class W_Code(W_Root):
    def __init__(self, code):
        self.code = code


w_code_type = builtin_type("code", instance_class=W_Code, acceptable_as_base=False)


def guest_code(code):
    w_code = code._cache.get("w_code")
    if w_code is None:
        w_code = code._cache["w_code"] = W_Code(code)
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
    return space.newlist(result)


@method(w_code_type, "co_positions")
def code_co_positions(w_self):
    from snakevm.linetable import decode_positions
    return space.newlist([space.newtuple(list(p)) for p in decode_positions(w_self.code)])
