# category: malformed-source
# must: ast.literal_eval of malformed, hostile or huge input raises ValueError/SyntaxError/RecursionError/MemoryError like CPython
# oracle: cpython
import ast

def attempt(label, src):
    try:
        print(label, "ok", repr(ast.literal_eval(src))[:50])
    except (ValueError, SyntaxError, TypeError, RecursionError, MemoryError) as e:
        print(label, type(e).__name__)

attempt("call", "__import__('os')")
attempt("name", "x")
attempt("attribute", "().__class__")
attempt("subscript", "[1][0]")
attempt("lambda", "lambda: 1")
attempt("comprehension", "[x for x in ()]")
attempt("binop ints", "1 + 2")
attempt("complex sum", "1 + 2j")
attempt("complex minus", "-1 - 2j")
attempt("string times int", "'a' * 10")
attempt("power", "2 ** 10")
attempt("set()", "set()")
attempt("nested 100", "[" * 100 + "]" * 100)
attempt("nested 1000", "[" * 1000 + "]" * 1000)
attempt("tuple 100000", "(" + "1," * 100000 + ")")
attempt("int 5000 digits", "9" * 5000)
attempt("bytes", "b'\\x00'")
attempt("dict dup", "{1: 2, 1: 3}")
attempt("dict unhashable key", "{[]: 1}")
attempt("set unhashable", "{[]}")
attempt("starred", "[*()]")
attempt("fstring", "f'{1}'")
attempt("walrus", "(x := 1)")
attempt("non-str", 5)
attempt("AST node", ast.Constant(5))
attempt("AST Expression", ast.parse("(1, 2)", mode="eval"))
attempt("AST bad node", ast.Name("x", ast.Load()))
attempt("with null", "1\x00")
attempt("leading spaces", "   1")
attempt("Ellipsis", "...")
attempt("unary not", "not 1")
