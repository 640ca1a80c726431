"""The sandbox profile (``--sandbox``, snakevm/sandbox.py, docs/sandbox.md): no host
file system beyond reading the standard library, no posix beyond harmless functions,
no subprocesses, sockets, signals or other host-reaching modules, imports only from
the standard library -- and ordinary pure-Python programs still run."""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run_sandboxed(source, tmp_path, *options):
    program = tmp_path / "program.py"
    program.write_text(textwrap.dedent(source))
    env = dict(os.environ, PYENV_VERSION="3.12.1", PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "snakevm", "--sandbox", *options,
                           str(program)], capture_output=True, text=True, cwd=tmp_path,
                          env=env, timeout=120)


def outcome(expression, tmp_path):
    """What evaluating ``expression`` in the sandbox gives: 'ok' or the exception."""
    source = """
        import os, sys
        try:
            value = (%s)
            print("ok")
        except BaseException as e:
            print(type(e).__name__, e)
    """ % expression
    result = run_sandboxed(source, tmp_path)
    assert result.returncode == 0 and "internal error" not in result.stderr, result.stderr
    return result.stdout.strip()


PERMISSION = "PermissionError [Errno 1] Operation not permitted in the snakevm sandbox: "


@pytest.mark.parametrize("expression, expected", [
    ("open('/etc/passwd')", PERMISSION + "'/etc/passwd'"),
    ("open('x.txt', 'w')", PERMISSION + "'x.txt'"),
    ("open(os.__file__, 'a')", PERMISSION + "%r"),
    ("open(5)", PERMISSION + "'file descriptor 5'"),
    ("open(1, 'w')", PERMISSION + "'closing file descriptor 1'"),
    ("os.listdir('/')", PERMISSION + "'posix.listdir'"),
    ("os.stat('/')", PERMISSION + "'posix.stat'"),
    ("os.system('true')", PERMISSION + "'posix.system'"),
    ("os.fork()", PERMISSION + "'posix.fork'"),
    ("os.kill(os.getpid(), 9)", PERMISSION + "'posix.kill'"),
    ("os._exit(0)", PERMISSION + "'posix._exit'"),
    ("os.write(1, b'x')", PERMISSION + "'posix.write'"),
    ("os.getcwd()", PERMISSION + "'posix.getcwd'"),
    ("os.environ.get('PATH')", "ok"),
    ("__import__('signal').alarm(1)", PERMISSION + "'_signal.alarm'"),
    ("__import__('signal').signal(2, print)", PERMISSION + "'_signal.signal'"),
    ("__import__('time').tzset()", PERMISSION + "'time.tzset'"),
    ("__loader__.get_data('/etc/passwd')", PERMISSION + "'/etc/passwd'"),
    ("__import__('socket')",
     "ModuleNotFoundError import of '_socket' is not allowed in the snakevm sandbox"),
    ("__import__('subprocess')",
     "ModuleNotFoundError import of '_posixsubprocess' is not allowed in the snakevm sandbox"),
    ("__import__('select')",
     "ModuleNotFoundError import of 'select' is not allowed in the snakevm sandbox"),
    ("__import__('faulthandler')",
     "ModuleNotFoundError import of 'faulthandler' is not allowed in the snakevm sandbox"),
    ("__import__('resource')",
     "ModuleNotFoundError import of 'resource' is not allowed in the snakevm sandbox"),
    ("__import__('_testcapi')",
     "ModuleNotFoundError import of '_testcapi' is not allowed in the snakevm sandbox"),
    ("__import__('_imp').create_builtin(type('S', (), {'name': 'select'})())",
     "ModuleNotFoundError import of 'select' is not allowed in the snakevm sandbox"),
    ("open(os.__file__).read(5)", "ok"),
])
def test_host_access_refused(expression, expected, tmp_path):
    if "%r" in expected:
        expected = expected % outcome_path(tmp_path)
    assert outcome(expression, tmp_path) == expected


def outcome_path(tmp_path):
    result = run_sandboxed("import os; print(os.__file__)", tmp_path)
    return result.stdout.strip()


def test_imports_only_from_the_standard_library(tmp_path):
    (tmp_path / "sibling.py").write_text("print('sibling imported')\n")
    plugin = tmp_path / "plugins"
    plugin.mkdir()
    (plugin / "json.py").write_text("print('fake json imported')\n")
    source = """
        import sys
        sys.path.insert(0, %r)
        try:
            import sibling
        except ImportError as e:
            print(type(e).__name__)
        import json
        print(json.dumps([1]))
        json.__path__ = [%r]
        try:
            import json.evil
        except ImportError as e:
            print(type(e).__name__)
    """ % (str(plugin), str(plugin))
    result = run_sandboxed(source, tmp_path)
    assert result.stdout == "ModuleNotFoundError\n[1]\nModuleNotFoundError\n", result.stderr


def test_traceback_shows_no_lines_of_unreadable_files(tmp_path):
    # a crafted co_filename must not make the runner print a host file's lines
    source = """
        def f():
            raise ValueError("boom")
        f.__code__ = f.__code__.replace(co_filename="/etc/passwd", co_firstlineno=1)
        f()
    """
    result = run_sandboxed(source, tmp_path)
    assert result.returncode == 1
    assert 'File "/etc/passwd", line 2, in f\nValueError: boom\n' in result.stderr
    assert "root:" not in result.stderr


def test_pure_python_programs_run(tmp_path):
    source = """
        import collections, dataclasses, enum, functools, itertools, json, math, random, re
        import string, textwrap, typing, heapq, bisect, datetime, decimal, fractions, statistics
        @dataclasses.dataclass
        class P:
            x: int
            y: int = 2
        class Color(enum.Enum):
            RED = 1
        print(P(1), Color.RED, json.loads('[1, 2]'), re.findall(r'\\d', 'a1b2'))
        print(collections.Counter('hello').most_common(1), math.gcd(12, 18))
        print(random.Random(5).randint(1, 100) > 0, decimal.Decimal('1.1') + 1)
        print(statistics.mean([1, 2, 3]), fractions.Fraction(1, 3) * 3)
        print(datetime.date(2024, 1, 1).isoformat())
        import sys; print(sys.stdout.write('direct\\n'))
    """
    result = run_sandboxed(source, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        "P(x=1, y=2) Color.RED [1, 2] ['1', '2']\n[('l', 2)] 6\nTrue 2.1\n2 1\n"
        "2024-01-01\ndirect\n7\n")


def test_sandbox_with_limits(tmp_path):
    result = run_sandboxed("while True: pass\n", tmp_path, "--max-instructions", "5000")
    assert result.returncode == 1
    assert result.stderr.endswith(
        "snakevm.ResourceLimitExceeded: instruction limit of 5000 exceeded\n")


def test_sandbox_starts_no_threads():
    import subprocess
    import sys
    program = ("import threading\ntry:\n    threading.Thread(target=print).start()\n"
               "except RuntimeError as e:\n    print('RuntimeError', e)\n"
               "lock = threading.Lock()\nwith lock:\n    print('locks work', lock.locked())\n")
    result = subprocess.run([sys.executable, "-m", "snakevm", "--sandbox", "-c", program],
                            capture_output=True, text=True, timeout=120)
    assert result.stdout == ("RuntimeError can't start new thread: threads are not available "
                             "in the sandbox\nlocks work True\n"), result.stderr
