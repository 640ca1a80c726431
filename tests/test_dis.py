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
