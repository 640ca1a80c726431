"""Issue 5: for every built-in type, the names dir() shows under snakevm
include all of CPython 3.12's.  Known gaps are listed in tests/dir_missing.txt
(a ratchet; see tests/dir_completeness.py, which also prints a summary)."""

import pytest

import difftest
import dir_completeness


@pytest.fixture(scope="module")
def tables():
    expected, _, _ = dir_completeness.run_probe(difftest.run_cpython)
    actual, stderr, status = dir_completeness.run_probe(difftest.run_snakevm)
    assert status == 0, "the probe failed under snakevm:\n" + stderr
    return expected, actual


def test_every_type_has_cpythons_names(tables):
    expected, actual = tables
    known = dir_completeness.known_missing()
    differences = dir_completeness.compare(expected, actual)
    regressions = {}
    for label, (missing, _) in sorted(differences.items()):
        unexpected = missing - known.get(label, set())
        if unexpected:
            regressions[label] = sorted(unexpected)
    assert not regressions, "names missing from dir() (not in tests/dir_missing.txt): %s" % (
        "; ".join("%s: %s" % (label, " ".join(names)) for label, names in regressions.items()))


def test_ratchet_file_is_current(tables):
    """A name recorded as missing that snakevm now has should be removed from the file."""
    expected, actual = tables
    known = dir_completeness.known_missing()
    differences = dir_completeness.compare(expected, actual)
    stale = {}
    for label, names in known.items():
        missing = differences.get(label, (set(), set()))[0]
        fixed = names - missing
        if fixed:
            stale[label] = sorted(fixed)
    if stale:
        pytest.xfail("now present, remove from tests/dir_missing.txt (--update): %s" % stale)
