"""``python -m snakevm -m MODULE`` against ``python3.12 -m MODULE``: a package's
__main__, a submodule, namespace packages, the errors, and the standard library's
command-line modules (json.tool, tokenize, ast, unittest, timeit).  Both run in
tests/import_fixtures/runmain with the same environment, so their outputs must
be identical (timings are normalised)."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "import_fixtures" / "runmain"


def _run(command):
    env = dict(os.environ, PYENV_VERSION="3.12.1", PYTHONHASHSEED="0", PYTHONPATH=str(ROOT),
               PYTHONIOENCODING="utf-8")
    result = subprocess.run(command, capture_output=True, text=True, cwd=FIXTURES, env=env,
                            timeout=120)
    return result.stdout, result.stderr, result.returncode


def _normalise(text):
    text = re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 test(s) in Ns", text)
    return re.sub(r"best of (\d+): [0-9.]+ [un]?sec", r"best of \1: N sec", text)


CASES = [
    ["mainpkg", "a", "b"],
    ["mainpkg.sub.tool", "x"],
    ["mainpkg.fails"],
    ["mainpkg.sub"],
    ["nsmain"],
    ["no_such_module_runmain"],
    ["mainpkg.no_such_sub"],
    ["json.tool", "--sort-keys", "data.json"],
    ["tokenize", "checkme.py"],
    ["ast", "checkme.py"],
    ["unittest", "checkme"],
    ["timeit", "-n", "2", "-r", "1", "pass"],
]


@pytest.fixture(scope="module", autouse=True)
def data_file():
    path = FIXTURES / "data.json"
    path.write_text('{"b": [1, 2], "a": {"x": null}}\n')
    yield path
    path.unlink()


@pytest.mark.parametrize("args", CASES, ids=lambda args: " ".join(args))
def test_run_module_like_cpython(args):
    expected = _run([sys.executable, "-m"] + args)
    actual = _run([sys.executable, "-m", "snakevm", "-m"] + args)
    assert _normalise(actual[0]) == _normalise(expected[0]), "stdout differs"
    assert _normalise(actual[1]) == _normalise(expected[1]), "stderr differs:\n%s\n---\n%s" % (
        actual[1], expected[1])
    assert actual[2] == expected[2], "exit status %d, CPython %d" % (actual[2], expected[2])
