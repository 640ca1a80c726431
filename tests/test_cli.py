"""The command line: demo, dis, compile, bad input (one line, CPython's exit status)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def snakevm(*args, cwd=ROOT):
    env = dict(os.environ, PYENV_VERSION="3.12.1")
    return subprocess.run([sys.executable, "-m", "snakevm", *args], capture_output=True,
                          text=True, cwd=cwd, env=env, timeout=120)


def test_demo_runs_like_cpython():
    from difftest import assert_same
    assert_same(ROOT / "examples" / "demo.py")


def test_missing_file():
    result = snakevm("no_such_file.py")
    assert result.returncode == 2
    assert "can't open file" in result.stderr and "No such file or directory" in result.stderr
    assert "Traceback" not in result.stderr


def test_corrupt_pyc(tmp_path):
    bad = tmp_path / "bad.pyc"
    bad.write_bytes(b"\xcb\r\r\n" + bytes(12) + b"\x01garbage")
    for args in ([str(bad)], ["--dis", str(bad)]):
        result = snakevm(*args)
        assert result.returncode == 1
        assert "bad marshal data" in result.stderr
        assert "Traceback" not in result.stderr


def test_foreign_version_pyc(tmp_path):
    old = tmp_path / "old.pyc"
    old.write_bytes((3495).to_bytes(2, "little") + b"\r\n" + bytes(12) + b"N")
    result = snakevm(str(old))
    assert result.returncode == 1
    assert "Python 3.11" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.skipif(sys.version_info[:2] != (3, 12), reason="oracle is CPython 3.12")
def test_compile_writes_a_pyc_cpython_runs(tmp_path):
    src = tmp_path / "prog.py"
    src.write_text("def f(n):\n    return [i * i for i in range(n)]\nprint(f(5), 'ok')\n")
    out = tmp_path / "prog.pyc"
    assert snakevm("--compile", str(src), "-o", str(out)).returncode == 0
    result = subprocess.run([sys.executable, str(out)], capture_output=True, text=True)
    assert result.stdout == "[0, 1, 4, 9, 16] ok\n"
    assert snakevm(str(out)).stdout == "[0, 1, 4, 9, 16] ok\n"


@pytest.mark.skipif(sys.version_info[:2] != (3, 12), reason="oracle is CPython 3.12")
def test_dis_of_pyc_matches_python_m_dis(tmp_path):
    import py_compile
    import re
    src = tmp_path / "m.py"
    src.write_text("x = [a for a in range(3)]\nclass C:\n    def m(self):\n        return x\n")
    pyc_path = tmp_path / "m.pyc"
    py_compile.compile(str(src), cfile=str(pyc_path))
    mine = snakevm("--dis", str(pyc_path)).stdout
    theirs = subprocess.run([sys.executable, "-m", "dis", str(src)], capture_output=True,
                            text=True).stdout
    address = re.compile(r" at 0x[0-9a-f]+")
    assert address.sub("", mine) == address.sub("", theirs)


def test_syntax_error_report():
    result = snakevm("-c", "x = (1,")
    assert result.returncode == 1
    assert "SyntaxError" in result.stderr and "Traceback" not in result.stderr


def test_trace_prints_instructions(tmp_path):
    src = tmp_path / "t.py"
    src.write_text("x = 1 + 2\nprint(x)\n")
    result = snakevm("--trace", str(src))
    assert result.stdout == "3\n"
    assert "LOAD_CONST" in result.stderr and "CALL" in result.stderr


def test_directory_without_main(tmp_path):
    result = snakevm(str(tmp_path))
    assert result.returncode == 1
    assert result.stderr.endswith(": can't find '__main__' module in %r\n" % str(tmp_path))


def test_compile_into_missing_directory_is_one_line(tmp_path):
    src = tmp_path / "p.py"
    src.write_text("x = 1\n")
    result = snakevm("--compile", str(src), "-o", str(tmp_path / "no" / "such" / "p.pyc"))
    assert result.returncode == 1
    assert result.stderr.startswith("snakevm: [Errno 2]") and "Traceback" not in result.stderr


@pytest.mark.parametrize("args", [["--dis"], ["--compile"], ["-c"], ["-m"], ["-W"], ["-X"],
                                  ["-z"], ["--no-such-option"]])
def test_usage_errors_exit_2(args):
    result = snakevm(*args)
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_difftest_accepts_source_text():
    from difftest import run_cpython, run_snakevm
    source = "import sys\nprint('hi', file=sys.stderr)\nraise SystemExit(3)\n"
    assert run_snakevm(source) == run_cpython(source) == ("", "hi\n", 3)
