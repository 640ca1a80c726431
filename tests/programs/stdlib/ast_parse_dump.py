# ast: parse and dump, the node class hierarchy, _fields/_attributes, 3.12 constructor rules, pickling.
import ast
import copy
import pickle
import warnings
import _ast

tree = ast.parse("x = 1 + 2\nprint(x)")
print(ast.dump(tree))
print(ast.dump(tree, indent=2, include_attributes=True))
print(ast.dump(ast.parse("x = 1; del y[0]"), annotate_fields=False))
print(ast.dump(ast.parse("def f(a: int, /, b=2, *c, d, **e) -> None:\n  'doc'\n  return a"), indent=1))
print(ast.dump(ast.parse("x", mode="eval")), ast.dump(ast.parse("x", mode="single")))

# the class table
print(ast.Module.__mro__, ast.Module._fields, ast.BinOp.__match_args__, ast.expr._attributes)
print(ast.AST._fields, ast.AST._attributes, ast.stmt._fields, ast.mod._attributes)
print(ast.AST.__module__, ast.Module.__module__, ast.Module.__name__, ast.Module.__qualname__)
print(ast.Load.__mro__, ast.Add.__bases__)
print(ast.AST.__subclasses__())
print(ast.cmpop.__subclasses__())
print(ast.Module.__doc__)
print(ast.Constant.__doc__)
print(ast.expr.__doc__)
print(ast.Constant.kind, ast.arg.type_comment, ast.FunctionDef.returns)
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(sorted(n for n in dir(_ast) if not n.startswith("__")))
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print(hasattr(_ast, "Num"), hasattr(ast, "Num"))

# constructors: positional by _fields, keywords, missing fields simply absent
for call in [lambda: ast.Module(1, 2, 3), lambda: ast.Name(1, 2, 3), lambda: ast.Pass(1),
             lambda: ast.Name("x", id="y"), lambda: ast.Constant(), lambda: ast.AST(1),
             lambda: ast.alias(1, 2, 3), lambda: ast.arg("a", None, None, 5),
             lambda: ast.Constant(5, foo=3)]:
    try:
        node = call()
        print(type(node).__name__, sorted(vars(node).items(), key=str))
    except TypeError as e:
        print(type(e).__name__, e)
name = ast.Name("x")
print(name.id, hasattr(name, "ctx"), getattr(name, "lineno", "no lineno"))
try:
    name.ctx
except AttributeError as e:
    print(type(e).__name__, e)
print(ast.AST().__dict__, vars(ast.Pass()))
print(ast.dump(ast.Name()), ast.dump(ast.Constant(value=None)), ast.dump(ast.FunctionDef()))

# __reduce__, pickle, copy
print(ast.Name("x").__reduce__()[1:], ast.Name("x", ast.Load()).__reduce__()[0])
print(ast.Module([], []).__reduce__()[1:])
tree = ast.parse("a + b * 2")
print(ast.dump(pickle.loads(pickle.dumps(tree)), include_attributes=True)
      == ast.dump(tree, include_attributes=True))
print(ast.dump(copy.deepcopy(tree)))
node = copy.copy(ast.Name("x", ast.Load(), lineno=1, col_offset=0))
print(ast.dump(node, include_attributes=True))

# guest subclasses of the node classes
class MyNode(ast.AST):
    _fields = ("a", "b")

node = MyNode(1, b=2)
print(node.a, node.b, isinstance(node, ast.AST), MyNode.__mro__)
try:
    MyNode(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)

# structural pattern matching through __match_args__
match ast.parse("x + 1", mode="eval").body:
    case ast.BinOp(ast.Name(ident), ast.Add(), ast.Constant(value)):
        print("matched", ident, value)

# Lib ast's deprecated aliases
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print(isinstance(ast.Constant(1), ast.Num), ast.Num(3).n, type(ast.Str("s")).__name__)
print([type(n).__name__ for n in ast.walk(ast.parse("if a:\n    f(b, *c)\nelse:\n    pass"))])

# Ellipsis constants pickle; AST.__new__ leaves arguments to __init__
tree = ast.parse("x[..., 1:2] = NotImplemented")
print(ast.dump(pickle.loads(pickle.dumps(tree))) == ast.dump(tree), pickle.loads(pickle.dumps(...)))
print(ast.AST.__new__ is object.__new__, ast.Constant.__new__ is ast.AST.__new__)
print(type(ast.Constant.__new__(ast.Constant, 1, kind=2)).__name__)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")

    class N(ast.Num):
        pass
    print(N(42).value, isinstance(N(42), ast.Num), type(N(42)).__name__)
