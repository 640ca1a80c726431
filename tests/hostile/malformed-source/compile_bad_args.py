# category: malformed-source
# must: compile() with bad source/filename/mode/flags/optimize types and values raises CPython's exceptions
# oracle: cpython
import ast

def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("mode bogus", lambda: compile("1", "<s>", "bogus"))
attempt("mode bytes", lambda: compile("1", "<s>", b"exec"))
attempt("mode None", lambda: compile("1", "<s>", None))
attempt("mode func_type", lambda: compile("(int) -> int", "<s>", "func_type"))
attempt("mode single two stmts", lambda: compile("x = 1\ny = 2\n", "<s>", "single"))
attempt("filename int", lambda: compile("1", 5, "exec"))
attempt("filename None", lambda: compile("1", None, "exec"))
attempt("filename bytes", lambda: compile("1", b"<b>", "exec").co_filename)
attempt("filename with null", lambda: compile("1", "a\0b", "exec"))
attempt("flags bogus bit", lambda: compile("1", "<s>", "exec", 1 << 30))
attempt("flags negative", lambda: compile("1", "<s>", "exec", -1))
attempt("flags str", lambda: compile("1", "<s>", "exec", "x"))
attempt("flags huge", lambda: compile("1", "<s>", "exec", 2 ** 70))
attempt("optimize 7", lambda: compile("1", "<s>", "exec", optimize=7))
attempt("optimize -2", lambda: compile("1", "<s>", "exec", optimize=-2))
attempt("dont_inherit str", lambda: compile("1", "<s>", "exec", dont_inherit="yes"))
attempt("source int", lambda: compile(5, "<s>", "exec"))
attempt("source None", lambda: compile(None, "<s>", "exec"))
attempt("source list", lambda: compile(["x"], "<s>", "exec"))
attempt("source bytearray", lambda: compile(bytearray(b"x = 1"), "<s>", "exec"))
attempt("source memoryview", lambda: compile(memoryview(b"x = 1"), "<s>", "exec"))
attempt("source code object", lambda: compile(compile("1", "<s>", "exec"), "<s>", "exec"))
attempt("source AST in eval mode", lambda: compile(ast.parse("x = 1"), "<s>", "eval"))
attempt("source AST flag on AST", lambda: compile(ast.parse("x = 1"), "<s>", "exec", ast.PyCF_ONLY_AST))
attempt("missing args", lambda: compile("1"))
attempt("extra args", lambda: compile("1", "<s>", "exec", 0, False, 0, 1, 2))
attempt("keyword source", lambda: compile(source="1", filename="<s>", mode="eval"))
attempt("_feature_version 4", lambda: compile("async = 1", "<s>", "exec", ast.PyCF_ONLY_AST, _feature_version=(3, 4)))
