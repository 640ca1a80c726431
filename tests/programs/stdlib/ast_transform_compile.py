# ast: NodeTransformer/NodeVisitor, literal_eval, building trees by hand, compile() of guest trees and its errors.
import ast
class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node
t = ast.fix_missing_locations(Double().visit(ast.parse("print(21, 'x')")))
exec(compile(t, "<ast>", "exec"))
class Names(ast.NodeVisitor):
    def __init__(self):
        self.names = []
    def visit_Name(self, node):
        self.names.append(node.id)
        self.generic_visit(node)
v = Names(); v.visit(ast.parse("a = b + c(d)")); print(v.names)
print(ast.literal_eval("[1, 2.5, 'a', (None, True), {'k': -3}, {1, 2}, b'x', 1+2j]"))
for text in ("f(x)", "a + b", "[1, 2"):
    try:
        ast.literal_eval(text)
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__, str(e).split(":")[0])
e = ast.Expression(ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7)))
print(eval(compile(ast.fix_missing_locations(e), "<ast>", "eval")))
m = ast.Module([ast.FunctionDef("g", ast.arguments([], [ast.arg("y")], None, [], [], None, []),
                                [ast.Return(ast.BinOp(ast.Name("y", ast.Load()), ast.Add(), ast.Constant(1)))], [], None, None, [])], [])
ns = {}; exec(compile(ast.fix_missing_locations(m), "<gen>", "exec"), ns); print(ns["g"](41))
tree = ast.parse("x = 1"); tree.body.append(ast.Expr(ast.Call(ast.Name("print", ast.Load()), [ast.Name("x", ast.Load())], [])))
exec(compile(ast.fix_missing_locations(tree), "<t>", "exec"))
for bad in (lambda: compile(ast.Module([ast.Expr(ast.Name("x", ast.Load()))], []), "f", "exec"),
            lambda: compile(ast.Expression(ast.Name("x", ast.Load(), lineno=1, col_offset=0)), "f", "exec"),
            lambda: compile(5, "f", "exec"), lambda: compile("x", "f", "bad"), lambda: compile("x", "f", "func_type"),
            lambda: compile("x", "f", "exec", 1 << 28)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(compile("1 + 1", "<s>", "eval", ast.PyCF_ONLY_AST).__class__.__name__, ast.increment_lineno(ast.parse("x"), 3).body[0].lineno)
