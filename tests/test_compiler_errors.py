"""Compile-time errors: snakevm's messages and locations match CPython 3.12's."""

import sys

import pytest

from snakevm.compiler import compile_source

ERRORS = [
    "return 1",
    "def f():\n    yield 1\n    return\nreturn",
    "nonlocal x",
    "await x",
    "def f(a, a): pass",
    "lambda a, a: 1",
    "break",
    "continue",
    "while 1:\n    def f():\n        break\n",
    "for x in y:\n    pass\nelse:\n    continue\n",
    "a, *b, *c = d",
    "[*a, *b] = c",
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    print(x)\n    global x\n",
    "def f(x):\n    global x\n",
    "def f():\n    x: int\n    global x\n",
    "def f():\n    nonlocal x\n",
    "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
    "def f():\n    def g():\n        nonlocal y\n",
    "class C:\n    [(y := 1) for x in range(3)]\n",
    "[(x := 1) for x in range(3)]",
    "[x for x in (y := [1])]",
    "def f():\n    yield from x\nasync def g():\n    yield from x\n",
    "async def f():\n    x = 1\n    return 2\n    yield 3\n",
    "def f():\n    async with x: pass\n",
    "def f():\n    async for x in y: pass\n",
    "def f():\n    [x async for x in y]\n",
    "from __future__ import braces",
    "from __future__ import nonsense",
    "x = 1\nfrom __future__ import annotations\n",
    "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n",
    "try:\n    pass\nexcept* ValueError:\n    break\n",
    "def f():\n    from os import *\n",
    "match x:\n    case a:\n        pass\n    case b:\n        pass\n",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case {1: a, 1: b}:\n        pass\n",
    "match x:\n    case a | [b]:\n        pass\n",
    "match x:\n    case C(a=1, a=2):\n        pass\n",
    "f(a=1, a=2)",
    "class C:\n    def f(self):\n        nonlocal __class__\n",
    "def f():\n    x = yield = 1\n",
    "[(yield) for x in y]",
    "def f():\n    return (yield) for x in y\n",
    "def f(*, __debug__): pass",
    "__debug__ = 1",
    "yield 1",
    "class C:\n    yield 1\n",
    "class C:\n    await x\n",
    "lambda: await x",
    "def f():\n    await x\n",
    "def f():\n    yield from x\n    return 1\nclass C:\n    yield from y\n",
    "async def f():\n    yield 1\n    return 2\n",
    "def f():\n    return [x async for x in y]\n",
    "def f():\n    def g[T]():\n        nonlocal T\n",
    "x = " + ", ".join("a%d" % i for i in range(300)) + ", *b = c",
    "\n".join("    " * i + "for x%d in y:" % i for i in range(22)) + "\n" + "    " * 22 + "pass\n",
    "match x:\n    case y if y:\n        pass\n    case z:\n        pass\n    case w:\n        pass\n",
    "match x:\n    case -1 + 1:\n        pass\n",
    "match x:\n    case {**rest, 'a': 1}:\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n",
    "def f(__debug__=1): pass",
    "class C[T]:\n    def f(self):\n        nonlocal T\n",
    "del __debug__",
    "f(__debug__=1)",
    "async def f():\n    def g():\n        await x\n",
    "async def f():\n    [x for x in (await y)]\n    lambda: [x async for x in y]\n",
]


def host_error(src):
    try:
        compile(src, "<test>", "exec", dont_inherit=True)
    except SyntaxError as e:
        return e
    return None


@pytest.mark.skipif(sys.version_info[:2] != (3, 12), reason="oracle is CPython 3.12")
@pytest.mark.parametrize("src", ERRORS)
def test_error_matches_cpython(src):
    expected = host_error(src)
    try:
        compile_source(src, "<test>")
    except SyntaxError as e:
        got = e
    else:
        got = None
    if expected is None:
        assert got is None
        return
    assert got is not None, "snakevm accepted: %r (CPython: %s)" % (src, expected.msg)
    assert got.msg == expected.msg
    assert (got.lineno, got.offset) == (expected.lineno, expected.offset)
    assert (got.end_lineno, got.end_offset) == (expected.end_lineno, expected.end_offset)
    assert got.filename == expected.filename
    assert got.text == expected.text


WARNINGS = ['1()', '(1,2)()', '[x]()', 'f"a"()', 'None[1]', '{1}[0]', '(x for x in y)[0]',
            '(lambda: 1)[0]', '"abc"["a"]', '[1,2][1.5]', '(1,2)[(1,2)]', '"a"[True]', 'x[1.0]',
            '[1][x]', '"s"[1:2]', 'True[0]', 'f"{x}"["a"]', 'x is 1', '1 is not x', 'x is ()',
            'x is None', 'x is ...', 'assert (x, y)']


def _warnings_of(fn, src):
    import warnings
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fn(src)
    return [(str(w.message), w.category, w.lineno) for w in caught]


@pytest.mark.skipif(sys.version_info[:2] != (3, 12), reason="oracle is CPython 3.12")
@pytest.mark.parametrize("src", WARNINGS)
def test_syntax_warnings_match_cpython(src):
    expected = _warnings_of(lambda s: compile(s, "<w>", "exec", dont_inherit=True), src)
    assert _warnings_of(lambda s: compile_source(s, "<w>"), src) == expected


@pytest.mark.skipif(sys.version_info[:2] != (3, 12), reason="oracle is CPython 3.12")
def test_warning_as_error_becomes_syntax_error():
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(SyntaxError) as info:
            compile_source("x is 1", "<w>")
    assert info.value.msg == '"is" with \'int\' literal. Did you mean "=="?'


@pytest.mark.skipif(sys.version_info[:2] != (3, 12), reason="oracle is CPython 3.12")
def test_error_text_read_from_real_file(tmp_path):
    path = tmp_path / "bad.py"
    path.write_text("x = 1\nreturn x\n")
    src = path.read_text()
    with pytest.raises(SyntaxError) as theirs:
        compile(src, str(path), "exec", dont_inherit=True)
    with pytest.raises(SyntaxError) as ours:
        compile_source(src, str(path))
    assert ours.value.args == theirs.value.args
