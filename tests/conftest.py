"""pytest configuration: make tests/ importable (difftest) and the checkout root
importable (snakevm) without installing anything; give the programs the tests
start CPython's default SIGINT, however pytest itself was started."""

import signal
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for path in (HERE, HERE.parent):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

# A shell starting pytest in the background (without job control) makes it ignore
# SIGINT, and every program it starts would inherit that: Ctrl-C and
# _thread.interrupt_main() would then do nothing in them.
if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)

# Programs and snippets are data for the tests, not tests themselves.
collect_ignore_glob = ["programs/*", "compiler_snippets/*", "conformance/*", "hostile/*"]
