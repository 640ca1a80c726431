"""Shared pieces of code generation: constants, frame blocks and small AST helpers.

Used by the code generator mixins (codegen.py, codegen_defs.py, codegen_stmt.py,
codegen_expr.py) and by comprehensions.py / patterns.py.
"""

import ast

from snakevm import opcodes as op
from snakevm.compiler.unit import NO_LOCATION, const_key

STACK_USE_GUIDELINE = 30

# fblock kinds
WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END = range(5)
WITH, ASYNC_WITH, HANDLER_CLEANUP, POP_VALUE, EXCEPTION_HANDLER = range(5, 10)
EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR, STOP_ITERATION = range(10, 13)

BINOP = {ast.Add: 0, ast.BitAnd: 1, ast.FloorDiv: 2, ast.LShift: 3, ast.MatMult: 4,
         ast.Mult: 5, ast.Mod: 6, ast.BitOr: 7, ast.Pow: 8, ast.RShift: 9, ast.Sub: 10,
         ast.Div: 11, ast.BitXor: 12}
INPLACE_OFFSET = 13
COMPARE_MASKS = {ast.Lt: (0, 2), ast.LtE: (1, 2 | 8), ast.Eq: (2, 8), ast.NotEq: (3, 7),
                 ast.Gt: (4, 4), ast.GtE: (5, 4 | 8)}

INTRINSIC_1 = {name: i for i, name in enumerate(op.INTRINSIC_1)}
INTRINSIC_2 = {name: i for i, name in enumerate(op.INTRINSIC_2)}

CO_FUTURE_BARRY_AS_BDFL = 0x400000
CO_FUTURE_ANNOTATIONS = 0x1000000
PyCF_MASK = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000 | 0x1000000
PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000


def LOC(node):
    end_lineno = getattr(node, "end_lineno", None)
    end_col = getattr(node, "end_col_offset", None)
    lineno = node.lineno
    if lineno is None:
        return NO_LOCATION
    return (lineno, end_lineno if end_lineno is not None else lineno,
            node.col_offset if node.col_offset is not None else -1,
            end_col if end_col is not None else -1)


def is_const(node):
    return isinstance(node, ast.Constant)


def wildcard_check(p):
    return isinstance(p, ast.MatchAs) and p.pattern is None and p.name is None


def wildcard_star_check(p):
    return isinstance(p, ast.MatchStar) and p.name is None


def get_docstring(body):
    if body and isinstance(body[0], ast.Expr):
        v = body[0].value
        if isinstance(v, ast.Constant) and isinstance(v.value, str):
            return v.value
    return None


def find_ann(stmts):
    for s in stmts:
        if isinstance(s, ast.AnnAssign):
            return True
        if isinstance(s, (ast.For, ast.AsyncFor, ast.While, ast.If)):
            if find_ann(s.body) or find_ann(s.orelse):
                return True
        elif isinstance(s, (ast.With, ast.AsyncWith)):
            if find_ann(s.body):
                return True
        elif isinstance(s, ast.Try) or type(s).__name__ == "TryStar":
            for h in s.handlers:
                if find_ann(h.body):
                    return True
            if find_ann(s.body) or find_ann(s.finalbody) or find_ann(s.orelse):
                return True
    return False


STMT_DISPATCH = {}
EXPR_DISPATCH = {}


class FBlock:
    __slots__ = ("kind", "block", "exit", "datum", "loc")

    def __init__(self, kind, block, exit, datum, loc):
        self.kind, self.block, self.exit, self.datum, self.loc = kind, block, exit, datum, loc


class PatternContext:
    def __init__(self):
        self.stores = []
        self.allow_irrefutable = False
        self.fail_pop = []
        self.on_top = 0



def merge_const(cache, value):
    """Return the shared object equal (by constant key) to value, registering it if new."""
    if value is None or value is Ellipsis:
        return value
    key = const_key(value)
    found = cache.get(key)
    if found is not None:
        return found[0]
    if type(value) is tuple:
        value = tuple(merge_const(cache, v) for v in value)
    elif type(value) is frozenset:
        value = frozenset(merge_const(cache, v) for v in value)
    cache[key] = (value,)
    return value


_INFERRED_TYPES = {ast.Tuple: "tuple", ast.List: "list", ast.ListComp: "list",
                   ast.Dict: "dict", ast.DictComp: "dict", ast.Set: "set", ast.SetComp: "set",
                   ast.GeneratorExp: "generator", ast.Lambda: "function", ast.JoinedStr: "str",
                   ast.FormattedValue: "str"}


def infer_type_name(e):
    """Name of the type an expression statically evaluates to, or None (CPython's infer_type)."""
    if isinstance(e, ast.Constant):
        v = e.value
        if v is None:
            return "NoneType"
        if v is Ellipsis:
            return "ellipsis"
        return type(v).__name__
    return _INFERRED_TYPES.get(type(e))


def _is_literal(e):
    if isinstance(e, ast.Constant):
        v = e.value
        return not (v is None or v is True or v is False or v is Ellipsis)
    return False


def is_two_element_slice(s):
    return isinstance(s, ast.Slice) and s.step is None
