"""snakevm's marshal against CPython 3.12's: reading, byte-identical write-back,
fresh writing that CPython reads, and errors for bad data."""

import marshal as host_marshal
import sys
from pathlib import Path

import pytest

from snakevm import marshal, pyc
from snakevm.code import Code

pytestmark = pytest.mark.skipif(sys.version_info[:2] != (3, 12), reason="oracle is CPython 3.12")

LIB = Path(host_marshal.__file__ if hasattr(host_marshal, "__file__") else
           __import__("os").__file__).parent
SAMPLE = ["json/decoder.py", "collections/__init__.py", "dataclasses.py", "typing.py",
          "asyncio/base_events.py", "re/_parser.py", "enum.py", "inspect.py", "argparse.py",
          "email/_header_value_parser.py"]

VALUES = [None, True, False, Ellipsis, StopIteration, 0, -1, 2 ** 31 - 1, -2 ** 31, 2 ** 31,
          -2 ** 100, 10 ** 50, 1.5, -0.0, float("inf"), 1 + 2j, "", "abc", "é✓", "x" * 300,
          b"", b"bytes", (), (1, 2), tuple(range(300)), [1, [2]], {"a": 1}, frozenset({1, 2}),
          {3, 4}]


@pytest.mark.parametrize("value", VALUES, ids=repr)
def test_reads_what_cpython_writes(value):
    data = host_marshal.dumps(value)
    assert marshal.loads(data) == value or value != value
    obj, layout = marshal.loads_with_layout(data)
    assert marshal.dumps(obj, layout) == data


@pytest.mark.parametrize("value", VALUES, ids=repr)
def test_cpython_reads_what_snakevm_writes(value):
    assert host_marshal.loads(marshal.dumps(value)) == value


def _compiled(relpath):
    source = (LIB / relpath).read_text(encoding="utf-8")
    return host_marshal.dumps(compile(source, str(LIB / relpath), "exec"))


@pytest.mark.parametrize("relpath", SAMPLE)
def test_lib_code_round_trip_byte_identical(relpath):
    data = _compiled(relpath)
    code, layout = marshal.loads_with_layout(data)
    assert isinstance(code, Code)
    assert marshal.dumps(code, layout) == data


@pytest.mark.parametrize("relpath", SAMPLE[:4])
def test_fresh_write_loads_in_cpython(relpath):
    data = _compiled(relpath)
    code = marshal.loads(data)
    host_code = host_marshal.loads(marshal.dumps(code))
    assert host_code.co_code == host_marshal.loads(data).co_code


@pytest.mark.parametrize("relpath", SAMPLE[:3])
def test_code_tables_match_cpython(relpath):
    data = _compiled(relpath)
    host_code = host_marshal.loads(data)
    code = marshal.loads(data)
    pairs = [(code, host_code)]
    while pairs:
        mine, theirs = pairs.pop()
        assert list(mine.co_lines()) == list(theirs.co_lines())
        assert list(mine.co_positions()) == list(theirs.co_positions())
        assert mine.co_varnames == theirs.co_varnames
        assert mine.co_cellvars == theirs.co_cellvars
        assert mine.co_freevars == theirs.co_freevars
        pairs += [(a, b) for a, b in zip(mine.co_consts, theirs.co_consts) if isinstance(a, Code)]


@pytest.mark.parametrize("data, message", [
    (b"", "EOF read where object expected"),
    (b"\x01", "bad marshal data (unknown type code)"),
    (b"i\x01\x00", "marshal data too short"),
    (b"r\x05\x00\x00\x00", "bad marshal data (invalid reference)"),
])
def test_bad_data(data, message):
    with pytest.raises(marshal.MarshalError, match=message.replace("(", r"\(").replace(")", r"\)")):
        marshal.loads(data)


def test_foreign_pyc_names_its_version(tmp_path):
    path = tmp_path / "old.pyc"
    path.write_bytes((3495).to_bytes(2, "little") + b"\r\n" + bytes(12) + b"N")
    with pytest.raises(pyc.PycError, match="written by Python 3.11"):
        pyc.read_pyc(str(path))
