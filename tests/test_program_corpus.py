"""Sanity checks for the differential program corpus in tests/programs/.

This module owns only the *corpus* checks, run under the host CPython 3.12 (the oracle), not under snakevm:
every program must behave deterministically (same stdout, stderr and exit status under two different
PYTHONHASHSEED values), must not emit warnings, and the index docs/test-programs.md must list every program.
The snakevm-vs-CPython comparison itself lives in tests/difftest.py (owned elsewhere).
"""
import concurrent.futures
import os
import pathlib
import re
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
PROGRAMS = ROOT / "tests" / "programs"
INDEX = ROOT / "docs" / "test-programs.md"
ALL_PROGRAMS = sorted(PROGRAMS.rglob("*.py"))
ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")


def _run(path, seed):
    env = dict(os.environ, PYTHONHASHSEED=str(seed))
    env.pop("PYTHONWARNINGS", None)
    proc = subprocess.run([sys.executable, str(path)], capture_output=True, text=True, env=env, timeout=120,
                          cwd=str(path.parent))
    return proc.returncode, proc.stdout, proc.stderr


@pytest.fixture(scope="module")
def corpus_results():
    if sys.version_info[:2] != (3, 12):
        pytest.skip("the corpus is checked against CPython 3.12 only")
    jobs = [(p, seed) for p in ALL_PROGRAMS for seed in (1, 4242)]
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        outputs = list(pool.map(lambda job: _run(*job), jobs))
    return {(p, seed): out for (p, seed), out in zip(jobs, outputs)}


def test_corpus_size():
    assert len(list((PROGRAMS / "interp").glob("*.py"))) >= 75
    assert len(list((PROGRAMS / "objects").glob("*.py"))) >= 75


@pytest.mark.parametrize("path", ALL_PROGRAMS, ids=lambda p: str(p.relative_to(PROGRAMS)))
def test_program_is_deterministic(path, corpus_results):
    first = corpus_results[(path, 1)]
    second = corpus_results[(path, 4242)]
    assert first == second, f"{path.name} output depends on PYTHONHASHSEED"
    assert "Warning:" not in first[2], f"{path.name} emits a warning: {first[2]}"
    assert not ADDRESS.search(first[1] + first[2]), f"{path.name} may print an object address"


def test_index_lists_every_program():
    text = INDEX.read_text(encoding="utf-8")
    missing = [str(p.relative_to(PROGRAMS)) for p in ALL_PROGRAMS if str(p.relative_to(PROGRAMS)) not in text]
    assert not missing, f"docs/test-programs.md does not mention: {missing}"
