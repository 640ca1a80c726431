"""The compiling tier (snakevm/jit/): what it compiles, what --jit-dump shows, and
the command-line options; and --dis --adaptive, tier 1's view.  Their correctness
is the differential suite's business (tests/test_programs.py runs every program
under --jit=always as well)."""

import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

PROGRAM = """
def add(a, b):
    return a + b

def once(n):
    total = 0
    for i in range(n):
        total = add(total, i)
    return total

print(once(200))
"""


def _snakevm(*args, source=PROGRAM, tmp_path=None):
    path = os.path.join(str(tmp_path), "prog.py")
    with open(path, "w") as f:
        f.write(source)
    env = dict(os.environ, PYENV_VERSION="3.12.1")
    return subprocess.run([sys.executable, "-m", "snakevm"] + list(args) + [path],
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)


def test_dump_shows_the_generated_function(tmp_path):
    result = _snakevm("--jit=always", "--jit-dump=add", tmp_path=tmp_path)
    assert result.returncode == 0 and result.stdout == "19900\n"
    dump = result.stderr
    assert dump.startswith("# --jit-dump: add (")
    assert "def run(f, pc):" in dump
    assert "# 4 LOAD_FAST__LOAD_FAST" not in dump         # compiled from co_code, not quickened
    assert "# 6 BINARY_OP 0" in dump and "s0 = s0 + s1" in dump    # the int fast path
    assert "return deopt_raise(" in dump
    assert "once" not in dump                           # only the function asked for


def test_on_compiles_a_hot_function_and_a_hot_loop(tmp_path):
    result = _snakevm("--jit=on", "--jit-dump", tmp_path=tmp_path)
    assert result.stdout == "19900\n"
    compiled = [line.split()[2] for line in result.stderr.splitlines()
                if line.startswith("# --jit-dump:")]
    # add() at its 50th call; once() is called once, its loop at the 50th turn (OSR)
    assert compiled == ["add", "once"]


def test_off_compiles_nothing(tmp_path):
    result = _snakevm("--jit=off", "--jit-dump", tmp_path=tmp_path)
    assert result.stdout == "19900\n" and result.stderr == ""


def test_generators_stay_in_the_interpreter(tmp_path):
    source = "def g():\n    yield 1\n    yield 2\nprint(sum(g()))\n"
    result = _snakevm("--jit=always", "--jit-dump", source=source, tmp_path=tmp_path)
    assert result.stdout == "3\n" and result.stderr == ""


def test_bad_mode_is_refused(tmp_path):
    result = _snakevm("--jit=fast", tmp_path=tmp_path)
    assert result.returncode == 2
    assert "--jit must be 'off', 'on' or 'always'" in result.stderr


def test_limits_switch_the_tier_off(tmp_path):
    source = "def f():\n    while True:\n        pass\nf()\n"
    result = _snakevm("--jit=always", "--max-instructions", "20000", source=source,
                      tmp_path=tmp_path)
    assert result.returncode != 0
    assert "instruction limit" in result.stderr


def test_dis_adaptive_shows_the_specialized_instructions(tmp_path):
    result = _snakevm("--dis", "--adaptive", tmp_path=tmp_path)
    assert result.returncode == 0
    assert result.stdout.startswith("19900\n")          # the run first, then the listing
    assert "BINARY_OP_ADD_INT" in result.stdout
    assert "Disassembly of <code object add" in result.stdout
