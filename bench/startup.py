"""Start-up time of snakevm against CPython 3.12, measured in the same run.

Two commands, each run alternately under both VMs (minimum of --runs):
``-c pass`` and ``-c "import collections, functools, os, re, json"``.
Prints the times and the ratios (snakevm / CPython); --json for machine-readable
output.  Usage: python3.12 bench/startup.py [--runs N] [--json]"""

import argparse
import json
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = {"pass": "pass", "imports": "import collections, functools, os, re, json"}


def _time(command):
    start = time.perf_counter()
    subprocess.run(command, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def measure(runs):
    results = {}
    for name, program in PROGRAMS.items():
        cpython = [sys.executable, "-c", program]
        snakevm = [sys.executable, "-m", "snakevm", "-c", program]
        _time(snakevm)                                  # warm the caches once
        best_c = best_s = float("inf")
        for _ in range(runs):
            best_c = min(best_c, _time(cpython))
            best_s = min(best_s, _time(snakevm))
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
