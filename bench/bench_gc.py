"""Benchmark (not a test): the cost of memory management, under CPython 3.12 and under
snakevm in the same run, as ratios.

1. allocation with tracking: a loop creating instances, lists and dicts that die at
   once (reference counting frees them; every one is tracked by the collector);
2. cycle churn: the same objects made into cycles, so that every one is freed by the
   cycle collector;
3. a full collection (gc.collect()) as the heap grows: 1e4 .. 1e6 tracked objects
   held by a live structure, time per collection (it should grow linearly).

Each interpreter runs this file with ``--workload`` in a subprocess; the workload
times its own parts and prints them.  Every number is the minimum of RUNS runs.

    PYENV_VERSION=3.12.1 python3.12 bench/bench_gc.py [--sizes 10000,100000,1000000]
"""

import gc
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = 3
ALLOCATIONS = 20000


class Node:
    def __init__(self, value):
        self.value = value


def allocate(n):
    for i in range(n):
        node = Node(i)
        items = [node, i]
        table = {"k": items}


def churn(n):
    for i in range(n):
        node = Node(i)
        items = [node, i]
        node.items = items


def heap_of(size):
    """``size`` tracked objects, alive: lists of instances."""
    return [[Node(i) for i in range(99)] for _ in range(size // 100)]


def best(func, *args):
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        func(*args)
        times.append(time.perf_counter() - start)
    return min(times)


def workload(sizes):
    print("allocate", best(allocate, ALLOCATIONS))
    print("churn", best(churn, ALLOCATIONS))
    for size in sizes:
        heap = heap_of(size)
        gc.collect()
        print("tracked", size, len(gc.get_objects()))
        print("collect", size, best(gc.collect))
        del heap


def run(interpreter, sizes):
    out = subprocess.run(interpreter + [__file__, "--workload", "--sizes", ",".join(map(str, sizes))],
                         capture_output=True, text=True, check=True, cwd=str(ROOT)).stdout
    result = {}
    for line in out.splitlines():
        parts = line.split()
        key = " ".join(parts[:-1])
        result[key] = float(parts[-1])
    return result


def main():
    sizes = [10000, 100000, 1000000]
    if "--sizes" in sys.argv:
        sizes = [int(s) for s in sys.argv[sys.argv.index("--sizes") + 1].split(",")]
    if "--workload" in sys.argv:
        workload(sizes)
        return
    cpython = run([sys.executable], sizes)
    snakevm = run([sys.executable, "-m", "snakevm"], sizes)
    print("%-22s %12s %12s %8s" % ("", "CPython (s)", "snakevm (s)", "ratio"))
    for key in cpython:
        if key.startswith("tracked"):
            continue
        label = key if not key.startswith("collect") else "gc.collect(), %9s objs" % key.split()[1]
        print("%-22s %12.4f %12.4f %8.1f" % (label, cpython[key], snakevm[key],
                                             snakevm[key] / cpython[key]))
    print("snakevm, full collection per tracked object (tracked objects in the heap):")
    for key, seconds in snakevm.items():
        if key.startswith("collect"):
            tracked = snakevm["tracked " + key.split()[1]]
            print("  %9d tracked: %8.3f s, %.2f us per object" % (tracked, seconds,
                                                                   seconds / tracked * 1e6))


if __name__ == "__main__":
    main()
