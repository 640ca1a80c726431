"""-X importtime: how long each import took, printed to standard error as each
one finishes (CPython's format: self and cumulative microseconds, the module
name indented by nesting depth)."""

import sys as host_sys
import time

from snakevm import config as run_config

HEADER = "import time: self [us] | cumulative | imported package\n"


class _Timer:
    def __init__(self):
        self.header_written = False
        self.depth = 0
        self.nested = 0.0        # time spent in imports nested in the running one


_timer = _Timer()


def enabled():
    return bool(run_config.current.xoptions.get("importtime"))


def timed(name, load):
    """``load()`` (which imports ``name``), timed and reported."""
    timer = _timer
    if not timer.header_written:
        host_sys.stderr.write(HEADER)
        timer.header_written = True
    outer_nested, timer.nested = timer.nested, 0.0
    timer.depth += 1
    start = time.perf_counter()
    try:
        return load()
    finally:
        elapsed = time.perf_counter() - start
        timer.depth -= 1
        host_sys.stderr.write("import time: %9d | %10d | %s%s\n" % (
            (elapsed - timer.nested) * 1e6, elapsed * 1e6, "  " * timer.depth, name))
        timer.nested = outer_nested + elapsed
