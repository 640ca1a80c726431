"""dir() completeness for snakevm's scalar and byte types (issue 5).

Runs one small guest program under snakevm and compares, per type, the sorted
dir(T) with the host CPython's; nothing may be missing or extra.
"""
import os
import subprocess
import sys

import pytest

TYPES = ("int", "bool", "float", "complex", "str", "bytes", "bytearray", "memoryview")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAM = "for T in (%s):\n    print(T.__name__, repr(sorted(n for n in dir(T))))\n" % ", ".join(TYPES)


@pytest.fixture(scope="module")
def guest_dirs(tmp_path_factory):
    path = tmp_path_factory.mktemp("dirs") / "dirs.py"
    path.write_text(PROGRAM)
    out = subprocess.run([sys.executable, "-m", "snakevm", str(path)], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    result = {}
    for line in out.stdout.splitlines():
        name, names = line.split(" ", 1)
        result[name] = set(eval(names))
    return result


@pytest.mark.skipif(sys.version_info[:2] != (3, 12), reason="reference is CPython 3.12")
@pytest.mark.parametrize("type_name", TYPES)
def test_dir_matches_cpython(guest_dirs, type_name):
    expected = set(dir(__builtins__[type_name] if isinstance(__builtins__, dict)
                       else getattr(__builtins__, type_name)))
    got = guest_dirs[type_name]
    assert sorted(expected - got) == [], "missing"
    assert sorted(got - expected) == [], "extra"
