# category: malformed-source
# must: deeply nested source (parentheses, brackets, calls, lambdas, unary ops, blocks) compiles or raises SyntaxError/RecursionError/MemoryError like CPython
# oracle: cpython
cases = [
    ("parens 199", "(" * 199 + "1" + ")" * 199, "eval"),
    ("parens 200", "(" * 200 + "1" + ")" * 200, "eval"),
    ("parens 201", "(" * 201 + "1" + ")" * 201, "eval"),
    ("brackets 250", "[" * 250 + "]" * 250, "eval"),
    ("braces 201 unclosed", "{" * 201, "eval"),
    ("calls 150", "f(" * 150 + ")" * 150, "eval"),
    ("lambdas 200", "lambda: " * 200 + "1", "eval"),
    ("unary minus 100000", "-" * 100000 + "1", "eval"),
    ("not 100000", "not " * 100000 + "x", "eval"),
    ("ternary 10000", "1" + " if 1 else 1" * 10000, "eval"),
    ("nested ifs 100", "".join(" " * i + "if x:\n" for i in range(100)) + " " * 100 + "pass\n", "exec"),
    ("nested fors 21", "".join(" " * i + "for x in y:\n" for i in range(21)) + " " * 21 + "pass\n", "exec"),
    ("nested fors 20", "".join(" " * i + "for x in y:\n" for i in range(20)) + " " * 20 + "pass\n", "exec"),
    ("nested withs 25", "".join(" " * i + "with x:\n" for i in range(25)) + " " * 25 + "pass\n", "exec"),
    ("nested try 25", "".join(" " * i + "try:\n" for i in range(25)) + " " * 25 + "pass\n"
     + "".join(" " * i + "finally: pass\n" for i in reversed(range(25))), "exec"),
    ("nested defs 50", "".join(" " * i + "def f():\n" for i in range(50)) + " " * 50 + "pass\n", "exec"),
    ("nested classes 50", "".join(" " * i + "class C:\n" for i in range(50)) + " " * 50 + "pass\n", "exec"),
    ("nested comprehensions 50", "[" * 50 + "x for x in y]" * 50, "eval"),
    ("dict in list 100", "[{" * 100 + "}]" * 100, "eval"),
    ("subscripts 3000", "a" + "[0]" * 3000, "eval"),
]
for label, src, mode in cases:
    try:
        compile(src, "<deep>", mode)
        print(label, "ok")
    except SyntaxError as e:
        print(label, type(e).__name__, e.msg)
    except (RecursionError, MemoryError) as e:
        print(label, type(e).__name__)
try:
    compile("a" + ".b" * 5000, "<deep>", "eval")
except RecursionError as e:
    print("attributes 5000", e)
