"""Run hostile-corpus programs under snakevm and check what their headers say
(see tests/hostile/README.md).  ``python3.12 tests/hostile/check.py [FILE...]``
prints one verdict per program and exits 1 if any failed."""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SNAKEVM_DIR = os.path.join(ROOT, "snakevm")
TIMEOUT = 120


def corpus_paths():
    paths = []
    for dirpath, dirnames, filenames in os.walk(HERE):
        dirnames.sort()
        for name in sorted(filenames):
            if name.endswith(".py") and dirpath != HERE:
                paths.append(os.path.join(dirpath, name))
    return paths


def read_header(path):
    header = {"args": [], "status": 0, "stdout": None, "stderr": [], "oracle": None,
              "category": None, "must": None}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                break
            key, sep, value = line[1:].strip().partition(":")
            if not sep:
                continue
            value = value.strip() if key != "expect-stdout" else value[1:].rstrip("\n")
            if key == "args":
                header["args"] = value.split()
            elif key == "expect-status":
                header["status"] = int(value)
            elif key == "expect-stdout":
                header["stdout"] = (header["stdout"] or []) + [value]
            elif key == "expect-stderr":
                header["stderr"].append(value)
            elif key in ("oracle", "category", "must"):
                header[key] = value
    return header


def run(argv, env_extra=None, stdin=None):
    env = dict(os.environ, PYENV_VERSION="3.12.1", PYTHONPATH=ROOT)
    env.update(env_extra or {})
    try:
        p = subprocess.run(argv, capture_output=True, timeout=TIMEOUT, cwd=ROOT, env=env,
                           stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return None
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def check(path):
    """A list of problems (empty when the program holds what it must)."""
    header = read_header(path)
    problems = []
    if not header["category"] or not header["must"]:
        problems.append("header lacks category or must")
    result = run([sys.executable, "-m", "snakevm"] + header["args"] + [path],
                 {"SNAKEVM_CHECK_VALUES": "1"})
    if result is None:
        return problems + ["timed out after %d s" % TIMEOUT]
    status, out, err = result
    if "internal error" in err:
        problems.append("internal error: " + err.strip().splitlines()[-1])
    if "host value reached the guest" in err:
        problems.append("host value: " + err.strip().splitlines()[-1])
    if 'File "%s' % SNAKEVM_DIR in err:
        problems.append("host traceback on stderr")
    if header["oracle"] == "cpython":
        expected = run([sys.executable, path])
        if expected != result:
            problems.append("differs from CPython: got %r, CPython %r" % (result, expected))
        return problems
    if status != header["status"]:
        problems.append("exit status %d, expected %d (stderr: %s)"
                        % (status, header["status"], err.strip()[-300:]))
    if header["stdout"] is not None and out.splitlines() != header["stdout"]:
        problems.append("stdout %r, expected %r" % (out.splitlines(), header["stdout"]))
    for text in header["stderr"]:
        if text not in err:
            problems.append("stderr lacks %r (stderr: %s)" % (text, err.strip()[-300:]))
    return problems


def main(argv):
    paths = argv or corpus_paths()
    failed = 0
    for path in paths:
        problems = check(path)
        name = os.path.relpath(path, HERE)
        if problems:
            failed += 1
            print("FAIL %s\n    %s" % (name, "\n    ".join(problems)))
        else:
            print("ok   %s" % name)
    print("%d programs, %d failed" % (len(paths), failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
