"""Every program in tests/programs/ must behave identically under CPython 3.12
and snakevm (stdout, stderr, exit status); known failures are xfail."""

import sys

import pytest

from difftest import program_paths, known_failures, relative_name, assert_same

KNOWN = known_failures()


def _param(path):
    name = relative_name(path)
    marks = [pytest.mark.xfail(reason="listed in tests/known_failures.txt", strict=False)] \
        if name in KNOWN else []
    return pytest.param(path, id=name, marks=marks)


@pytest.mark.skipif(sys.version_info[:2] != (3, 12), reason="the oracle is CPython 3.12")
@pytest.mark.parametrize("path", [_param(p) for p in program_paths()])
def test_program(path):
    assert_same(path)
