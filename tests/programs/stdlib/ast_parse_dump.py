# ast: parse, dump (with indent and attributes), unparse, walk, node fields and class attributes, pattern matching on nodes.
import ast
tree = ast.parse("x = 1 + 2\nprint(x * 3)\n")
print(ast.dump(tree))
print(ast.dump(tree.body[0], indent=2, include_attributes=True))
print(ast.unparse(tree))
print([type(n).__name__ for n in ast.walk(ast.parse("a.b(c, *d, k=e)"))])
n = ast.Name("x", ast.Load())
print(n.id, n._fields, ast.Name._attributes, ast.Name.__match_args__, n.__reduce__()[0].__name__, ast.Constant.kind, ast.arguments().vararg)
print(ast.get_docstring(ast.parse('"""doc"""\nx=1')), isinstance(tree.body[0], ast.stmt), ast.Constant(...).value, type(ast.Name).__name__)
match tree.body[0]:
    case ast.Assign(targets=[ast.Name(id=name)], value=ast.BinOp(op=ast.Add())):
        print("matched", name)
fn = ast.parse("def f[T](x: T) -> T:\n    return x").body[0]
print(fn.name, fn.type_params[0].name, [a.arg for a in fn.args.args], fn.lineno, fn.end_lineno, fn.col_offset)
print(ast.dump(ast.parse("(a, *b) = c", mode="exec").body[0].targets[0]), ast.dump(ast.parse("1 if x else 2", mode="eval")))
print(ast.dump(ast.parse("(int, str) -> None", mode="func_type")))
for bad in (lambda: ast.Name(1, 2, 3), lambda: ast.Name(1, id=2), lambda: ast.parse("x = (")):
    try:
        bad()
    except (TypeError, SyntaxError) as e:
        print(type(e).__name__, e)
print(ast.parse("x  # type: int", type_comments=True).body[0].type_comment if False else "", ast.PyCF_ONLY_AST, ast.AST.__module__, ast.expr.__mro__[1].__name__)
