# category: malformed-source
# must: bad __future__ imports, compile flags (top-level await, ONLY_AST, TYPE_COMMENTS) and 'single' mode behave like CPython
# oracle: cpython
import ast
import __future__

def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", type(r).__name__)
    except SyntaxError as e:
        print(label, type(e).__name__, e.msg, e.lineno)
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("future braces", lambda: compile("from __future__ import braces", "<f>", "exec"))
attempt("future unknown", lambda: compile("from __future__ import teleport", "<f>", "exec"))
attempt("future late", lambda: compile("x = 1\nfrom __future__ import annotations", "<f>", "exec"))
attempt("future star", lambda: compile("from __future__ import *", "<f>", "exec"))
attempt("future after docstring", lambda: compile("'doc'\nfrom __future__ import annotations", "<f>", "exec"))
attempt("future as alias", lambda: compile("from __future__ import annotations as a", "<f>", "exec"))
attempt("future in function", lambda: compile("def f():\n from __future__ import annotations", "<f>", "exec"))
attempt("top-level await without flag", lambda: compile("await x", "<f>", "exec"))
attempt("top-level await with flag", lambda: compile("await x", "<f>", "exec", ast.PyCF_ALLOW_TOP_LEVEL_AWAIT))
attempt("async for at top with flag", lambda: compile("async for a in b: pass", "<f>", "exec",
                                                      ast.PyCF_ALLOW_TOP_LEVEL_AWAIT))
attempt("type comments bad", lambda: compile("def f(a):  # type: (\n pass", "<f>", "exec",
                                             ast.PyCF_ONLY_AST | ast.PyCF_TYPE_COMMENTS))
attempt("type ignore", lambda: compile("x = 1  # type: ignore[abc]", "<f>", "exec",
                                       ast.PyCF_ONLY_AST | ast.PyCF_TYPE_COMMENTS))
attempt("annotations flag", lambda: compile("x: undefined_name = 1", "<f>", "exec",
                                            __future__.annotations.compiler_flag))
attempt("barry flag", lambda: compile("1 <> 2", "<f>", "eval", __future__.barry_as_FLUFL.compiler_flag))
attempt("without barry flag", lambda: compile("1 <> 2", "<f>", "eval"))
attempt("single two statements", lambda: compile("x = 1; y = 2", "<f>", "single"))
attempt("single two lines", lambda: compile("x = 1\ny = 2", "<f>", "single"))
attempt("single compound", lambda: compile("if 1:\n  pass\n", "<f>", "single"))
attempt("single empty", lambda: compile("", "<f>", "single"))
attempt("eval two exprs", lambda: compile("1\n2", "<f>", "eval"))
attempt("func_type ok", lambda: compile("(int, str) -> bool", "<f>", "func_type", ast.PyCF_ONLY_AST))
attempt("func_type bad", lambda: compile("int -> ", "<f>", "func_type", ast.PyCF_ONLY_AST))
attempt("type alias", lambda: compile("type X[T] = list[T]", "<f>", "exec"))
attempt("type alias bad", lambda: compile("type X[T, T] = int", "<f>", "exec"))
attempt("generic def dup", lambda: compile("def f[T, T](): pass", "<f>", "exec"))
