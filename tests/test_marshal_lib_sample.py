"""A sample of the full-Lib conformance check (tests/conformance/lib_pyc.py) in the
default run: ~30 .pyc files that CPython 3.12 writes for its own Lib (py_compile into a
temporary directory), including the biggest ones.  For each: snakevm's marshal reads it
and writes it back byte-identical, its disassembly equals CPython's dis, and for every
code object inside, co_lines()/co_positions()/the exception table equal CPython's and
snakevm.codetables re-encodes both side tables to the same bytes."""

import dis as host_dis
import io
import marshal as host_marshal
import os
import py_compile
import re
import sys
from pathlib import Path

import pytest

from snakevm import codetables, dis, marshal, pyc
from snakevm.code import Code
from snakevm.linetable import decode_positions

pytestmark = pytest.mark.skipif(sys.version_info[:2] != (3, 12), reason="oracle is CPython 3.12")

LIB = Path(os.__file__).parent
ADDRESS = re.compile(r" at 0x[0-9a-f]+")
SAMPLE = [
    # big ones
    "pydoc_data/topics.py", "_pydecimal.py", "typing.py", "inspect.py", "argparse.py",
    "email/_header_value_parser.py", "turtle.py", "tkinter/__init__.py", "subprocess.py",
    "asyncio/base_events.py", "logging/__init__.py", "unittest/mock.py", "pathlib.py",
    # assorted features: match, async, comprehensions, closures, try*, f-strings, classes
    "re/_compiler.py", "re/_parser.py", "json/decoder.py", "json/encoder.py",
    "collections/__init__.py", "dataclasses.py", "enum.py", "functools.py", "ast.py",
    "asyncio/taskgroups.py", "asyncio/tasks.py", "contextlib.py", "string.py",
    "importlib/_bootstrap_external.py", "zipfile/__init__.py", "tomllib/_parser.py",
    "statistics.py", "fractions.py", "textwrap.py",
]


def _cpython_pyc(tmp_path, relpath):
    target = tmp_path / (relpath.replace("/", "_") + "c")
    py_compile.compile(str(LIB / relpath), cfile=str(target), doraise=True)
    return target.read_bytes()


def _code_pairs(mine, theirs):
    pairs = [(mine, theirs)]
    while pairs:
        a, b = pairs.pop()
        yield a, b
        pairs += [(x, y) for x, y in zip(a.co_consts, b.co_consts) if isinstance(x, Code)]


@pytest.mark.parametrize("relpath", SAMPLE)
def test_lib_pyc(relpath, tmp_path):
    data = _cpython_pyc(tmp_path, relpath)
    assert pyc.read_header(data).flags == 0
    body = data[16:]
    code, layout = marshal.loads_with_layout(body)
    assert marshal.dumps(code, layout) == body
    assert marshal.dumps(marshal.loads(body)) == body      # the layout rides on the Code too
    host_code = host_marshal.loads(body)
    expected = io.StringIO()
    host_dis.dis(host_code, file=expected)
    assert ADDRESS.sub("", dis.disassemble_to_text(code)) == ADDRESS.sub("", expected.getvalue())
    for mine, theirs in _code_pairs(code, host_code):
        assert list(mine.co_lines()) == list(theirs.co_lines())
        assert list(mine.co_positions()) == list(theirs.co_positions())
        assert codetables.encode_locations(decode_positions(mine), mine.co_firstlineno) \
            == mine.co_linetable
        entries = codetables.decode_exception_table(mine.co_exceptiontable)
        assert codetables.encode_exception_table(entries) == mine.co_exceptiontable
        assert [e[:4] for e in mine.exception_entries()] == \
            [(e.start, e.end, e.target, e.depth) for e in host_dis._parse_exception_table(theirs)]
