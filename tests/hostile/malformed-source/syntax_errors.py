# category: malformed-source
# must: compile() of many kinds of bad source raises SyntaxError (or its subclasses) with CPython's messages and line numbers
# oracle: cpython
sources = [
    "x = = 1", "def f(:\n pass", "if True\n  pass", "return 5", "yield 1", "break", "continue",
    "f(**x, *y)", "f(a=1, 2)", "def f(a, a): pass", "x + 1 = 2", "del f()", "(a, b) += 1",
    "lambda: (yield)", "class C: return", "nonlocal x", "def f():\n global x\n x = 1\n global x",
    "a if b", "print 'x'", "exec 'x'", "1 = 1", "None = 1", "__debug__ = 1", "f() = 1",
    "import", "from . import", "from x import (a, b", "with a as 1: pass", "for 1 in x: pass",
    "try:\n pass", "try:\n pass\nexcept* (E, F) as e:\n pass\nexcept E:\n pass", "async def f():\n yield from x",
    "def f():\n x = 1\n def g():\n  nonlocal y", "x = [i for i in range(3) if]", "match x:\n case 1 + :\n  pass",
    "'abc", '"""abc', "f'{'", "f'{}'", "f'{x!z}'", "f'{x:{y:{z}}}'", "b'\u00e9'", "0b2", "0o9", "1__0", "1_", "0x",
    "'\\N{NOT A NAME}'", "'\\x4'", "\t if x:\n        pass", "  x = 1", "if x:\npass", "x = (1,\n", "x = ]",
    "@\ndef f(): pass", "a := 1", "def f(*): pass", "def f(**k, a): pass", "def f(a=1, b): pass", "*a = 1",
    "print(*)", "x = 1 if 2 else", "assert", "raise from x", "global", "a.1", "a[1:2:3:4]", "{**}",
]
for src in sources:
    try:
        compile(src, "<bad>", "exec")
        print(repr(src)[:30], "compiled")
    except SyntaxError as e:
        print(repr(src)[:30], type(e).__name__, e.msg, e.lineno)
    except Exception as e:
        print(repr(src)[:30], "other", type(e).__name__)
