"""The kernel suite runner: CPython 3.12 against snakevm on every kernel of
bench/kernels/, in the same run, as ratios (never absolute claims).

    PYENV_VERSION=3.12.1 python3.12 bench/run.py [--runs N] [--json] [--jit MODE ...]
                                                 [KERNEL ...]

For each kernel both VMs run it as a whole process, ``--runs`` times each
(default 3), alternating; the minimum wall time counts.  Outputs must match
(a kernel whose output differs is a FAIL, left out of the geometric mean, and
the exit status is 1).  Two ratios: the whole process, and the "work" ratio with
each VM's own start-up time (``-c pass``, minimum of the runs) subtracted.
``--jit MODE`` (off/on/always, repeatable) adds one snakevm column per mode,
run with ``--jit=MODE``; without it snakevm runs with its defaults ("interp").
"""

import argparse
import json
import math
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KERNELS = ROOT / "bench" / "kernels"


def timed(command):
    """(wall seconds, stdout) of one run of ``command`` from the repository root."""
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        return elapsed, "exit status %d\n%s" % (done.returncode, done.stderr[-2000:])
    return elapsed, done.stdout


def best_of(commands, runs):
    """Run every command ``runs`` times, alternating between them; for each the
    (minimum wall time, set of outputs seen)."""
    times = [[] for _ in commands]
    outputs = [set() for _ in commands]
    for _ in range(runs):
        for i, command in enumerate(commands):
            elapsed, output = timed(command)
            times[i].append(elapsed)
            outputs[i].add(output)
    return [(min(t), o) for t, o in zip(times, outputs)]


def snakevm_command(mode):
    command = [sys.executable, "-m", "snakevm"]
    return command + (["--jit=" + mode] if mode != "interp" else [])


def geometric_mean(values):
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else float("nan")


def measure(kernels, modes, runs):
    commands = [[sys.executable]] + [snakevm_command(mode) for mode in modes]
    names = ["cpython"] + modes
    startup = {name: best[0] for name, best in
               zip(names, best_of([c + ["-c", "pass"] for c in commands], runs))}
    rows = []
    for kernel in kernels:
        path = str(KERNELS / (kernel + ".py"))
        results = best_of([c + [path] for c in commands], runs)
        cpython_time, cpython_out = results[0]
        row = {"kernel": kernel, "cpython": cpython_time, "modes": {}}
        cpython_work = max(cpython_time - startup["cpython"], 1e-3)
        for mode, (snake_time, snake_out) in zip(modes, results[1:]):
            ok = snake_out == cpython_out and len(cpython_out) == 1
            row["modes"][mode] = {
                "seconds": snake_time, "ok": ok,
                "ratio": snake_time / cpython_time,
                "work_ratio": max(snake_time - startup[mode], 1e-3) / cpython_work}
        rows.append(row)
        print_row(row, modes, file=sys.stderr)
    means = {mode: {key: geometric_mean([r["modes"][mode][key] for r in rows
                                         if r["modes"][mode]["ok"]])
                    for key in ("ratio", "work_ratio")} for mode in modes}
    return {"startup": startup, "kernels": rows, "geometric_mean": means}


def print_row(row, modes, file=sys.stdout):
    cells = ["%-16s %8.3f" % (row["kernel"], row["cpython"])]
    for mode in modes:
        m = row["modes"][mode]
        if m["ok"]:
            cells.append("%9.3f %7.1fx %7.1fx" % (m["seconds"], m["ratio"], m["work_ratio"]))
        else:
            cells.append("%9.3f %17s" % (m["seconds"], "FAIL (output)"))
    print(" ".join(cells), file=file, flush=True)


def print_table(result, modes):
    header = ["%-16s %8s" % ("kernel", "cpython")]
    header += ["%9s %8s %8s" % (mode + " s", "ratio", "work") for mode in modes]
    print(" ".join(header))
    for row in result["kernels"]:
        print_row(row, modes)
    startup = ["%-16s %8.3f" % ("(start-up)", result["startup"]["cpython"])]
    startup += ["%9.3f %7.1fx %8s" % (result["startup"][mode],
                                      result["startup"][mode] / result["startup"]["cpython"], "")
                for mode in modes]
    print(" ".join(startup))
    means = ["%-16s %8s" % ("geometric mean", "")]
    means += ["%9s %7.1fx %7.1fx" % ("", result["geometric_mean"][mode]["ratio"],
                                     result["geometric_mean"][mode]["work_ratio"])
              for mode in modes]
    print(" ".join(means))


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("kernels", nargs="*", help="kernel names (default: all)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--jit", action="append", choices=["off", "on", "always"])
    args = parser.parse_args(argv)
    kernels = args.kernels or sorted(p.stem for p in KERNELS.glob("*.py"))
    modes = args.jit or ["interp"]
    result = measure(kernels, modes, args.runs)
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        print_table(result, modes)
    failed = any(not m["ok"] for row in result["kernels"] for m in row["modes"].values())
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
