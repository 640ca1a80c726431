"""Concurrency benchmarks: snakevm against CPython 3.12 in the same run.

bench/concurrency/thread_pingpong.py (a token passed between two threads
through queue.Queue) and bench/concurrency/asyncio_switch.py (tasks switching
on the asyncio loop); each is run alternately under both VMs, the minimum of
--runs is kept, outputs are checked to match, and the ratio snakevm / CPython
is printed (whole-process times).  Usage:
python3.12 bench/concurrency.py [--runs N] [--json]"""

import argparse
import json
import os
import sys

from run import best_of             # bench/run.py: alternating runs, minimum wall time

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = ("thread_pingpong", "asyncio_switch")


def measure(runs):
    results = {}
    for name in PROGRAMS:
        path = os.path.join(HERE, "concurrency", name + ".py")
        (best_c, out_c), (best_s, out_s) = best_of(
            [[sys.executable, path], [sys.executable, "-m", "snakevm", path]], runs)
        if out_c != out_s or len(out_c) != 1:
            raise SystemExit("%s: outputs differ: %r %r" % (name, out_c, out_s))
        results[name] = {"cpython": best_c, "snakevm": best_s, "ratio": best_s / best_c}
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    results = measure(args.runs)
    if args.json:
        print(json.dumps(results, indent=2))
        return
    print("%-16s %10s %10s %8s" % ("benchmark", "CPython", "snakevm", "ratio"))
    for name, r in results.items():
        print("%-16s %9.3fs %9.3fs %7.1fx" % (name, r["cpython"], r["snakevm"], r["ratio"]))


if __name__ == "__main__":
    main()
