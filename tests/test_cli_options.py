"""CPython's command-line options and PYTHON* environment variables: each one run
under CPython 3.12 and under snakevm with the same program, and the output
compared (sys.flags, sys.warnoptions, sys._xoptions, sys.path, __debug__, asserts,
docstrings, the standard streams); then the options whose effect is not printed
by that program (-h, -V, -x, -X importtime, errors), one test each."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CPYTHON = os.environ.get("SNAKEVM_ORACLE", sys.executable)

REPORT = r'''
import sys
print(sys.flags)
print(sys.warnoptions, sys._xoptions, __debug__)
print(sys.path)
print(sys.argv, sys.dont_write_bytecode)
def f():
    "doc"
    assert 0, "x"
print(f.__doc__)
try:
    f()
except AssertionError:
    print("assert ran")
print(sys.stdout.encoding, sys.stdout.errors, sys.stdout.write_through)
print("exit" in dir(__builtins__), sys.get_int_max_str_digits())
'''


def _environment(extra=None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(PYENV_VERSION="3.12.1", PYTHONPATH=str(ROOT))
    env.update(extra or {})
    return env


def run(args, env=None, stdin=None, cwd=None):
    return subprocess.run(args, capture_output=True, text=True, env=_environment(env),
                          input=stdin, cwd=cwd or ROOT / "tests", timeout=120)


def cpython(*args, **kw):
    return run([CPYTHON, *args], **kw)


def snakevm(*args, **kw):
    return run([sys.executable, "-m", "snakevm", *args], **kw)


def _same(args, env=None, stdin=None):
    expected = cpython(*args, env=env, stdin=stdin)
    got = snakevm(*args, env=env, stdin=stdin)
    # PYTHONPATH (for `-m snakevm`) is on CPython's path too; -E/-I drop it from both
    assert (got.stdout, got.stderr, got.returncode) == \
        (expected.stdout, expected.stderr, expected.returncode)


@pytest.mark.parametrize("options", [
    [], ["-O"], ["-OO"], ["-B"], ["-E"], ["-I"], ["-s"], ["-S"], ["-u"], ["-b"], ["-bb"],
    ["-d"], ["-P"], ["-q"], ["-BsOu"], ["-X", "dev"], ["-X", "utf8"], ["-Xutf8=0"],
    ["-X", "int_max_str_digits=1000"], ["-X", "warn_default_encoding"],
    ["-X", "some_option=value", "-X", "flag"], ["-W", "error::DeprecationWarning"],
    ["-Wignore", "-W", "default::UserWarning"], ["--check-hash-based-pycs", "never"],
])
def test_option_like_cpython(options):
    _same(options + ["-c", REPORT, "arg1", "-x"])


@pytest.mark.parametrize("env", [
    {"PYTHONOPTIMIZE": "2"}, {"PYTHONDONTWRITEBYTECODE": "1"}, {"PYTHONNOUSERSITE": "1"},
    {"PYTHONUNBUFFERED": "1"}, {"PYTHONWARNINGS": "error,ignore::ImportWarning"},
    {"PYTHONSAFEPATH": "1"}, {"PYTHONDEVMODE": "1"}, {"PYTHONUTF8": "1"},
    {"PYTHONINTMAXSTRDIGITS": "700"}, {"PYTHONPATH": "/tmp/somewhere:/tmp/else"},
    {"PYTHONINSPECT": ""}, {"PYTHONVERBOSE": ""},
])
def test_environment_variable_like_cpython(env):
    if "PYTHONPATH" in env:
        env = {"PYTHONPATH": "%s:%s" % (ROOT, env["PYTHONPATH"])}
    _same(["-c", REPORT], env=env)
    _same(["-E", "-c", REPORT], env=env)      # -E: the variable is ignored


def test_warning_options_reach_the_warnings_module():
    program = "import warnings\nwarnings.warn('careful', DeprecationWarning)\nprint('after')\n"
    for args in (["-W", "error"], ["-W", "ignore"], ["-W", "always::DeprecationWarning"]):
        result = snakevm(*args, "-c", program)
        expected = cpython(*args, "-c", program)
        assert result.returncode == expected.returncode
        assert ("careful" in result.stderr) == ("careful" in expected.stderr)
        assert result.stdout == expected.stdout


def test_invalid_warning_option_is_reported_and_ignored():
    _same(["-W", "bogus", "-c", "print(1)"])


def test_program_from_stdin():
    program = "import sys\nprint(sys.argv, __name__)\n1/0\n"
    _same([], stdin=program)
    _same(["-", "a", "b"], stdin=program)
    _same(["-q"], stdin="print('quiet is for the prompt only')\n")


def test_inspect_after_command_reads_the_prompt_from_stdin():
    keys = "x\nimport sys; sys.ps1 = '$ '\n_\nraise SystemExit(5)\n"
    _same(["-i", "-c", "x = 41 + 1"], stdin=keys)
    _same(["-i", "-c", "raise SystemExit(3)"], stdin="print('still here')\n")
    _same(["-i", "-c", "1/0"], stdin="")


def test_help_and_version():
    for flag in ("-h", "--help", "-?"):
        result = snakevm(flag)
        assert result.returncode == 0 and result.stdout.startswith("usage: python -m snakevm")
        for option in ("-c cmd", "-m mod", "-O", "-W arg", "-X opt", "--dis", "--trace",
                       "--sandbox", "--max-time", "PYTHONSTARTUP"):
            assert option in result.stdout
    for flag in ("-V", "--version"):
        result = snakevm(flag)
        assert result.returncode == 0
        assert result.stdout.startswith("Python 3.12.1 (snakevm ")
    assert "on cpython" in snakevm("-VV").stdout


@pytest.mark.parametrize("args, message", [
    (["-z"], "Unknown option: -z"), (["--frobnicate"], "unknown option --frobnicate"),
    (["-c"], "Argument expected for the -c option"),
    (["-m"], "Argument expected for the -m option"),
    (["-W"], "Argument expected for the -W option"),
    (["-X"], "Argument expected for the -X option"),
])
def test_bad_command_line_like_cpython(args, message):
    result = snakevm(*args)
    expected = cpython(*args)
    assert result.returncode == expected.returncode == 2
    assert result.stderr.splitlines()[0] == expected.stderr.splitlines()[0] == message
    assert result.stderr.splitlines()[1].startswith("usage: python -m snakevm [option] ...")


def test_skip_first_line_keeps_line_numbers(tmp_path):
    script = tmp_path / "x.py"
    script.write_text("this line is not Python\nimport sys\nprint(sys._getframe().f_lineno)\n"
                      "1/0\n")
    _same(["-x", str(script)])


def test_importtime_reports_each_import():
    result = snakevm("-X", "importtime", "-c", "import json")
    lines = result.stderr.splitlines()
    assert lines[0] == "import time: self [us] | cumulative | imported package"
    names = [line.rsplit("|", 1)[1].strip() for line in lines[1:]]
    assert names[-1] == "json" and "json.decoder" in names
    assert lines[-1].endswith("| json")                     # the outermost is not indented
    assert any(line.endswith("|   json.decoder") for line in lines)


def test_startup_file_runs_before_the_prompt(tmp_path):
    startup = tmp_path / "startup.py"
    startup.write_text("print('from startup')\nvalue = 6 * 7\n")
    env = {"PYTHONSTARTUP": str(startup)}
    _same(["-i", "-q"], env=env, stdin="value\n")
    _same(["-c", "print('no prompt, no startup file')"], env=env)


def test_run_module_as_main_with_package():
    _same(["-m", "json.tool", "--sort-keys"], stdin='{"b": 1, "a": [1, 2]}\n')
    _same(["-m", "unittest", "--help"])
