"""The hostile-input corpus (tests/hostile/, see its README): every program holds
what its header says, with no internal error, no host value reaching the guest
and no host traceback; and a short seeded run of the fuzzer (tests/fuzz/fuzz.py;
the long run is a separate command) finds no failure."""

import concurrent.futures
import os
import subprocess
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "hostile"))

import check  # noqa: E402  (tests/hostile/check.py)

KNOWN_FAILURES = os.path.join(HERE, "hostile", "known_failures.txt")


def _known():
    if not os.path.exists(KNOWN_FAILURES):
        return set()
    with open(KNOWN_FAILURES) as f:
        return {line.split("#")[0].strip() for line in f if line.split("#")[0].strip()}


KNOWN = _known()


def _name(path):
    return os.path.relpath(path, os.path.join(HERE, "hostile"))


_results = {}


def _problems(path):
    """check.check(path), with the whole corpus run on first use three programs at a
    time (each is a subprocess; this keeps the suite inside its time budget)."""
    if not _results:
        paths = check.corpus_paths()
        with concurrent.futures.ThreadPoolExecutor(3) as pool:
            for one, problems in zip(paths, pool.map(check.check, paths)):
                _results[one] = problems
    return _results[path]


@pytest.mark.skipif(sys.version_info[:2] != (3, 12), reason="the oracle is CPython 3.12")
@pytest.mark.parametrize("path", check.corpus_paths(), ids=_name)
def test_hostile_program(path):
    """A program listed in tests/hostile/known_failures.txt may still differ from
    CPython (an xfail), but never with an internal error, a host value or a host
    traceback; once it passes it must leave the list."""
    problems = _problems(path)
    if _name(path) not in KNOWN:
        assert not problems, "\n".join(problems)
        return
    serious = [p for p in problems if p.startswith(("internal error", "host value",
                                                    "host traceback", "timed out"))]
    assert not serious, "\n".join(serious)
    assert problems, "passes now: remove it from tests/hostile/known_failures.txt"
    pytest.xfail("; ".join(problems)[:200])


def test_short_fuzz_run_finds_nothing():
    env = dict(os.environ, PYENV_VERSION="3.12.1")
    result = subprocess.run([sys.executable, os.path.join(HERE, "fuzz", "fuzz.py"), "--seed",
                             "11", "--cases", "2000", "--jobs", "2"], capture_output=True,
                            text=True, env=env, timeout=600)
    assert result.returncode == 0, result.stdout[-3000:]
    assert "failures: 0 " in result.stdout
