"""Test bridge: snakevm ``Code`` <-> the host's ``types.CodeType``.

Used by the tests and conformance scripts to run snakevm-compiled bytecode on
the host CPython 3.12 and to diff it against CPython's own ``compile()``.
Only meaningful on a 3.12 host (the bytecode format is 3.12's).
"""

import types

from snakevm.code import Code


def to_host_code(code, _memo=None):
    """Convert (recursively); objects shared between snakevm code objects stay shared."""
    memo = {} if _memo is None else _memo
    found = memo.get(id(code))
    if found is not None:
        return found[1]
    consts = code.co_consts
    host_consts = tuple(_const_to_host(c, memo) for c in consts)
    if all(a is b for a, b in zip(host_consts, consts)):
        host_consts = consts
    result = types.CodeType(
        code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount,
        code.co_nlocals, code.co_stacksize, code.co_flags, code.co_code, host_consts,
        code.co_names, code.co_varnames, code.co_filename, code.co_name,
        code.co_qualname, code.co_firstlineno, code.co_linetable,
        code.co_exceptiontable, code.co_freevars, code.co_cellvars)
    memo[id(code)] = (code, result)
    return result


def _const_to_host(value, memo):
    if isinstance(value, Code):
        return to_host_code(value, memo)
    if type(value) is tuple:
        found = memo.get(id(value))
        if found is not None:
            return found[1]
        items = tuple(_const_to_host(v, memo) for v in value)
        result = value if all(a is b for a, b in zip(items, value)) else items
        memo[id(value)] = (value, result)
        return result
    return value


FIELDS = ("co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals",
          "co_stacksize", "co_flags", "co_names", "co_varnames", "co_cellvars",
          "co_freevars", "co_name", "co_qualname", "co_firstlineno", "co_linetable",
          "co_exceptiontable")


def _const_eq(a, b):
    if type(a) is not type(b):
        return False
    if isinstance(a, types.CodeType):
        return True          # compared separately, as their own code objects
    if type(a) is tuple:
        return len(a) == len(b) and all(_const_eq(x, y) for x, y in zip(a, b))
    if type(a) is float or type(a) is complex:
        return repr(a) == repr(b)
    if type(a) is frozenset:
        return a == b
    return a == b


def compare_codes(ours, theirs, path=""):
    """Yield (qualname, code_identical, all_identical, differing_fields) per code object pair."""
    diffs = []
    code_same = ours.co_code == theirs.co_code
    if not code_same:
        diffs.append("co_code")
    for f in FIELDS:
        if getattr(ours, f) != getattr(theirs, f):
            diffs.append(f)
    oc, tc = ours.co_consts, theirs.co_consts
    if len(oc) != len(tc) or not all(_const_eq(a, b) for a, b in zip(oc, tc)):
        diffs.append("co_consts")
    yield (theirs.co_qualname, code_same, not diffs, diffs)
    ocodes = [c for c in oc if isinstance(c, types.CodeType)]
    tcodes = [c for c in tc if isinstance(c, types.CodeType)]
    for a, b in zip(ocodes, tcodes):
        yield from compare_codes(a, b)
    for b in tcodes[len(ocodes):]:
        for sub in _all_codes(b):
            yield (sub.co_qualname, False, False, ["missing"])


def _all_codes(code):
    yield code
    for c in code.co_consts:
        if isinstance(c, types.CodeType):
            yield from _all_codes(c)
