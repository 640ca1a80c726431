"""Compile time of snakevm's compiler vs CPython's compile() over all of Lib.

Usage: PYENV_VERSION=3.12.1 python3.12 bench/bench_compile.py [--limit N]
Both compile the same bytes (files CPython rejects are skipped), single
process; the report is the ratio snakevm time / CPython time.  Parsing
(ast.parse, which snakevm reuses) is also timed separately.
"""

import argparse
import ast
import os
import sys
import time
import warnings

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "tests", "conformance"))


def main():
    from identical_lib import lib_files
    from snakevm.compiler import compile_source
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    warnings.simplefilter("ignore")
    files = lib_files()
    if args.limit:
        files = files[:args.limit]
    sources = []
    for path in files:
        with open(path, "rb") as f:
            src = f.read()
        try:
            compile(src, path, "exec", dont_inherit=True)
        except Exception:
            continue
        sources.append((path, src))
    t0 = time.perf_counter()
    for path, src in sources:
        compile(src, path, "exec", dont_inherit=True)
    t_cpython = time.perf_counter() - t0
    t0 = time.perf_counter()
    for path, src in sources:
        ast.parse(src, path)
    t_parse = time.perf_counter() - t0
    t0 = time.perf_counter()
    for path, src in sources:
        compile_source(src, path)
    t_snakevm = time.perf_counter() - t0
    print("files: %d" % len(sources))
    print("CPython compile():        %8.2fs" % t_cpython)
    print("ast.parse only:           %8.2fs" % t_parse)
    print("snakevm compile_source(): %8.2fs" % t_snakevm)
    print("ratio snakevm / CPython:  %8.1fx" % (t_snakevm / t_cpython))


if __name__ == "__main__":
    main()
