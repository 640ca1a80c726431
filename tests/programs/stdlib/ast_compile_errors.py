# ast: compile() of malformed trees (CPython's obj2ast and validator errors), parse errors, modes, type comments.
import ast
import re


def attempt(tree, mode="exec"):
    try:
        code = compile(tree, "<t>", mode)
        print("ok", type(code).__name__)
    except (TypeError, ValueError, SyntaxError) as e:
        print(type(e).__name__, re.sub(r" at 0x[0-9a-f]+", "", str(e)))


L = dict(lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)
attempt(ast.Module([ast.Expr(ast.Constant(1))], []))
attempt(ast.Module([ast.Expr(ast.Constant(1, **L), **L)]))
attempt(ast.Module([ast.Expr(42, **L)], []))
attempt(ast.Module([ast.Expr("x", **L)], []))
attempt(ast.Module([ast.Expr(None, **L)], []))
attempt(ast.Module([42], []))
attempt(ast.Module(None, []))
attempt(ast.Module(5, []))
attempt(ast.Module((), []))
attempt(ast.Expression(ast.Constant(1, **L)), "exec")
attempt(ast.Module([], []), "eval")
attempt(ast.Expression(ast.Name("x", ast.Store(), **L)), "eval")
attempt(ast.Expression(ast.Name("x", **L)), "eval")
attempt(ast.Expression(ast.Name(42, ast.Load(), **L)), "eval")
attempt(ast.Expression(ast.Constant([1], **L)), "eval")
attempt(ast.Expression(ast.Constant(ast, **L)), "eval")
attempt(ast.Expression(ast.Constant((1, (2, frozenset({3}))), **L)), "eval")
attempt(ast.Module([ast.FunctionDef("f", ast.arguments([], [], None, [], [], None, []),
                                    [], [], **L)], []))
attempt(ast.Module([ast.Return(None, **L)], []))
attempt(ast.Module([ast.Assign([ast.Name("x", ast.Load(), **L)], ast.Constant(1, **L), **L)], []))
attempt(ast.Module([ast.ImportFrom("m", [ast.alias("a", None, **L)], -1, **L)], []))
attempt(ast.Expression(ast.BinOp(ast.Constant(1, **L), ast.Load(), ast.Constant(2, **L), **L)), "eval")
attempt(ast.Expression(ast.Compare(ast.Constant(1, **L), [ast.Lt()], [], **L)), "eval")
attempt(ast.Expression(ast.Constant(1, lineno=1, col_offset=0)), "eval")
attempt(ast.Expression(ast.Constant(1, lineno=2, col_offset=0, end_lineno=1, end_col_offset=0)), "eval")
attempt(ast.Interactive([ast.Expr(ast.Constant(1, **L), **L)]), "single")
attempt(ast.Expression(ast.Constant(1, **L)), "single")
attempt(42, "exec")
attempt(ast.AST(), "exec")
attempt(ast.Module([ast.expr()], []))
attempt(ast.Module([ast.Pass(lineno=1, col_offset=0, end_lineno="x", end_col_offset=0)], []))


class NotANode(ast.AST):
    pass


attempt(ast.Module([NotANode()], []))
try:
    compile(ast.parse("x = 1"), "<t>", "func_type")
except ValueError as e:
    print(type(e).__name__, e)

# source that does not parse
for src, mode in [("a\0b", "exec"), (b"# coding: latin-1\nx = '\xe9'", "exec"), ("x = 1", "bogus"),
                  ("lambda: (yield)", "eval"), ("return 1", "exec"), ("await x", "exec"),
                  ("(a, b) -> c", "func_type"), ("x", "func_type"), ("a b", "eval"),
                  ("  x = 1", "exec"), ("f(**a, *b)", "exec"), ("x = (", "exec"),
                  ("if x:\npass", "exec"), ("del f()", "exec")]:
    try:
        tree = compile(src, "<s>", mode, ast.PyCF_ONLY_AST)
        print(type(tree).__name__, ast.dump(tree))
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__, e, getattr(e, "lineno", None), getattr(e, "offset", None))
try:
    compile("x = 1", "<s>", "exec", 0x40000000)
except ValueError as e:
    print(type(e).__name__, e)

# type comments, feature_version, func_type, top-level await
try:
    ast.parse("x: int = 1  # type: int", type_comments=True)
except SyntaxError as e:
    print(type(e).__name__, e)
print(ast.dump(ast.parse("x = []  # type: List[int]", type_comments=True)))
print(ast.dump(ast.parse("def f(a, b):\n    # type: (int, str) -> None\n    pass", type_comments=True)))
print(ast.dump(ast.parse("import x  # type: ignore[attr]", type_comments=True)))
print(ast.dump(ast.parse("(int, str) -> List[int]", mode="func_type")))
for version in [(3, 9), (3, 10)]:
    try:
        print(ast.dump(ast.parse("match x:\n case 1: pass", feature_version=version)))
    except SyntaxError as e:
        print(type(e).__name__, e)
print(ast.dump(compile("await x", "<s>", "exec", ast.PyCF_ONLY_AST | ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)))


# subclasses of str and int are not identifiers or constants; bool is
class S(str):
    pass


class I(int):
    pass


for tree in [ast.Expression(ast.Name(S("x"), ast.Load())), ast.Expression(ast.Constant(S("x"))),
             ast.Expression(ast.Constant(I(3))), ast.Expression(ast.Constant(True)),
             ast.Expression(ast.Constant(...))]:
    ast.fix_missing_locations(tree)
    try:
        print(eval(compile(tree, "<t>", "eval"), {"x": 5}))
    except TypeError as e:
        print(type(e).__name__, e)

# an abstract node's attributes are read before its type is checked
attempt(ast.Module([ast.Expr(ast.expr(lineno=2, col_offset=3), lineno=2, col_offset=3)], []))
# level=None means 0; missing end positions default to the start
tree = ast.Module([ast.ImportFrom("os", [ast.alias("sep", lineno=1, col_offset=0)], None,
                                  lineno=1, col_offset=0)], [])
namespace = {}
exec(compile(tree, "<t>", "exec"), namespace)
print(namespace["sep"])
