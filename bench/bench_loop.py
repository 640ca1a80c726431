"""Benchmark (not a test): instructions per second of snakevm's interpreter on a
loop program, against CPython 3.12 running the same program, as a ratio.

snakevm counts the instructions it executes; CPython's rate is that same count
divided by CPython's time for the program.

    PYENV_VERSION=3.12.1 python3.12 bench/bench_loop.py
"""

import contextlib
import io
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PROGRAM = ROOT / "bench" / "loop_program.py"

from snakevm import runner                                          # noqa: E402 (the path)
from snakevm.compiler import compile_source                         # noqa: E402
from snakevm.interpreter.runtime import interpreter, run_code       # noqa: E402


def _fresh_main():
    config = runner._configured(None, [str(PROGRAM)], run="file", target=str(PROGRAM))
    return runner.setup_vm(config, str(PROGRAM.parent), str(PROGRAM))


def count_and_time_snakevm():
    code = compile_source(PROGRAM.read_text(), str(PROGRAM), "exec")
    w_main = _fresh_main()
    interp = interpreter()
    counter = [0]

    def count(frame, index, op, oparg):
        counter[0] += 1
    interp.set_hook("count", count)
    with contextlib.redirect_stdout(io.StringIO()):
        run_code(code, w_main.w_dict)
    interp.set_hook("count", None)
    w_main = _fresh_main()
    start = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):
        run_code(code, w_main.w_dict)
    return counter[0], time.perf_counter() - start


def time_cpython():
    start = time.perf_counter()
    subprocess.run([sys.executable, str(PROGRAM)], check=True, capture_output=True)
    startup_start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    startup = time.perf_counter() - startup_start
    return (startup_start - start) - startup


def main():
    instructions, snake_time = count_and_time_snakevm()
    cpython_time = max(time_cpython(), 1e-6)
    snake_ips = instructions / snake_time
    cpython_ips = instructions / cpython_time
    print("instructions executed: %d" % instructions)
    print("snakevm: %.0f instructions/s; CPython 3.12: %.0f instructions/s" % (snake_ips,
                                                                            cpython_ips))
    print("CPython / snakevm speed ratio: %.0fx" % (cpython_ips / snake_ips))


if __name__ == "__main__":
    main()
