"""snakevm's compiler: output runs on CPython 3.12 and matches its compile() byte for byte.

Each snippet is compiled by snakevm, turned into a host code object
(snakevm.compiler.hostcode.to_host_code) and executed by the host CPython;
its output must equal the CPython-compiled run.  The code objects are also
compared field by field with CPython's own compile() output.
"""

import contextlib
import glob
import io
import os
import sys
import warnings

import pytest

from snakevm.code import Code
from snakevm.compiler import compile_source

IS_312 = sys.version_info[:2] == (3, 12)
needs_312 = pytest.mark.skipif(not IS_312, reason="bytecode oracle is CPython 3.12")
HERE = os.path.dirname(os.path.abspath(__file__))
SNIPPET_FILES = sorted(glob.glob(os.path.join(HERE, "compiler_snippets", "*.py")))

SNIPPETS = [
    "x = 1\nprint(x + 2)",
    "def f(a, *b, c=1, **d):\n    return a, b, c, d\nprint(f(1, 2, c=3, e=4))",
    "print([i * j for i in range(3) for j in range(i) if j])",
    "print({k: v for k, v in zip('ab', 'cd')}, {c for c in 'hello'})",
    "def g():\n    x = yield 1\n    yield x\nit = g(); print(next(it), it.send(5))",
    "class A:\n    x = 1\n    def m(self):\n        return __class__, self.x\nprint(A().m())",
    "class A:\n    y = 2\n    z = [y for _ in range(2)] if False else 0\nprint(A.z)",
    "try:\n    1/0\nexcept ZeroDivisionError as e:\n    print(type(e).__name__)\nprint('e' in dir())",
    "def f():\n    try:\n        return 1\n    finally:\n        print('fin')\nprint(f())",
    "for i in range(3):\n    try:\n        continue\n    finally:\n        print(i)",
    "import os.path as p, sys\nfrom os import sep as s, path\nprint(p is path, s)",
    "x = [1, 2, 3]\nx[1:] = [9]\ndel x[0]\nprint(x, x[::-1])",
    "a = b = c = 7\na += 1\nprint(a, b, c)",
    "print(f'{1+1=}', f'{\"q\"!r:>6}', f'{3.14159:.2f}')",
    "def f():\n    global g\n    g = 3\nf()\nprint(g)",
    "def f():\n    x = 0\n    def h():\n        nonlocal x\n        x += 1\n        return x\n    return h\nh = f(); h(); print(h())",
    "match (1, 2):\n    case (a, b) if a < b:\n        print('lt', a, b)\n    case _:\n        print('other')",
    "match {'a': 1}:\n    case {'a': 1, **r}:\n        print(r)",
    "print(not 1 in [2], not 1 is None, -(-3), 2 ** 10, 'ab' * 3, (1,) * 2)",
    "while True:\n    break\nelse:\n    print('no')\nprint('done')",
    "with open(__file__ if '__file__' in dir() else 'x', 'r') if False else "
    "__import__('contextlib').nullcontext(5) as v:\n    print(v)",
    "async def f():\n    return 1\nc = f()\ntry:\n    c.send(None)\nexcept StopIteration as e:\n    print(e.value)",
    "lambda: (yield)\nprint((lambda x=1, *, y=2: x + y)())",
    "def f(x):\n    if x is None:\n        return 'none'\n    return x is not None\nprint(f(None), f(1))",
    "try:\n    raise ExceptionGroup('g', [ValueError()])\nexcept* ValueError:\n    print('ve')",
    "from __future__ import annotations\ndef f(x: list[int]) -> None: pass\nprint(f.__annotations__)",
    "x: int = 5\nclass C:\n    y: str\nprint(__annotations__, C.__annotations__)",
    "print(__debug__)\nassert 1, 'a'\n",
    "print(*(1, 2), sep='-')\nprint(*[3], **{'end': '!\\n'})",
    "def f(**kw):\n    return sorted(kw)\nprint(f(**{'a': 1}, b=2, **{'c': 3}))",
    "x = 10\ndef f():\n    return [x for _ in range(2)]\nprint(f())",
    "def outer():\n    v = 1\n    return [lambda: v for v in range(3)]\nprint([f() for f in outer()])",
]


def run_and_capture(code):
    out = io.StringIO()
    with contextlib.redirect_stdout(out), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        exec(code, {"__name__": "__main__"})
    return out.getvalue()


def snakevm_host_code(source, filename):
    from snakevm.compiler.hostcode import to_host_code
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return to_host_code(compile_source(source, filename))


def cpython_code(source, filename):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return compile(source, filename, "exec", dont_inherit=True)


def test_compile_source_returns_code():
    code = compile_source("x = 1", "<s>")
    assert isinstance(code, Code)
    assert code.co_name == "<module>"
    assert code.co_filename == "<s>"


def test_modes():
    assert isinstance(compile_source("1 + 2", "<e>", "eval"), Code)
    assert isinstance(compile_source("x = 1\n", "<i>", "single"), Code)


def test_bytes_source():
    code = compile_source(b"# -*- coding: latin-1 -*-\nx = '\xe9'\n", "<b>")
    assert "\xe9" in code.co_consts


