"""Differential checks for the scalar/byte-type programs of issue 5.

Each listed program under tests/programs/objects must give CPython 3.12's exact
stdout/stderr/exit status when run under snakevm (via tests/difftest.py).
"""
import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = ("bytes_type", "bytearray_type", "memoryview_basic", "str_format_method",
            "str_percent_format", "str_reprs", "int_errors", "builtins_conversions")


@pytest.mark.skipif(sys.version_info[:2] != (3, 12), reason="reference is CPython 3.12")
@pytest.mark.parametrize("name", PROGRAMS)
def test_program_matches_cpython(name):
    path = os.path.join(ROOT, "tests", "programs", "objects", name + ".py")
    out = subprocess.run([sys.executable, os.path.join(ROOT, "tests", "difftest.py"), path],
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]
