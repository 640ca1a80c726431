"""No import statement inside a function runs on a hot path (issue 15's rule): an
import in a function runs the host's import machinery at every call, about 0.2 us.
A host __import__ hook counts, by site, the imports that functions of snakevm run
while a few kernels of bench/ run; beyond what start-up runs (an empty program), no
site may run more than a few times."""

import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KERNELS = ["richards", "json_dumps", "deltablue", "nqueens", "go"]
MOST = 500          # runs per site: a module import or a class made, not a loop turn

# Runs snakevm on a kernel (argv[1:]) with the hook; prints {site: count} on stderr.
COUNTER = r"""
import builtins, collections, json, runpy, sys
sys.argv = ["snakevm"] + sys.argv[1:]
counts = collections.Counter()
host_import = builtins.__import__

def counting_import(name, globals=None, locals=None, fromlist=(), level=0):
    caller = sys._getframe(1)
    if caller.f_code.co_name != "<module>" and "/snakevm/" in caller.f_code.co_filename:
        counts["%s:%d %s" % (caller.f_code.co_filename.rsplit("/snakevm/", 1)[1],
                             caller.f_lineno, caller.f_code.co_name)] += 1
    return host_import(name, globals, locals, fromlist, level)

builtins.__import__ = counting_import
try:
    runpy.run_module("snakevm", run_name="__main__")
except SystemExit:
    pass
builtins.__import__ = host_import
sys.stderr.write("\nCOUNTS " + json.dumps(counts) + "\n")
"""


def _import_counts(*args):
    env = dict(os.environ, PYENV_VERSION="3.12.1")
    result = subprocess.run([sys.executable, "-c", COUNTER] + list(args), cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stderr.rsplit("\nCOUNTS ", 1)[1])


def test_no_import_runs_in_a_hot_function(tmp_path):
    empty = tmp_path / "empty.py"
    empty.write_text("")
    hot = {}
    for mode in ("off", "on"):
        start_up = _import_counts("--jit=" + mode, str(empty))
        for kernel in KERNELS:
            counts = _import_counts("--jit=" + mode, "bench/kernels/%s.py" % kernel)
            for site, count in counts.items():
                count -= start_up.get(site, 0)
                if count > MOST:
                    hot["%s (%s, --jit=%s)" % (site, kernel, mode)] = count
    assert not hot, "imports run inside functions on a hot path: %s" % hot
