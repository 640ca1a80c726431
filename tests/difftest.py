"""Differential testing: run the same program under CPython 3.12 and under
snakevm and compare stdout, stderr and exit status.

Both runs use the same absolute program path and the same working directory,
so tracebacks name the same file.  Programs listed in tests/known_failures.txt
are expected to fail (a ratchet: when one starts passing it is reported as
XPASS and should be removed from the list).
"""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROGRAMS = ROOT / "tests" / "programs"
KNOWN_FAILURES = ROOT / "tests" / "known_failures.txt"
TIMEOUT = 30


def cpython_command():
    """The oracle: CPython 3.12 (the host, when the host is 3.12)."""
    if sys.version_info[:2] == (3, 12):
        return [sys.executable]
    return ["python3.12"]


def _env():
    env = dict(os.environ)
    env["PYENV_VERSION"] = "3.12.1"
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    env.pop("PYTHONPATH", None)
    return env


def _run(command, stdin=None):
    proc = subprocess.run(command, input=stdin, capture_output=True, text=True, cwd=ROOT,
                          env=_env(), timeout=TIMEOUT)
    return proc.stdout, proc.stderr, proc.returncode


def program_file(path_or_source):
    """A path to run: an existing file as is; otherwise the text is a program's source,
    written once to a file named by its hash (so both runs see the same path)."""
    if isinstance(path_or_source, Path) or (
            "\n" not in path_or_source and os.path.exists(path_or_source)):
        return Path(path_or_source).resolve()
    import hashlib
    import tempfile
    digest = hashlib.sha1(path_or_source.encode("utf-8")).hexdigest()[:16]
    folder = Path(tempfile.gettempdir()) / "snakevm-difftest"
    folder.mkdir(exist_ok=True)
    target = folder / ("prog_%s.py" % digest)
    if not target.exists():
        target.write_text(path_or_source, encoding="utf-8")
    return target


def run_cpython(path_or_source, args=(), stdin=None):
    """(stdout, stderr, exit status) of CPython 3.12 running a program file or source text."""
    path = program_file(path_or_source)
    return _run(cpython_command() + [str(path)] + list(args), stdin)


def run_snakevm(path_or_source, args=(), stdin=None, jit=None):
    """(stdout, stderr, exit status) of ``python3.12 -m snakevm`` from the checkout root
    (with ``--jit=MODE`` when ``jit`` is given)."""
    path = program_file(path_or_source)
    options = ["--jit=" + jit] if jit else []
    return _run(cpython_command() + ["-m", "snakevm"] + options + [str(path)] + list(args),
                stdin)


_EXPECTED = {}


def expected_output(path, args=(), stdin=None):
    """CPython's result for a program, run once per test session and kept."""
    key = (str(path), tuple(args), stdin)
    if key not in _EXPECTED:
        _EXPECTED[key] = run_cpython(path, args, stdin)
    return _EXPECTED[key]


def assert_same(path, args=(), stdin=None, jit=None):
    """The program (a file, or source text) behaves the same under CPython and snakevm."""
    compare(expected_output(path, args, stdin), run_snakevm(path, args, stdin, jit))


def compare(expected, actual):
    """Assert that snakevm's (stdout, stderr, status) are CPython's."""
    assert actual[0] == expected[0], "stdout differs"
    assert actual[1] == expected[1], "stderr differs:\n--- snakevm\n%s\n--- cpython\n%s" % (
        actual[1][-3000:], expected[1][-3000:])
    assert actual[2] == expected[2], "exit status %d, CPython %d" % (actual[2], expected[2])


def program_paths():
    return sorted(PROGRAMS.rglob("*.py"))


def known_failures():
    if not KNOWN_FAILURES.exists():
        return set()
    names = set()
    for line in KNOWN_FAILURES.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            names.add(line)
    return names


def relative_name(path):
    return str(Path(path).resolve().relative_to(PROGRAMS)).replace(os.sep, "/")


def main(argv):
    """`python3.12 tests/difftest.py [--update-known-failures] [--jit=MODE] [PROGRAM...]`:
    run programs differentially (snakevm with --jit=MODE if given) and print a pass/fail
    line per program."""
    update = "--update-known-failures" in argv
    jit = next((a.split("=", 1)[1] for a in argv if a.startswith("--jit=")), None)
    paths = [Path(a).resolve() for a in argv if not a.startswith("--")] or program_paths()
    failing = []
    from concurrent.futures import ThreadPoolExecutor

    def check(path):
        try:
            assert_same(path, jit=jit)
            return path, None
        except AssertionError as e:
            return path, str(e).splitlines()[0]
        except subprocess.TimeoutExpired:
            return path, "timeout"

    with ThreadPoolExecutor(max_workers=2) as pool:
        for path, error in pool.map(check, paths):
            name = relative_name(path)
            print("%-60s %s" % (name, "ok" if error is None else "FAIL: " + error), flush=True)
            if error is not None:
                failing.append(name)
    print("%d passed, %d failed" % (len(paths) - len(failing), len(failing)))
    if update:
        KNOWN_FAILURES.write_text(
            "# Differential programs snakevm does not yet pass (tests/difftest.py).\n"
            "# Regenerate with: python3.12 tests/difftest.py --update-known-failures\n"
            + "".join(name + "\n" for name in sorted(failing)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
