# ast: NodeVisitor/NodeTransformer, location helpers, compiling transformed and hand-built trees and running them.
import ast

source = """
def area(w, h):
    '''Area of a rectangle.'''
    return w * h

total = 0
for i in range(1, 4):
    total += area(i, 2)
print("total", total)
"""
tree = ast.parse(source)
exec(compile(tree, "<ast>", "exec"))


class Names(ast.NodeVisitor):
    def __init__(self):
        self.seen = []

    def visit_Name(self, node):
        self.seen.append((node.id, type(node.ctx).__name__, node.lineno, node.col_offset))
        self.generic_visit(node)


visitor = Names()
visitor.visit(tree)
print(visitor.seen)


class Scale(ast.NodeTransformer):
    """Multiply integer constants by ten, turn `*` into `+`, drop print's first arg."""

    def visit_Constant(self, node):
        if type(node.value) is int:
            return ast.copy_location(ast.Constant(node.value * 10), node)
        return node

    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Mult):
            node.op = ast.Add()
        return node


new_tree = ast.fix_missing_locations(Scale().visit(tree))
print(ast.unparse(new_tree))
exec(compile(new_tree, "<ast>", "exec"))

# a tree built by hand
body = [
    ast.Assign(targets=[ast.Name("x", ast.Store())], value=ast.Constant(6)),
    ast.Expr(ast.Call(ast.Name("print", ast.Load()),
                      [ast.BinOp(ast.Name("x", ast.Load()), ast.Mult(), ast.Constant(7))], [])),
]
module = ast.fix_missing_locations(ast.Module(body=body, type_ignores=[]))
exec(compile(module, "<built>", "exec"))
print(ast.dump(module.body[0], include_attributes=True))
expr = ast.Expression(ast.Lambda(
    ast.arguments([], [ast.arg("n")], None, [], [], None, []),
    ast.BinOp(ast.Name("n", ast.Load()), ast.Pow(), ast.Constant(2))))
square = eval(compile(ast.fix_missing_locations(expr), "<lambda>", "eval"))
print(square(12))
print(eval(compile(ast.fix_missing_locations(ast.Expression(ast.Constant(1))), "<c>", "eval")))

# sequences may be left out; optional fields default to None
exec(compile(ast.fix_missing_locations(ast.Module([ast.Expr(ast.Call(
    ast.Name("print", ast.Load()), [ast.Constant("no type_ignores, no keywords")]))])), "<m>", "exec"))

# a guest subclass of a node class compiles as that node
class Answer(ast.Constant):
    pass


print(eval(compile(ast.fix_missing_locations(ast.Expression(Answer(42))), "<s>", "eval")))

# increment_lineno, copy_location, get_docstring
tree = ast.parse("x = 1\ny = 2")
ast.increment_lineno(tree, 3)
print([(n.lineno, n.end_lineno) for n in tree.body])
print(ast.get_docstring(ast.parse(source).body[0]))
print(ast.get_docstring(ast.parse("def f():\n    '''  doc\n      more'''\n").body[0], clean=False))
print(ast.get_docstring(ast.parse("x = 1")))
new = ast.copy_location(ast.Pass(), tree.body[1])
print(new.lineno, new.col_offset, new.end_lineno, new.end_col_offset)

# compile flags and optimize on trees
tree = ast.parse("def f():\n    'doc'\n    assert x\n    return 1\n")
print(compile(tree, "<s>", "exec", ast.PyCF_ONLY_AST) is tree)
ns = {}
exec(compile(tree, "<s>", "exec", optimize=2), ns)
print(ns["f"].__doc__, ns["f"]())
exec(compile(tree, "<s>", "exec", optimize=0), ns)
print(ns["f"].__doc__)
try:
    ns["f"]()
except NameError as e:
    print(type(e).__name__, e)
code_from_source = compile(source, "<x>", "exec")
code_from_tree = compile(ast.parse(source), "<x>", "exec")
print(code_from_source.co_code == code_from_tree.co_code,
      code_from_source.co_names == code_from_tree.co_names)

# a traceback from code compiled from a tree points at the tree's locations
tree = ast.parse("a = 1\nb = a / 0\n")
try:
    exec(compile(tree, "<zero>", "exec"))
except ZeroDivisionError as e:
    print(type(e).__name__, e, e.__traceback__.tb_next.tb_lineno)
