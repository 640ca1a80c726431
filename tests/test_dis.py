"""snakevm's disassembler prints exactly what CPython 3.12's dis prints."""

import dis as host_dis
import io
import marshal as host_marshal
import os
import re
import sys
from pathlib import Path

import pytest

from snakevm import marshal, dis

pytestmark = pytest.mark.skipif(sys.version_info[:2] != (3, 12), reason="oracle is CPython 3.12")

LIB = Path(os.__file__).parent
ADDRESS = re.compile(r" at 0x[0-9a-f]+")
SAMPLE = ["json/decoder.py", "collections/__init__.py", "dataclasses.py", "typing.py",
          "asyncio/base_events.py", "re/_parser.py", "enum.py", "argparse.py",
          "email/_header_value_parser.py", "turtle.py", "pydoc_data/topics.py"]


def _expected(code):
    out = io.StringIO()
    host_dis.dis(code, file=out)
    return ADDRESS.sub("", out.getvalue())


@pytest.mark.parametrize("relpath", SAMPLE)
def test_dis_of_lib_pyc_matches_cpython(relpath):
    source = (LIB / relpath).read_text(encoding="utf-8")
    data = host_marshal.dumps(compile(source, str(LIB / relpath), "exec"))
    mine = ADDRESS.sub("", dis.disassemble_to_text(marshal.loads(data)))
    assert mine == _expected(host_marshal.loads(data))


def test_dis_of_snakevm_compiled_source_matches_cpython():
    from snakevm.compiler import compile_source
    source = "def f(x, *a, k=1):\n    for i in range(x):\n        yield i ** 2\n" \
             "try:\n    f(1)\nexcept* ValueError:\n    pass\n"
    mine = ADDRESS.sub("", dis.disassemble_to_text(compile_source(source, "s.py")))
    assert mine == _expected(compile(source, "s.py", "exec"))


SNIPPETS = {
    "calls_and_kw_names": "f(1, x=2, *a, **k)\nobj.meth(1, y=2)\nprint(sep='')\n",
    "super_and_classes": "class A(B):\n    def m(self):\n        return super().m() + super().x\n",
    "fstrings": "x = f'{a!r:>{w}} {b!s} {c!a} {d:x} {e}'\n",
    "compare_and_binops": "r = (a < b, a is not b, a not in b, a @ b, a // b)\na **= 2\na >>= b\n",
    "extended_arg": "x = [" + ", ".join("'s%d'" % i for i in range(300)) + "]\n"
                    "def f():\n" + "".join("    v%d = %d\n" % (i, i) for i in range(300)) +
                    "    return v299\n",
    "long_jumps": "for i in range(3):\n" + "".join("    x%d = i\n" % i for i in range(200)) +
                  "    if i: break\n",
    "async_and_generators": "async def f():\n    async with a as b:\n        async for x in b:\n"
                            "            await x\n    return [y async for y in z]\n"
                            "def g():\n    yield from h()\n    return (yield)\n",
    "match": "match p:\n    case [1, *rest] if rest: pass\n    case {'k': v, **kw}: pass\n"
             "    case Point(x=0, y=yy) | Point(x=yy): pass\n    case str() as s: pass\n",
    "exceptions": "try:\n    a()\nexcept (E, F) as e:\n    raise X from e\nelse:\n    b()\n"
                  "finally:\n    c()\nwith open(p) as f, g:\n    pass\n",
    "closures_and_intrinsics": "def outer(a):\n    def inner(*args):\n        nonlocal a\n"
                               "        return a, args\n    return inner\nfrom m import *\n"
                               "def t[T](x: T) -> T: return x\n" if sys.version_info >= (3, 12) else "",
    "constants": "x = (1, 2.5, 3j, b'b', None, ..., frozenset(), -0.0, 10**30, 'é')\n"
                 "if x in {1, 2, 3}: pass\nlambda: 0\n",
}


@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_dis_of_snippet_matches_cpython(name):
    source = SNIPPETS[name]
    data = host_marshal.dumps(compile(source, "<%s>" % name, "exec"))
    mine = ADDRESS.sub("", dis.disassemble_to_text(marshal.loads(data)))
    assert mine == _expected(host_marshal.loads(data))


@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_dis_of_snippet_compiled_by_snakevm_matches_cpython(name):
    from snakevm.compiler import compile_source
    source = SNIPPETS[name]
    mine = ADDRESS.sub("", dis.disassemble_to_text(compile_source(source, "<%s>" % name, "exec")))
    assert mine == _expected(compile(source, "<%s>" % name, "exec"))
