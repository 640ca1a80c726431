"""The compiling tier (snakevm/jit/): what it compiles, what --jit-dump shows, and
the command-line options; and --dis --adaptive, tier 1's view.  Their correctness
is the differential suite's business (tests/test_programs.py runs every program
under --jit=always as well)."""

import os
import subprocess
import sys
import warnings

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


def test_generators_compile_and_async_generators_do_not(tmp_path):
    source = ("def g():\n    yield 1\n    yield 2\nprint(sum(g()))\n"
              "async def ag():\n    yield 1\nprint(type(ag().__anext__()).__name__)\n")
    result = _snakevm("--jit=always", "--jit-dump", source=source, tmp_path=tmp_path)
    assert result.stdout == "3\nasync_generator_asend\n", result.stderr
    compiled = [line.split()[2] for line in result.stderr.splitlines()
                if line.startswith("# --jit-dump:")]
    assert compiled == ["g"]
    # each yield leaves the frame as the interpreter would; its resume enters a new block
    assert "# 8 YIELD_VALUE 1" in result.stderr and "return new_generator(f)" in result.stderr


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


def test_every_function_of_the_program_corpus_translates_to_valid_host_source():
    """A translation the host compiler refuses would leave code interpreted without
    a word (the tier refuses only what it cannot take): check the whole corpus."""
    sys.path.insert(0, ROOT)
    from snakevm.code import Code
    from snakevm.compiler import compile_source
    from snakevm.interpreter.runtime import interpreter
    from snakevm.jit.translate import Translation, Untranslatable
    handlers = interpreter().dispatch
    translated = 0
    for folder, _, files in os.walk(os.path.join(ROOT, "tests", "programs")):
        for name in sorted(files):
            if not name.endswith(".py"):
                continue
            path = os.path.join(folder, name)
            with open(path, "rb") as f, warnings.catch_warnings():
                warnings.simplefilter("ignore")     # (the programs' SyntaxWarnings)
                try:
                    pending = [compile_source(f.read(), path)]
                except SyntaxError:
                    continue                    # (programs about syntax errors)
            while pending:
                code = pending.pop()
                pending.extend(c for c in code.co_consts if isinstance(c, Code))
                if code.co_flags & 0x200 or not code.co_flags & 0x1:
                    continue                    # (async generators, module and class bodies)
                try:
                    source = Translation(code, handlers).source()
                except Untranslatable:
                    continue
                compile(source, "<jit %s>" % code.co_qualname, "exec")
                translated += 1
    assert translated > 1000
