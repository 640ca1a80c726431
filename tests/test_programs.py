"""Every program in tests/programs/ must behave identically under CPython 3.12
and snakevm (stdout, stderr, exit status) -- run by the interpreter alone and
with the compiling tier compiling every function and loop at once
(``--jit=always``, which keeps tier 2 honest); known failures are xfail.

The runs are started ahead, two at a time (the machines have two cores and a
test waits on one process), and each test checks its own results; CPython runs
each program once for both modes."""

import sys
from concurrent.futures import ThreadPoolExecutor

import pytest

from difftest import (program_paths, known_failures, relative_name, expected_output,
                      run_snakevm, compare)

KNOWN = known_failures()
JIT_MODES = (None, "always")        # None: snakevm's default (--jit=off)
CASES = [(path, jit) for jit in JIT_MODES for path in program_paths()]
_pending = {}


def _start_selected(items):
    """Submit the runs of the selected tests, in the order they will ask for them."""
    pool = ThreadPoolExecutor(max_workers=2)
    for item in items:
        callspec = getattr(item, "callspec", None)
        if item.originalname == "test_program" and callspec is not None:
            path, jit = callspec.params["path"], callspec.params["jit"]
            _pending[path, jit] = pool.submit(
                lambda p=path, j=jit: (expected_output(p), run_snakevm(p, jit=j)))
    pool.shutdown(wait=False)


def _param(path, jit):
    name = relative_name(path)
    marks = [pytest.mark.xfail(reason="listed in tests/known_failures.txt", strict=False)] \
        if name in KNOWN else []
    return pytest.param(path, jit, id=name if jit is None else "%s[jit=%s]" % (name, jit),
                        marks=marks)


@pytest.mark.skipif(sys.version_info[:2] != (3, 12), reason="the oracle is CPython 3.12")
@pytest.mark.parametrize("path,jit", [_param(path, jit) for path, jit in CASES])
def test_program(path, jit, request):
    if not _pending:
        _start_selected(request.session.items)
    expected, actual = _pending.pop((path, jit)).result()
    compare(expected, actual)
