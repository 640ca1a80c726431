"""Benchmark (not a test): time to load every .pyc of CPython 3.12's Lib with
snakevm's marshal vs the host's marshal, reported as a ratio.

    PYENV_VERSION=3.12.1 python3.12 bench/bench_load_pyc.py
"""

import marshal as host_marshal
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from snakevm import marshal  # noqa: E402


def main():
    lib = Path(os.__file__).parent
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "Lib"
        shutil.copytree(lib, target, ignore=shutil.ignore_patterns("__pycache__", "site-packages"))
        subprocess.run([sys.executable, "-m", "compileall", "-q", "-j", "2", str(target)],
                       capture_output=True)
        bodies = [p.read_bytes()[16:] for p in sorted(target.rglob("*.pyc"))]
    size = sum(len(b) for b in bodies)
    start = time.perf_counter()
    for body in bodies:
        host_marshal.loads(body)
    host_time = time.perf_counter() - start
    start = time.perf_counter()
    for body in bodies:
        marshal.loads(body)
    snake_time = time.perf_counter() - start
    start = time.perf_counter()
    for body in bodies:
        marshal.loads(body, keep_layout=False)
    bare_time = time.perf_counter() - start
    print("files: %d, bytes: %d" % (len(bodies), size))
    print("host marshal: %.2fs" % host_time)
    print("snakevm marshal / host marshal load time: %.1fx" % (snake_time / host_time))
    print("  without keeping the layout (keep_layout=False): %.1fx" % (bare_time / host_time))


if __name__ == "__main__":
    main()
