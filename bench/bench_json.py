"""Benchmark (not a test): json.dumps and json.loads of a document of nested
dicts, lists, strings and numbers, under CPython 3.12 and under snakevm in the
same run, as a ratio.

Each interpreter runs this file with ``--workload`` in a subprocess; the
workload times dumps and loads itself (imports and start-up excluded) and
prints the times and a checksum of its results, which must agree.  Every
measurement is the minimum of RUNS runs.  snakevm decodes with the host's C
scanner and encodes compact output with its own interpreter-level encoder
(module/_jsonmodule.py); with indent, json.encoder uses its Python encoder in
both VMs, so that row measures snakevm's interpreter.

    PYENV_VERSION=3.12.1 python3.12 bench/bench_json.py
"""

import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = 3
REPEAT = 5


def make_document(count):
    return {
        "items": [{"id": i, "name": "item %d" % i, "price": i * 1.25, "tags": ["a", "b", str(i)],
                   "active": i % 3 == 0, "note": None, "text": "ünïcode \"quoted\" \n line"}
                  for i in range(count)],
        "meta": {"count": count, "version": "1.0", "nested": {"deep": [[1, 2], [3, [4, 5]]]}},
    }


def workload():
    document = make_document(400)
    start = time.perf_counter()
    for _ in range(REPEAT):
        text = json.dumps(document, sort_keys=True)
    compact_time = time.perf_counter() - start
    start = time.perf_counter()
    for _ in range(REPEAT):
        pretty = json.dumps(document, indent=2)
    indent_time = time.perf_counter() - start
    start = time.perf_counter()
    for _ in range(REPEAT):
        value = json.loads(text)
        json.loads(pretty)
    loads_time = time.perf_counter() - start
    checksum = len(text) + len(pretty) + len(value["items"])
    print("%r %r %r %d" % (compact_time, indent_time, loads_time, checksum))


def run(command):
    best = None
    checksum = None
    for _ in range(RUNS):
        out = subprocess.run(command + [str(Path(__file__).resolve()), "--workload"],
                             capture_output=True, text=True, check=True, cwd=ROOT).stdout
        *times, checksum = out.split()
        times = tuple(float(t) for t in times)
        best = times if best is None else tuple(min(a, b) for a, b in zip(best, times))
    return best, checksum


def main():
    cpython = [sys.executable]
    snakevm = [sys.executable, "-m", "snakevm"]
    c_times, c_sum = run(cpython)
    s_times, s_sum = run(snakevm)
    if c_sum != s_sum:
        print("results differ: CPython %s, snakevm %s" % (c_sum, s_sum))
        return 1
    print("%-14s %10s %10s %10s" % ("part", "CPython", "snakevm", "ratio"))
    for name, c, s in zip(("dumps", "dumps indent=2", "loads", "total"),
                          c_times + (sum(c_times),), s_times + (sum(s_times),)):
        print("%-14s %9.4fs %9.4fs %9.1fx" % (name, c, s, s / c))
    return 0


if __name__ == "__main__":
    if "--workload" in sys.argv:
        workload()
    else:
        sys.exit(main())