@needs_312
@pytest.mark.parametrize("src", SNIPPETS)
def test_snippet_runs_like_cpython(src):
    ours = snakevm_host_code(src, "<snippet>")
    theirs = cpython_code(src, "<snippet>")
    assert run_and_capture(ours) == run_and_capture(theirs)


@needs_312
@pytest.mark.parametrize("path", SNIPPET_FILES, ids=os.path.basename)
def test_snippet_file_runs_like_cpython(path):
    with open(path) as f:
        src = f.read()
    assert run_and_capture(snakevm_host_code(src, path)) == \
        run_and_capture(cpython_code(src, path))


@needs_312
@pytest.mark.parametrize("src", SNIPPETS + [open(p).read() for p in SNIPPET_FILES])
def test_byte_identical(src):
    from snakevm.compiler.hostcode import compare_codes
    ours = snakevm_host_code(src, "<snippet>")
    theirs = cpython_code(src, "<snippet>")
    bad = [(q, d) for q, _, same, d in compare_codes(ours, theirs) if not same]
    assert bad == []


@needs_312
@pytest.mark.parametrize("mode,src", [("eval", "a + b * 2"), ("single", "x = 3\n"),
                                      ("single", "x\n")])
def test_modes_identical(mode, src):
    from snakevm.compiler.hostcode import compare_codes, to_host_code
    ours = to_host_code(compile_source(src, "<m>", mode))
    theirs = compile(src, "<m>", mode, dont_inherit=True)
    assert [d for _, _, same, d in compare_codes(ours, theirs) if not same] == []


@needs_312
@pytest.mark.parametrize("optimize", [0, 1, 2])
def test_optimize_levels_identical(optimize):
    from snakevm.compiler.hostcode import compare_codes, to_host_code
    src = 'def f():\n    "doc"\n    assert f, "m"\n    return __debug__\n'
    ours = to_host_code(compile_source(src, "<o>", optimize=optimize))
    theirs = compile(src, "<o>", "exec", dont_inherit=True, optimize=optimize)
    assert [d for _, _, same, d in compare_codes(ours, theirs) if not same] == []


STDLIB = "/root/.pyenv/versions/3.12.1/lib/python3.12"


@needs_312
@pytest.mark.parametrize("name", ["abc.py", "ast.py", "contextlib.py", "dataclasses.py",
                                  "enum.py", "functools.py", "re/_parser.py"])
def test_stdlib_module_identical(name):
    from snakevm.compiler.hostcode import compare_codes
    path = os.path.join(STDLIB, name)
    with open(path, "rb") as f:
        src = f.read()
    ours = snakevm_host_code(src, path)
    theirs = cpython_code(src, path)
    bad = [(q, d) for q, _, same, d in compare_codes(ours, theirs) if not same]
    assert bad == []


@needs_312
def test_deeply_nested_expression():
    from snakevm.compiler.hostcode import compare_codes, to_host_code
    src = "x = " + " + ".join(["a"] * 2000) + "\n"
    ours = to_host_code(compile_source(src, "<deep>"))
    theirs = compile(src, "<deep>", "exec", dont_inherit=True)
    assert [d for _, _, same, d in compare_codes(ours, theirs) if not same] == []


@needs_312
def test_constants_are_shared_like_cpython():
    from snakevm.compiler.hostcode import to_host_code
    src = "def f():\n    return 'not a name'\ndef g():\n    return 'not a name'\n"
    ns = {}
    exec(to_host_code(compile_source(src, "<m>")), ns)
    assert ns["f"].__code__.co_consts[1] is ns["g"].__code__.co_consts[1]
    assert ns["f"].__code__.co_linetable is ns["g"].__code__.co_linetable


def test_syntax_error_from_parser_is_host_syntaxerror():
    with pytest.raises(SyntaxError) as info:
        compile_source("x = (", "<p>")
    assert info.value.filename == "<p>"
    assert info.value.lineno == 1


@needs_312
@pytest.mark.parametrize("src", [
    "class B:\n  x = 1\n  def f(self): return x\n  y = [x for _ in ()]\n",
    "import re\nz = [x for x in dir() if re.match('a', x)]\n",
    "class C:\n  a = [b for b in range(3)]\n  def f(self): return [__class__ for _ in ()]\n",
    "def f():\n  x = 1\n  class C:\n    y = x\n    def g(self): return x\n  return C\n",
    "[lambda: x for x in range(3)]\nclass D:\n  v = [lambda: w for w in range(2)]\n",
])
def test_inlined_comprehension_scopes_identical(src):
    from snakevm.compiler.hostcode import compare_codes
    ours = snakevm_host_code(src, "<c>")
    theirs = cpython_code(src, "<c>")
    assert [(q, d) for q, _, same, d in compare_codes(ours, theirs) if not same] == []
    assert run_and_capture(ours) == run_and_capture(theirs)


@needs_312
def test_comprehension_in_type_param_bound_runs():
    src = ("type Alias[T: [lambda: T for T in (T, [1])[1]]] = [lambda: T for T in T.__name__]\n"
           "func, = Alias.__value__\nprint(func())\nT, = Alias.__type_params__\n"
           "print(T.__bound__[0]())\n")
    assert run_and_capture(snakevm_host_code(src, "<tp>")) == "T\n1\n"
