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
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PROGRAMS = ("thread_pingpong", "asyncio_switch")


def _run(command):
    start = time.perf_counter()
    out = subprocess.run(command, check=True, cwd=ROOT, capture_output=True, text=True).stdout
    return time.perf_counter() - start, out


def measure(runs):
    results = {}
    for name in PROGRAMS:
        path = os.path.join(HERE, "concurrency", name + ".py")
        best = {"cpython": float("inf"), "snakevm": float("inf")}
        outputs = {}
        for _ in range(runs):
            for vm, command in (("cpython", [sys.executable, path]),
                                ("snakevm", [sys.executable, "-m", "snakevm", path])):
                seconds, outputs[vm] = _run(command)
                best[vm] = min(best[vm], seconds)
        if outputs["cpython"] != outputs["snakevm"]:
            raise SystemExit("%s: outputs differ: %r %r" % (name, outputs["cpython"],
                                                             outputs["snakevm"]))
        results[name] = dict(best, ratio=best["snakevm"] / best["cpython"])
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
