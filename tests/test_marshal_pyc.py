"""The .pyc header: magic numbers of every version, flags, mtime/size and source-hash
headers identical to the ones CPython 3.12's py_compile writes, and the hand-written
encoders of snakevm.codetables on small cases."""

import importlib.util
import py_compile
import subprocess
import sys

import pytest

from snakevm import codetables, marshal, pyc

on_312 = pytest.mark.skipif(sys.version_info[:2] != (3, 12), reason="oracle is CPython 3.12")


@pytest.mark.parametrize("number, version", [
    (3531, "3.12"), (3495, "3.11"), (3439, "3.10"), (3425, "3.9"), (3413, "3.8"), (3394, "3.7"),
    (3379, "3.6"), (3351, "3.5"), (3310, "3.4"), (3230, "3.3"), (3180, "3.2"), (3151, "3.1"),
    (3131, "3.0"), (3571, "3.13"), (3627, "3.14"), (62211, "2.7"), (3524, "3.12"), (1, None),
])
def test_version_for_magic(number, version):
    assert pyc.version_for_magic(number) == version


@pytest.mark.parametrize("number, text", [
    (3495, "written by Python 3.11 (magic number 3495)"),
    (3571, "written by Python 3.13 (magic number 3571)"),
    (62211, "written by Python 2.7 (magic number 62211)"),
    (3524, "written by a pre-release of Python 3.12 (magic number 3524)"),
    (3700, "written by a Python newer than 3.14 (magic number 3700)"),
])
def test_foreign_magic_messages(number, text, tmp_path):
    path = tmp_path / "x.pyc"
    path.write_bytes(number.to_bytes(2, "little") + b"\r\n" + bytes(12) + b"N")
    with pytest.raises(pyc.PycError) as info:
        pyc.read_pyc(str(path))
    assert str(info.value) == ("%s: this .pyc was %s; snakevm reads only Python 3.12 .pyc files"
                               % (path, text))


def test_header_errors():
    with pytest.raises(pyc.PycError, match="bad magic number"):
        pyc.read_header(b"not a pyc at all")
    with pytest.raises(pyc.PycError, match="too short"):
        pyc.read_header(pyc.MAGIC + b"\0\0")
    with pytest.raises(pyc.PycError, match="bad .pyc flags"):
        pyc.read_header(pyc.MAGIC + b"\x08" + bytes(11))


def test_siphash_source_hash_matches_importlib_on_312():
    expected = {0: "baf18eedc9387a25", 1: "2cf26ebe71328671", 5: "45b380c79f6ea460"}
    for n, digest in expected.items():
        assert pyc.source_hash(b"x=1\n" * n).hex() == digest
    if sys.version_info[:2] == (3, 12):
        for source in (b"", b"a", b"print('hi')\n" * 37, bytes(range(256))):
            assert pyc.source_hash(source) == importlib.util.source_hash(source)


@on_312
@pytest.mark.parametrize("mode, invalidation", [
    (py_compile.PycInvalidationMode.TIMESTAMP, "timestamp"),
    (py_compile.PycInvalidationMode.CHECKED_HASH, "checked-hash"),
    (py_compile.PycInvalidationMode.UNCHECKED_HASH, "unchecked-hash"),
])
def test_write_pyc_headers_like_py_compile(tmp_path, mode, invalidation):
    src = tmp_path / "m.py"
    src.write_text("def f(a, b=2):\n    return a * b\nprint(f(21))\n")
    theirs = tmp_path / "theirs.pyc"
    py_compile.compile(str(src), cfile=str(theirs), invalidation_mode=mode)
    data = theirs.read_bytes()
    code = marshal.loads(data[16:])
    mine = tmp_path / "mine.pyc"
    pyc.write_pyc(code, str(mine), source_path=str(src), invalidation=invalidation)
    assert mine.read_bytes() == data
    header = pyc.read_header(data)
    assert header.flags == {"timestamp": 0, "unchecked-hash": 1, "checked-hash": 3}[invalidation]
    run = subprocess.run([sys.executable, str(mine)], capture_output=True, text=True)
    assert run.stdout == "42\n"


def test_location_encoder_forms():
    # short form, one-line form, no-column, long form, no location, runs longer than 8
    positions = ([(1, 1, 0, 5)] * 10 + [(2, 2, 100, 120)] + [(2, 2, None, None)] +
                 [(4, 6, 3, 9)] + [(None, None, None, None)] * 2 + [(1, 1, 4, 4)])
    data = codetables.encode_locations(positions, 1)
    from snakevm.code import Code
    code = Code(0, 0, 0, 1, 0, bytes(2 * len(positions)), (), (), (), b"", "f", "f", "f", 1,
                data, b"")
    assert list(code.co_positions()) == positions


def test_exception_table_round_trip():
    entries = [(0, 3, 10, 0, False), (4, 200, 5000, 3, True), (70000, 70001, 2, 1, False)]
    data = codetables.encode_exception_table(entries)
    assert codetables.decode_exception_table(data) == entries
    assert data[0] & 128 and not data[1] & 128
