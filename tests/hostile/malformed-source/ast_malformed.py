# category: malformed-source
# must: compile() of hand-built ast trees with missing, wrong-typed or invalid fields raises CPython's exceptions
# oracle: cpython
import ast

def attempt(label, make, mode="exec"):
    try:
        tree = make()
        code = compile(tree, "<ast>", mode)
        ns = {}
        r = eval(code, ns) if mode == "eval" else exec(code, ns)
        print(label, "ok", r, ns.get("x"))
    except Exception as e:
        print(label, type(e).__name__, str(e).split(" at 0x")[0])

C = lambda v: ast.Constant(v, lineno=1, col_offset=0)
N = lambda n, ctx: ast.Name(n, ctx, lineno=1, col_offset=0)
pos = dict(lineno=1, col_offset=0)
attempt("module without body", lambda: ast.Module())
attempt("module body not list", lambda: ast.Module(body=5, type_ignores=[]))
attempt("expr in body", lambda: ast.Module(body=[C(1)], type_ignores=[]))
attempt("Expr missing value", lambda: ast.Module(body=[ast.Expr(**pos)], type_ignores=[]))
attempt("Assign target Load ctx", lambda: ast.Module(body=[ast.Assign([N("x", ast.Load())], C(1), **pos)], type_ignores=[]))
attempt("Assign no targets", lambda: ast.Module(body=[ast.Assign([], C(1), **pos)], type_ignores=[]))
attempt("Name id int", lambda: ast.Expression(N(5, ast.Load())), "eval")
attempt("Name id keyword", lambda: ast.Expression(N("None", ast.Load())), "eval")
attempt("Name without ctx", lambda: ast.Expression(ast.Name("x", **pos)), "eval")
attempt("Constant list", lambda: ast.Expression(C([1, 2])), "eval")
attempt("Constant object", lambda: ast.Expression(C(object)), "eval")
attempt("Constant tuple of sets", lambda: ast.Expression(C((frozenset({1}), 2))), "eval")
attempt("BinOp op is Load", lambda: ast.Expression(ast.BinOp(C(1), ast.Load(), C(2), **pos)), "eval")
attempt("BinOp missing right", lambda: ast.Expression(ast.BinOp(C(1), ast.Add(), **pos)), "eval")
attempt("no lineno", lambda: ast.Expression(ast.Constant(1)), "eval")
attempt("negative lineno", lambda: ast.Expression(ast.Constant(1, lineno=-5, col_offset=-1)), "eval")
attempt("lineno str", lambda: ast.Expression(ast.Constant(1, lineno="1", col_offset=0)), "eval")
attempt("end before start", lambda: ast.Expression(ast.Constant(1, lineno=5, col_offset=0, end_lineno=1,
                                                                end_col_offset=0)), "eval")
attempt("Compare ops mismatch", lambda: ast.Expression(ast.Compare(C(1), [ast.Lt(), ast.Lt()], [C(2)], **pos)), "eval")
attempt("Dict keys/values mismatch", lambda: ast.Expression(ast.Dict([C(1)], [], **pos)), "eval")
attempt("ImportFrom level -1", lambda: ast.Module(body=[ast.ImportFrom("os", [ast.alias("path", **pos)], -1, **pos)],
                                                  type_ignores=[]))
attempt("Return at module level", lambda: ast.Module(body=[ast.Return(C(1), **pos)], type_ignores=[]))
attempt("eval mode with Module", lambda: ast.Module(body=[], type_ignores=[]), "eval")
attempt("exec mode with Expression", lambda: ast.Expression(C(1)))
attempt("Interactive in eval", lambda: ast.Interactive(body=[]), "eval")
attempt("not an AST node", lambda: ast.Expression(5), "eval")
attempt("arguments missing", lambda: ast.Expression(ast.Lambda(body=C(1), **pos)), "eval")
attempt("valid tree", lambda: ast.fix_missing_locations(ast.Module(body=[ast.Assign([N("x", ast.Store())],
                                                                                     C(7), **pos)], type_ignores=[])))
