"""Start-up time of snakevm against CPython 3.12, measured in the same run.

Two commands, each run alternately under both VMs (minimum of --runs):
``-c pass`` and ``-c "import collections, functools, os, re, json"``.
Prints the times and the ratios (snakevm / CPython); --json for machine-readable
output.  Usage: python3.12 bench/startup.py [--runs N] [--json]"""

import argparse
import json
import sys

from run import best_of             # bench/run.py: alternating runs, minimum wall time

PROGRAMS = {"pass": "pass", "imports": "import collections, functools, os, re, json"}


def measure(runs):
    results = {}
    for name, program in PROGRAMS.items():
        cpython = [sys.executable, "-c", program]
        snakevm = [sys.executable, "-m", "snakevm", "-c", program]
        best_of([snakevm], 1)                           # warm the caches once
        (best_c, out_c), (best_s, out_s) = best_of([cpython, snakevm], runs)
        if out_c != out_s:
            raise SystemExit("%s: outputs differ: %r %r" % (name, out_c, out_s))
        results[name] = {"cpython": best_c, "snakevm": best_s, "ratio": best_s / best_c}
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    results = measure(args.runs)
    if args.json:
        print(json.dumps(results, indent=2))
        return
    print("%-10s %10s %10s %8s" % ("start-up", "CPython", "snakevm", "ratio"))
    for name, r in results.items():
        print("%-10s %9.3fs %9.3fs %7.1fx" % (name, r["cpython"], r["snakevm"], r["ratio"]))


if __name__ == "__main__":
    main()
