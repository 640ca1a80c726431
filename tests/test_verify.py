"""The bytecode verifier (snakevm/interpreter/verify.py): crafted code objects are
refused with a guest SystemError before they run; everything snakevm's compiler
and CPython's compiler produce passes."""

import glob
import os
import subprocess
import sys
import textwrap

import pytest

from snakevm.code import Code
from snakevm.compiler import compile_source
from snakevm.interpreter.verify import InvalidCode, verify

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

CRAFTED = {
    # name: (code.replace() arguments as Python source, expected words in the message)
    "empty": ("co_code=b''", "bytecode length 0"),
    "constant index": ("co_code=bytes([151, 0, 100, 200, 83, 0])", "out of range"),
    "unknown opcode": ("co_code=bytes([151, 0, 254, 0, 83, 0])", "invalid opcode 254"),
    "CACHE as an instruction": ("co_code=bytes([151, 0, 0, 0, 83, 0])", "invalid opcode 0"),
    "falls off the end": ("co_code=bytes([151, 0, 9, 0])", "falls off the end"),
    "stack underflow": ("co_code=bytes([151, 0, 1, 0, 83, 0])", "stack underflow"),
    "jump outside": ("co_code=bytes([151, 0, 110, 100, 121, 0])", "outside the code"),
    "deeper than co_stacksize": ("co_code=bytes([151, 0, 2, 0, 2, 0, 2, 0, 121, 0]), "
                                 "co_stacksize=2", "exceeds co_stacksize"),
    "local index": ("co_code=bytes([151, 0, 124, 50, 83, 0]), co_stacksize=1", "out of range"),
    "name index": ("co_code=bytes([151, 0, 101, 20, 83, 0]), co_stacksize=2", "out of range"),
    "COPY 0": ("co_code=bytes([151, 0, 100, 0, 120, 0, 83, 0]), co_stacksize=3",
               "stack underflow"),
    "SWAP past the stack": ("co_code=bytes([151, 0, 100, 0, 99, 5, 83, 0]), co_stacksize=3",
                            "stack underflow"),
    "BINARY_OP number": ("co_code=bytes([151, 0, 100, 0, 100, 0, 122, 99, 0, 0, 83, 0]), "
                         "co_stacksize=2", "out of range"),
    "LOAD_DEREF of a plain local": ("co_code=bytes([151, 0, 137, 0, 83, 0]), co_stacksize=1",
                                    "not a cell"),
    "NULL returned": ("co_code=bytes([151, 0, 2, 0, 83, 0]), co_stacksize=1", "NULL"),
    "NULL added": ("co_code=bytes([151, 0, 2, 0, 100, 0, 122, 0, 0, 0, 83, 0]), co_stacksize=2",
                   "NULL"),
    "NULL kept by SWAP": ("co_code=bytes([151, 0, 100, 0, 2, 0, 99, 2, 1, 0, 83, 0]), "
                          "co_stacksize=2", "NULL"),
    "cache cut off": ("co_code=bytes([151, 0, 100, 0, 25, 0])", "cache entries"),
    "exception table outside": ("co_exceptiontable=bytes([0x80 | 0, 2, 60, 0])",
                                "exception table"),
}


def _run(source):
    env = dict(os.environ, PYTHONPATH=ROOT)
    return subprocess.run([sys.executable, "-m", "snakevm", "-c", source], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=120)


def test_crafted_code_objects_are_refused_with_system_error():
    lines = ["def f(x=None):", "    return 1", "c = f.__code__", "results = []"]
    for name, (change, _) in CRAFTED.items():
        lines.append(textwrap.dedent('''
            try:
                g = type(f)(c.replace(%s), {})
                print(%r, "ran", repr(g()))
            except SystemError as e:
                print(%r, "SystemError", e)
            except Exception as e:
                print(%r, type(e).__name__, e)
        ''' % (change, name, name, name)))
    lines.append("print('still running', f())")
    result = _run("\n".join(lines))
    assert result.returncode == 0, result.stderr
    out = result.stdout.splitlines()
    for name, (_, words) in CRAFTED.items():
        line = next((l for l in out if l.startswith(name + " ")), "")
        assert "SystemError" in line and words in line, (name, line, result.stderr)
    assert out[-1] == "still running 1"


def test_replace_refuses_odd_length_bytecode_like_cpython():
    result = _run("c = (lambda: 1).__code__\ntry:\n    c.replace(co_code=c.co_code + b'\\x00')\n"
                  "except ValueError as e:\n    print(e)\n")
    assert result.stdout == "code: co_code is malformed\n", result.stderr


def _walk(code):
    yield code
    for const in code.co_consts:
        if isinstance(const, Code):
            yield from _walk(const)


LIB = os.path.dirname(os.__file__)


@pytest.mark.parametrize("name", ["os.py", "typing.py", "dataclasses.py", "asyncio/tasks.py",
                                  "json/decoder.py", "re/_parser.py", "pathlib.py", "enum.py"])
def test_compiler_output_verifies(name):
    path = os.path.join(LIB, name)
    with open(path, "rb") as f:
        code = compile_source(f.read(), path, "exec")
    for c in _walk(code):
        c._cache.pop("verified", None)
        verify(c)


def test_cpython_pyc_runs(tmp_path):
    """A .pyc written by CPython's own compiler is verified when it runs."""
    import py_compile
    source = tmp_path / "prog.py"
    source.write_text("def gen():\n    try:\n        yield 1\n    finally:\n        pass\n"
                      "print(list(gen()), [x * 2 for x in range(3)], {k: k for k in 'ab'})\n")
    pyc = tmp_path / "prog.pyc"
    py_compile.compile(str(source), cfile=str(pyc), doraise=True)
    env = dict(os.environ, PYTHONPATH=ROOT)
    result = subprocess.run([sys.executable, "-m", "snakevm", str(pyc)], capture_output=True,
                            text=True, env=env, cwd=ROOT, timeout=120)
    assert result.stdout == "[1] [0, 2, 4] {'a': 'a', 'b': 'b'}\n", result.stderr


def test_invalid_code_is_a_host_level_exception_only_inside_the_verifier():
    c = compile_source("x = 1", "<t>", "exec")
    bad = Code(0, 0, 0, 0, 0, b"", (), (), (), b"", "<t>", "f", "f", 1, b"", b"")
    verify(c)
    with pytest.raises(InvalidCode):
        verify(bad)


def test_value_dependent_operands_give_system_error():
    # MAKE_FUNCTION of a constant that is not a code object, and with an annotations
    # tuple of odd length (found by tests/fuzz/fuzz.py): SystemError, no internal error
    source = textwrap.dedent('''
        import dis
        op = dis.opmap
        def f():
            pass
        for label, raw, consts in [
                ("not code", [op['RESUME'], 0, op['LOAD_CONST'], 1, op['MAKE_FUNCTION'], 0,
                              op['RETURN_VALUE'], 0], (None, 5)),
                ("odd annotations", [op['RESUME'], 0, op['LOAD_CONST'], 1, op['LOAD_CONST'], 2,
                                     op['MAKE_FUNCTION'], 4, op['RETURN_VALUE'], 0],
                 (None, ('a',), f.__code__))]:
            g = type(f)(f.__code__.replace(co_code=bytes(raw), co_consts=consts, co_stacksize=3), {})
            try:
                g()
            except SystemError as e:
                print(label, "SystemError", e)
    ''')
    result = _run(source)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "not code SystemError MAKE_FUNCTION: the code is a int",
        "odd annotations SystemError MAKE_FUNCTION: the annotations are neither a dict nor a "
        "tuple of names and values"], result.stdout
