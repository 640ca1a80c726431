# category: malformed-source
# must: SyntaxError raised for bad sources carries CPython's filename, lineno, offset, end positions and text, also through exec and for odd filenames
# oracle: cpython
cases = [
    ("x = = 1", "exec"), ("def f(:\n    pass", "exec"), ("a\n\n\n  b", "exec"), ("(1, 2", "eval"),
    ("'abc", "eval"), ("f(a for a in b, c)", "eval"), ("x = 1 +", "exec"), ("print('é' +)", "exec"),
    ("if 1:\n  x = 1\n y = 2", "exec"), ("\t\tx", "exec"), ("1 if 2", "eval"), ("x := 5", "exec"),
    ("class A(metaclass=M, metaclass=N): pass", "exec"), ("f(x=1, x=2)", "eval"), ("a, *b, *c = d", "exec"),
    ("[x async for x in y]", "eval"), ("return", "exec"), ("def f(): nonlocal q", "exec"),
    ("𝔘 = = 1", "exec"), ("'''\n\n\n", "exec"),
]
for src, mode in cases:
    for filename in ("<case>", "", "x" * 300):
        try:
            compile(src, filename, mode)
            print(repr(src)[:20], "compiled")
        except SyntaxError as e:
            print(repr(src)[:20], type(e).__name__, e.msg, len(e.filename or ""), e.lineno, e.offset,
                  e.end_lineno, e.end_offset, repr(e.text))
try:
    exec("x = (1,\n 2,,)")
except SyntaxError as e:
    print("exec", e.filename, e.lineno, e.offset, e.args[0], e.args[1][1:])
e = SyntaxError("m", ("f", 1, 2, "t", 3, 4))
print("constructed", e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, str(e))
for bad in [("m", 5), ("m", ("f",)), ("m", ("f", 1, 2, "t", 3, 4, 5)), ("m", None)]:
    try:
        print("args", repr(SyntaxError(*bad)))
    except Exception as err:
        print("args", type(err).__name__, err)
