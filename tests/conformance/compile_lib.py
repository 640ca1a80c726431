"""Must-show A: every .py file of CPython 3.12's Lib compiles with snakevm.

Usage: PYENV_VERSION=3.12.1 python3.12 tests/conformance/compile_lib.py [--jobs 2]
Files that CPython's own compile() rejects (e.g. lib2to3 test data with bad
syntax) are counted separately.  When both reject a file, the error messages
are compared too.
"""

import argparse
import multiprocessing
import os
import sys
import time
import warnings

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from identical_lib import lib_files  # noqa: E402


def check(path):
    warnings.simplefilter("ignore")
    from snakevm.compiler import compile_source
    with open(path, "rb") as f:
        source = f.read()
    try:
        compile(source, path, "exec", dont_inherit=True)
        host_error = None
    except SyntaxError as e:
        host_error = (e.msg, e.lineno, e.offset)
    except Exception as e:  # ValueError for NUL bytes etc.
        host_error = (str(e), None, None)
    try:
        compile_source(source, path)
        ours = None
    except SyntaxError as e:
        ours = (e.msg, e.lineno, e.offset)
    except Exception as e:
        ours = ("%s: %s" % (type(e).__name__, e), None, None)
    return path, host_error, ours


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    t0 = time.time()
    files = lib_files()
    ok = host_rejects = same_rejection = 0
    failures = []
    with multiprocessing.Pool(args.jobs) as pool:
        for path, host_error, ours in pool.imap_unordered(check, files, chunksize=4):
            if host_error is not None:
                host_rejects += 1
                if ours is not None and ours[:2] == host_error[:2]:
                    same_rejection += 1
                continue
            if ours is None:
                ok += 1
            else:
                failures.append((path, ours))
    print("Lib .py files: %d" % len(files))
    print("CPython 3.12 cannot compile: %d (snakevm rejects %d of them with the same "
          "message and line)" % (host_rejects, same_rejection))
    print("compilable by CPython: %d; compiled by snakevm: %d; snakevm failures: %d"
          % (len(files) - host_rejects, ok, len(failures)))
    for path, err in failures[:50]:
        print("  FAIL %s: %s" % (path, err))
    print("time: %.1fs" % (time.time() - t0))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
