"""Resource limits (snakevm/limits.py, docs/sandbox.md): each one stops a program
that runs away -- an infinite loop, a memory bomb, deep recursion, an output
flood -- with a clear message and exit status 1, and the guest cannot catch
or suppress it."""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LIMIT_LINE = "snakevm.ResourceLimitExceeded: "


def snakevm(*args, source=None, tmp_path=None, timeout=120):
    env = dict(os.environ, PYENV_VERSION="3.12.1")
    argv = [sys.executable, "-m", "snakevm", *args]
    if source is not None:
        program = tmp_path / "program.py"
        program.write_text(textwrap.dedent(source))
        argv.append(str(program))
    return subprocess.run(argv, capture_output=True, text=True, cwd=ROOT, env=env,
                          timeout=timeout)


def assert_limit(result, message):
    assert result.returncode == 1, result.stderr
    assert result.stderr.startswith("Traceback (most recent call last):\n"), result.stderr
    assert result.stderr.endswith(LIMIT_LINE + message + "\n"), result.stderr
    assert "internal error" not in result.stderr


UNSUPPRESSIBLE = """
    import atexit
    atexit.register(print, "atexit ran")
    class Witness:
        def __del__(self):
            print("__del__ ran")
    w = Witness()
    def runaway():
        try:
            BODY
        except BaseException as e:
            print("caught", type(e).__name__)
        finally:
            print("finally ran")
    try:
        runaway()
    except BaseException:
        print("caught outside")
"""


def runaway(body):
    return UNSUPPRESSIBLE.replace("BODY", body)


def test_infinite_loop_stopped_by_instruction_limit(tmp_path):
    result = snakevm("--max-instructions", "20000", source=runaway("while True: pass"),
                     tmp_path=tmp_path)
    assert_limit(result, "instruction limit of 20000 exceeded")
    assert result.stdout == ""          # no handler, finally, __del__ or atexit ran
    assert 'in runaway\n    while True: pass' in result.stderr


def test_instruction_count_is_exact(tmp_path):
    # "x = 1" is 4 instructions (RESUME, LOAD_CONST, STORE_NAME, RETURN_CONST): it runs
    # with --max-instructions 4 and is stopped with 3.
    source = "x = 1\n"
    ok = snakevm("--max-instructions", "4", "-c", source)
    assert ok.returncode == 0, ok.stderr
    stopped = snakevm("--max-instructions", "3", "-c", source)
    assert_limit(stopped, "instruction limit of 3 exceeded")


def test_loop_stopped_by_time_limit(tmp_path):
    result = snakevm("--max-time", "0.5", source=runaway("while True: pass"),
                     tmp_path=tmp_path)
    assert_limit(result, "time limit of 0.5 s exceeded")
    assert result.stdout == ""


def test_sleep_stopped_by_time_limit(tmp_path):
    result = snakevm("--max-time", "0.5", source=runaway("import time; time.sleep(60)"),
                     tmp_path=tmp_path, timeout=20)
    assert_limit(result, "time limit of 0.5 s exceeded")


def test_host_operation_stopped_by_time_limit(tmp_path):
    # one regular-expression match that backtracks for minutes: no instruction runs
    body = "import re; re.match(r'(a+)+$', 'a' * 40 + 'b')"
    result = snakevm("--max-time", "0.5", source=runaway(body), tmp_path=tmp_path, timeout=20)
    assert_limit(result, "time limit of 0.5 s exceeded")


@pytest.mark.parametrize("bomb", [
    "x = 'a' * 10**10",
    "x = [0] * 10**10",
    "x = bytes(10**10)",
    "x = 2 ** 10**10",
    "x = 1 << 10**11",
    "l = []\n            while True: l.append('x' * 100000)",
    "l = []\n            while True: l.append([1, 2, 3])",
    "l = [0]\n            while True: l = l + l",
    "import itertools; l = list(itertools.count())",
])
def test_memory_bomb_stopped_by_memory_limit(tmp_path, bomb):
    result = snakevm("--max-memory", "20M", source=runaway(bomb), tmp_path=tmp_path)
    assert_limit(result, "memory limit of 20971520 bytes exceeded")
    assert result.stdout == ""


def test_deep_recursion_stopped_by_recursion_limit(tmp_path):
    body = "import sys; sys.setrecursionlimit(100000)\n            def f(n): return f(n + 1)\n" \
           "            f(0)"
    result = snakevm("--max-recursion", "300", source=runaway(body), tmp_path=tmp_path)
    assert_limit(result, "recursion depth limit of 300 exceeded")
    assert "[Previous line repeated" in result.stderr


def test_recursion_below_the_cap_is_a_recursion_error(tmp_path):
    source = """
        import sys
        sys.setrecursionlimit(100)
        def f(): f()
        try:
            f()
        except RecursionError:
            print("RecursionError")
        sys.setrecursionlimit(100000)
        print(sys.getrecursionlimit())
    """
    result = snakevm("--max-recursion", "500", source=source, tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "RecursionError\n500\n"


def test_print_flood_stopped_by_output_limit(tmp_path):
    result = snakevm("--max-output", "1000", source=runaway("while True: print('spam' * 7)"),
                     tmp_path=tmp_path)
    assert_limit(result, "output limit of 1000 bytes exceeded")
    assert len(result.stdout.encode()) == 1000
    assert result.stdout.startswith("spam" * 7 + "\n")


def test_output_limit_counts_stderr_too(tmp_path):
    source = "import sys\nwhile True: sys.stderr.write('e' * 10)\n"
    result = snakevm("--max-output", "100", source=source, tmp_path=tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith("e" * 100 + "Traceback")


def test_limit_in_a_finalizer_or_atexit_ends_the_run(tmp_path):
    source = """
        import atexit
        def forever():
            while True: pass
        atexit.register(forever)
        print("main done")
    """
    result = snakevm("--max-instructions", "100000", source=source, tmp_path=tmp_path)
    assert_limit(result, "instruction limit of 100000 exceeded")
    assert result.stdout == "main done\n"


def test_programs_within_their_limits_run_normally(tmp_path):
    source = """
        import json, re
        print(json.dumps({"a": [1, 2, 3]}), re.sub("b", "c", "abc"))
        print(sum(range(10000)))
    """
    result = snakevm("--max-instructions", "10000000", "--max-time", "60", "--max-memory",
                     "200M", "--max-recursion", "2000", "--max-output", "1M",
                     source=source, tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == '{"a": [1, 2, 3]} acc\n49995000\n'


@pytest.mark.parametrize("args, message", [
    (["--max-memory", "lots", "-c", "pass"], "--max-memory: expected a size like 1000, 64K"),
    (["--max-time", "-1", "-c", "pass"], "--max-time: the limit must be positive"),
    (["--max-instructions"], "argument expected for the --max-instructions option"),
    (["--max-output=10x", "-c", "pass"], "--max-output: expected a size"),
])
def test_bad_limit_options(args, message):
    result = snakevm(*args)
    assert result.returncode == 2
    assert result.stderr.startswith("snakevm: " + message)
    assert "Traceback" not in result.stderr


def test_option_forms():
    result = snakevm("--max-instructions=1000", "--max-output", "64K", "-c", "print('ok')")
    assert (result.returncode, result.stdout) == (0, "ok\n")
