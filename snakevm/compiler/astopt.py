"""AST-level constant folding, as CPython 3.12's Python/ast_opt.c does it.

Folds unary/binary operations on constants (with CPython's size limits),
tuples of constants, subscripts of constants, ``__debug__``, literal lists and
sets on the right of ``in``/``not in`` and as ``for`` iterables (into tuples
and frozensets), ``not (a is b)`` into ``a is not b``, and simple
``'%s' % (x,)`` formatting into f-strings.  The tree is modified in place.
"""

import ast
import operator

MAX_INT_SIZE = 128
MAX_COLLECTION_SIZE = 256
MAX_STR_SIZE = 4096
MAX_TOTAL_ITEMS = 1024
MAXDIGITS = 3


def _const(node, value):
    new = ast.Constant(value)
    ast.copy_location(new, node)
    new.kind = None
    return new


def _bits(n):
    return abs(n).bit_length()


def _check_complexity(obj, limit):
    if isinstance(obj, tuple):
        limit -= len(obj)
        for item in obj:
            if limit < 0:
                break
            limit = _check_complexity(item, limit)
    elif isinstance(obj, frozenset):
        limit -= len(obj)
        for item in obj:
            if limit < 0:
                break
            limit = _check_complexity(item, limit)
    return limit


def _safe_multiply(v, w):
    if isinstance(v, int) and isinstance(w, int) and v and w:
        if _bits(v) + _bits(w) > MAX_INT_SIZE:
            return None
    elif isinstance(v, int) and isinstance(w, (tuple, frozenset)):
        size = len(w)
        if size:
            if v < 0 or v > MAX_COLLECTION_SIZE // size:
                return None
            if v and _check_complexity(w, MAX_TOTAL_ITEMS // v) < 0:
                return None
    elif isinstance(v, int) and isinstance(w, (str, bytes)):
        size = len(w)
        if size:
            if v < 0 or v > MAX_STR_SIZE // size:
                return None
    elif isinstance(w, int) and isinstance(v, (tuple, frozenset, str, bytes)):
        return _safe_multiply(w, v)
    return v * w


def _safe_power(v, w):
    if isinstance(v, int) and isinstance(w, int) and v and w > 0:
        if _bits(v) > MAX_INT_SIZE // w:
            return None
    return v ** w


def _safe_lshift(v, w):
    if isinstance(v, int) and isinstance(w, int) and v and w:
        if w < 0:
            return None
        vbits = _bits(v)
        if w > MAX_INT_SIZE or vbits > MAX_INT_SIZE - w:
            return None
    return v << w


def _safe_mod(v, w):
    if isinstance(v, (str, bytes)):
        return None
    return v % w


BINOPS = {
    ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: _safe_multiply,
    ast.Div: operator.truediv, ast.FloorDiv: operator.floordiv, ast.Mod: _safe_mod,
    ast.Pow: _safe_power, ast.LShift: _safe_lshift, ast.RShift: operator.rshift,
    ast.BitOr: operator.or_, ast.BitXor: operator.xor, ast.BitAnd: operator.and_,
}

UNOPS = {ast.Invert: operator.invert, ast.Not: operator.not_, ast.UAdd: operator.pos,
         ast.USub: operator.neg}


def _quiet(fn, *args):
    """(True, fn(*args)), or (False, None) if it raises: then CPython does not fold.

    Warnings follow the current filters, as in CPython (e.g. ``~True`` warns and folds)."""
    try:
        return True, fn(*args)
    except Exception:
        return False, None


# -- '%s' % (...) -> f-string -------------------------------------------------------

def _parse_literal(fmt, pos):
    start = pos
    size = len(fmt)
    has_percents = False
    while pos < size:
        if fmt[pos] != "%":
            pos += 1
        elif pos + 1 < size and fmt[pos + 1] == "%":
            has_percents = True
            pos += 2
        else:
            break
    if pos == start:
        return None, pos
    s = fmt[start:pos]
    if has_percents:
        s = s.replace("%%", "%")
    c = ast.Constant(s)
    c.lineno = c.end_lineno = c.col_offset = c.end_col_offset = None
    c.kind = None
    return c, pos


def _parse_format(fmt, pos, arg):
    size = len(fmt)
    flags = set()
    width = prec = -1

    def nextc(p):
        if p >= size:
            return None, p
        return fmt[p], p + 1

    ch, pos = nextc(pos)
    if ch is None:
        return None, pos
    while ch in "-+ #0":
        flags.add(ch)
        ch, pos = nextc(pos)
        if ch is None:
            return None, pos
    if "0" <= ch <= "9":
        width = 0
        digits = 0
        while "0" <= ch <= "9":
            width = width * 10 + ord(ch) - 48
            ch, pos = nextc(pos)
            if ch is None:
                return None, pos
            digits += 1
            if digits >= MAXDIGITS:
                return None, pos
    if ch == ".":
        ch, pos = nextc(pos)
        if ch is None:
            return None, pos
        prec = 0
        digits = 0
        while "0" <= ch <= "9":
            prec = prec * 10 + ord(ch) - 48
            ch, pos = nextc(pos)
            if ch is None:
                return None, pos
            digits += 1
            if digits >= MAXDIGITS:
                return None, pos
    if ch in ("s", "r", "a"):
        spec = ""
        if "-" not in flags and width > 0:
            spec += ">"
        if width >= 0:
            spec += "%d" % width
        if prec >= 0:
            spec += ".%d" % prec
        format_spec = None
        if spec:
            format_spec = ast.Constant(spec)
            format_spec.lineno = format_spec.end_lineno = None
            format_spec.col_offset = format_spec.end_col_offset = None
            format_spec.kind = None
        fv = ast.FormattedValue(arg, ord(ch), format_spec)
        ast.copy_location(fv, arg)
        return fv, pos
    return None, pos


def _optimize_format(node, fmt, elts):
    seq = []
    pos = 0
    cnt = 0
    while True:
        lit, pos = _parse_literal(fmt, pos)
        if lit is not None:
            seq.append(lit)
        if pos >= len(fmt):
            break
        if cnt >= len(elts):
            return node
        pos += 1
        expr, pos = _parse_format(fmt, pos, elts[cnt])
        cnt += 1
        if expr is None:
            return node
        seq.append(expr)
    if cnt < len(elts):
        return node
    res = ast.JoinedStr(seq)
    ast.copy_location(res, node)
    return res


class Folder:
    def __init__(self, optimize, future_annotations):
        self.optimize = optimize
        self.future_annotations = future_annotations
        self._methods = {}

    def fold(self, node):
        cls = type(node)
        method = self._methods.get(cls, False)
        if method is False:
            method = getattr(self, "fold_" + cls.__name__, None)
            self._methods[cls] = method
        self.children(node)
        if method is not None:
            return method(node)
        return node

    def children(self, node):
        skip_annotations = self.future_annotations
        fold = self.fold
        for field in node._fields:
            if skip_annotations and field in ("annotation", "returns"):
                continue
            value = getattr(node, field, None)
            if type(value) is list:
                for i, item in enumerate(value):
                    if isinstance(item, ast.AST):
                        value[i] = fold(item)
            elif isinstance(value, ast.AST) and not isinstance(value, _LEAVES):
                setattr(node, field, fold(value))

    def fold_Name(self, node):
        if isinstance(node.ctx, ast.Load) and node.id == "__debug__":
            return _const(node, not self.optimize)
        return node

    def fold_UnaryOp(self, node):
        arg = node.operand
        if not isinstance(arg, ast.Constant):
            if (isinstance(node.op, ast.Not) and isinstance(arg, ast.Compare)
                    and len(arg.ops) == 1):
                cmp = arg.ops[0]
                inverse = {ast.Is: ast.IsNot, ast.IsNot: ast.Is, ast.In: ast.NotIn,
                           ast.NotIn: ast.In}.get(type(cmp))
                if inverse is not None:
                    arg.ops[0] = inverse()
                    return arg
            return node
        ok, value = _quiet(UNOPS[type(node.op)], arg.value)
        if ok:
            return _const(node, value)
        return node

    def fold_BinOp(self, node):
        lhs, rhs = node.left, node.right
        if not isinstance(lhs, ast.Constant):
            return node
        lv = lhs.value
        if (isinstance(node.op, ast.Mod) and isinstance(rhs, ast.Tuple) and isinstance(lv, str)
                and not any(isinstance(e, ast.Starred) for e in rhs.elts)):
            return _optimize_format(node, lv, rhs.elts)
        if not isinstance(rhs, ast.Constant):
            return node
        fn = BINOPS.get(type(node.op))
        if fn is None:
            return node
        ok, value = _quiet(fn, lv, rhs.value)
        if ok and value is not None:
            return _const(node, value)
        return node

    def fold_Tuple(self, node):
        if not isinstance(node.ctx, ast.Load):
            return node
        if all(isinstance(e, ast.Constant) for e in node.elts):
            return _const(node, tuple(e.value for e in node.elts))
        return node

    def fold_Subscript(self, node):
        if (isinstance(node.value, ast.Constant) and isinstance(node.slice, ast.Constant)
                and isinstance(node.ctx, ast.Load)):
            ok, value = _quiet(operator.getitem, node.value.value, node.slice.value)
            if ok:
                return _const(node, value)
        return node

    def fold_iter(self, arg):
        if isinstance(arg, ast.List):
            if any(isinstance(e, ast.Starred) for e in arg.elts):
                return arg
            new = ast.Tuple(arg.elts, arg.ctx)
            ast.copy_location(new, arg)
            if all(isinstance(e, ast.Constant) for e in arg.elts):
                return _const(arg, tuple(e.value for e in arg.elts))
            return new
        if isinstance(arg, ast.Set):
            if all(isinstance(e, ast.Constant) for e in arg.elts):
                ok, value = _quiet(frozenset, [e.value for e in arg.elts])
                if ok:
                    return _const(arg, value)
        return arg

    def fold_Compare(self, node):
        if isinstance(node.ops[-1], (ast.In, ast.NotIn)):
            node.comparators[-1] = self.fold_iter(node.comparators[-1])
        return node

    def fold_For(self, node):
        node.iter = self.fold_iter(node.iter)
        return node

    def fold_comprehension(self, node):
        node.iter = self.fold_iter(node.iter)
        return node


def _get_docstring_node(body):
    if body and isinstance(body[0], ast.Expr):
        v = body[0].value
        if isinstance(v, ast.Constant) and isinstance(v.value, str):
            return True
    return False


_LEAVES = (ast.expr_context, ast.operator, ast.unaryop, ast.cmpop, ast.boolop)
_WITH_DOCSTRING = (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)


class _BodyFolder(Folder):
    def children(self, node):
        if not isinstance(node, _WITH_DOCSTRING):
            return Folder.children(self, node)
        body = node.body
        had_doc = _get_docstring_node(body)
        Folder.children(self, node)
        if not had_doc and _get_docstring_node(node.body):
            st = node.body[0]
            js = ast.JoinedStr([st.value])
            ast.copy_location(js, st)
            st.value = js


def fold_constants(tree, optimize, future_annotations):
    return _BodyFolder(optimize, future_annotations).fold(tree)
