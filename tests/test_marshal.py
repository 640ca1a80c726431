"""snakevm's marshal against CPython 3.12's: reading, byte-identical write-back,
fresh writing that CPython reads, and errors for bad data."""

import marshal as host_marshal
import re
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
    code.marshal_info = None                      # forget the layout: a fresh write
    fresh = marshal.dumps(code)
    assert host_marshal.loads(fresh) == host_marshal.loads(data)     # code objects compare by value


@pytest.mark.parametrize("relpath", SAMPLE[:3])
def test_snakevm_compiled_code_is_written_so_cpython_loads_it(relpath):
    from snakevm.compiler import compile_source
    source = (LIB / relpath).read_bytes()
    code = compile_source(source, str(LIB / relpath), "exec")
    expected = compile(source, str(LIB / relpath), "exec")
    assert host_marshal.loads(marshal.dumps(code)) == expected


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


# -- real .pyc files, as py_compile/compileall write them ------------------------------------

PYC_SAMPLE = ["abc.py", "ast.py", "bisect.py", "calendar.py", "codecs.py", "contextlib.py",
              "copy.py", "csv.py", "dataclasses.py", "decimal.py", "difflib.py", "fractions.py",
              "functools.py", "heapq.py", "json/encoder.py", "logging/__init__.py", "pathlib.py",
              "re/_compiler.py", "string.py", "textwrap.py", "tokenize.py", "zipfile/__init__.py"]


@pytest.fixture(scope="module")
def pyc_files(tmp_path_factory):
    import py_compile
    out = tmp_path_factory.mktemp("pyc")
    paths = {}
    for relpath in PYC_SAMPLE:
        target = out / (relpath.replace("/", "_") + "c")
        py_compile.compile(str(LIB / relpath), cfile=str(target), doraise=True)
        paths[relpath] = target
    return paths


@pytest.mark.parametrize("relpath", PYC_SAMPLE)
def test_pyc_body_round_trips_through_plain_loads(pyc_files, relpath):
    data = pyc_files[relpath].read_bytes()
    code = pyc.read_pyc(str(pyc_files[relpath]))
    assert marshal.dumps(code) == data[16:]           # layout kept in code.marshal_info
    host = host_marshal.loads(data[16:])
    assert list(code.co_lines()) == list(host.co_lines())
    assert list(code.co_positions()) == list(host.co_positions())


def test_changed_code_is_written_fresh_and_cpython_reads_it():
    data = _compiled("json/decoder.py")
    code = marshal.loads(data)
    code.co_consts = code.co_consts + ("a new constant", 10 ** 40)
    back = host_marshal.loads(marshal.dumps(code))
    assert back.co_consts[-2:] == ("a new constant", 10 ** 40)
    assert back.co_code == host_marshal.loads(data).co_code


def _all_code(code):
    todo = [code]
    while todo:
        c = todo.pop()
        yield c
        todo += [k for k in c.co_consts if isinstance(k, (Code, type(c)))
                 and not isinstance(k, (str, bytes))]


@pytest.mark.parametrize("relpath", PYC_SAMPLE[::2])
def test_line_tables_and_exception_tables_match_cpython(relpath):
    import dis as host_dis
    data = _compiled(relpath)
    mine = list(_all_code(marshal.loads(data)))
    theirs = list(_all_code(host_marshal.loads(data)))
    assert len(mine) == len(theirs)
    for a, b in zip(mine, theirs):
        assert list(a.co_lines()) == list(b.co_lines()), a.co_qualname
        assert list(a.co_positions()) == list(b.co_positions()), a.co_qualname
        expected = [(e.start, e.end, e.target, e.depth, e.lasti)
                    for e in host_dis._parse_exception_table(b)]
        got = [(s, e, t, d, bool(l)) for s, e, t, d, l in a.exception_entries()]
        assert got == expected, a.co_qualname


@pytest.mark.parametrize("data", [
    b"g\x00\x00\x00\x00\x00\x00\xf0",           # float cut short
    b"f\x031.",                                  # old text float cut short
    b"(\x02\x00\x00\x00N",                       # tuple missing an item
])
def test_truncated_data_is_an_eof_error_too(data):
    with pytest.raises(EOFError):
        marshal.loads(data)
    with pytest.raises(marshal.MarshalError):
        marshal.loads(data)


def test_old_text_float_and_complex_codes():
    assert marshal.loads(b"f\x031.5") == 1.5
    assert marshal.loads(b"x\x031.5\x04-2.0") == complex(1.5, -2.0)


@pytest.mark.parametrize("data", [
    b"?", b"0", b")\x010", b"[\x01\x00\x00\x000", b"<\x01\x00\x00\x000", b"{N0", b"{0",
    b"l\x01\x00\x00\x00\x00\x00", b"l\x01\x00\x00\x00\x00\x80", b"l\x00\x00\x00\x80",
    b"s\xff\xff\xff\xff", b"(\xff\xff\xff\xff", b"[\xff\xff\xff\xff", b"<\xff\xff\xff\xff",
    b"u\xff\xff\xff\xff", b"c" + bytes(20), b"r\x00\x00\x00\x00",
])
def test_bad_data_like_cpython(data):
    """The same result, or the same exception type and message, as CPython's marshal."""
    try:
        expected = host_marshal.loads(data)
    except Exception as e:
        with pytest.raises(type(e)) as info:
            marshal.loads(data)
        assert isinstance(info.value, marshal.MarshalError)
        assert str(info.value) == str(e)
    else:
        assert marshal.loads(data) == expected


def test_reference_to_an_object_still_being_read_is_invalid():
    # a FLAG_REF tuple whose only item refers back to the (unfinished) tuple itself
    with pytest.raises(marshal.MarshalError, match=r"invalid reference"):
        marshal.loads(b"\xa9\x01r\x00\x00\x00\x00")


@pytest.mark.parametrize("number, version", [(3495, "3.11"), (3571, "3.13"), (3413, "3.8"),
                                             (3379, "3.6"), (3351, "3.5")])
def test_foreign_release_magic_numbers(tmp_path, number, version):
    path = tmp_path / "x.pyc"
    path.write_bytes(number.to_bytes(2, "little") + b"\r\n" + bytes(12) + b"N")
    with pytest.raises(pyc.PycError, match="Python %s " % re.escape(version)):
        pyc.read_pyc(str(path))


def test_absurd_nesting_is_a_marshal_error_not_a_host_recursion_error():
    data = b")\x01" * 5000 + b"N"
    with pytest.raises(ValueError, match="recursion limit exceeded"):
        host_marshal.loads(data)
    with pytest.raises(marshal.MarshalError, match="recursion limit exceeded"):
        marshal.loads(data)


def test_load_reads_one_object_from_a_file_and_trailing_bytes_are_ignored():
    import io
    stream = io.BytesIO(host_marshal.dumps((1, 2)) + host_marshal.dumps("x"))
    assert marshal.load(stream) == (1, 2)
    assert marshal.load(stream) == "x"
    assert marshal.loads(b"N123") is None
