"""The interactive prompt on a pseudo-terminal, keystroke for keystroke against
CPython 3.12's own prompt: the same terminal output and exit status (the first
banner line names snakevm instead of CPython's build)."""

import os
import re
import sys
from pathlib import Path

import pytest

from ptydriver import drive

ROOT = Path(__file__).resolve().parent.parent
CPYTHON = os.environ.get("SNAKEVM_ORACLE", sys.executable)
ENV = dict({k: v for k, v in os.environ.items() if not k.startswith("PYTHON")},
           PYENV_VERSION="3.12.1", PYTHONPATH=str(ROOT), TERM="xterm")

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs a pseudo-terminal")


def _both(options, keys, env=None):
    env = dict(ENV, **(env or {}))
    expected = drive([CPYTHON, *options], keys, env)
    got = drive([sys.executable, "-m", "snakevm", *options], keys, env)
    return expected, got


def assert_same_session(options, keys, env=None, banner=True):
    (expected, expected_status), (got, status) = _both(options, keys, env)
    if banner and "-q" not in options:
        first, _, expected = expected.partition("\r\n")
        assert first.startswith("Python 3.12")
        first, _, got = got.partition("\r\n")
        assert re.fullmatch(r"Python 3\.12\.1 \(snakevm [\d.]+\) \[on cpython 3\.\d+\.\d+\] "
                            r"on linux", first), first
    assert got == expected
    assert status == expected_status
    return got


def test_expressions_statements_and_errors():
    got = assert_same_session([], [
        b"1 + 1\n", b"x = [1, 2]\n", b"x\n", b"_\n", b"y = x\n", b"y is x\n",
        b"def f(n):\n", b"    return n * 2\n", b"\n", b"f(21)\n", b"for i in range(2):\n",
        b"    i\n", b"\n", b"1/0\n", b"def g(:\n", b"import sys; sys.last_exc\n",
        b"print('\xc3\xa9t\xc3\xa9')\n", b"\x04"])
    assert got.startswith('Type "help", "copyright", "credits" or "license" for more')
    assert "42\r\n" in got and "ZeroDivisionError: division by zero" in got


def test_ctrl_c_history_and_line_editing():
    got = assert_same_session(["-q"], [
        (b"abc", 0.5), b"\x03",                  # Ctrl-C cancels the line being typed
        (b"while True: pass\n", 0.5), (b"\n", 1.5), b"\x03",   # ... and interrupts code
        b"print(1)\n", b"\x1b[A\n",               # up arrow: the previous line again
        b"prinx\x7ft(2)\n",                       # backspace
        b"pr(3)\x1b[D\x1b[D\x1b[Dint\n",          # left arrow, insert
        b"exit(3)\n"])
    assert "\r\nKeyboardInterrupt\r\n>>> " in got


@pytest.mark.parametrize("ending, status", [(b"\x04", 0), (b"quit()\n", 0),
                                            (b"raise SystemExit(4)\n", 4),
                                            (b"import sys; sys.exit('bye')\n", 1)])
def test_ways_to_leave(ending, status):
    (_, expected), (_, got) = _both(["-q"], [b"import sys; sys.ps1 = 'py> '\n", ending])
    assert got == expected == status


def test_prompts_can_be_changed():
    assert_same_session(["-q"], [b"import sys; sys.ps1 = 'p' + 'y> '; sys.ps2 = 'more? '\n",
                                 b"if True:\n", b"  'inside'\n", b"\n", b"\x04"])


def test_input_and_displayhook_from_the_prompt():
    assert_same_session(["-q"], [(b"name = input('name? ')\n", 1.0), b"bob\n", b"name\n",
                                 b"import sys; sys.displayhook = lambda v: print('got', v)\n",
                                 b"7\n", b"None\n", b"\x04"])


def test_inspect_after_a_script(tmp_path):
    script = tmp_path / "s.py"
    script.write_text("answer = 42\nprint('script ran')\n")
    assert_same_session(["-i", str(script)], [b"answer\n", b"\x04"], banner=False)
    script.write_text("answer = 42\n1/0\n")
    assert_same_session(["-q", "-i", str(script)], [b"answer\n", b"\x04"])


def test_startup_file(tmp_path):
    startup = tmp_path / "startup.py"
    startup.write_text("print('hello from startup')\nfrom math import pi\n")
    assert_same_session(["-q"], [b"pi\n", b"\x04"], env={"PYTHONSTARTUP": str(startup)})


def test_future_statements_persist():
    assert_same_session(["-q"], [b"from __future__ import annotations\n",
                                 b"def f(x: undefined_name): pass\n", b"f.__annotations__\n",
                                 b"\x04"])
