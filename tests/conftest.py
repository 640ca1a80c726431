"""pytest configuration: make tests/ importable (difftest) and the checkout root
importable (snakevm) without installing anything."""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for path in (HERE, HERE.parent):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

# Programs and snippets are data for the tests, not tests themselves.
collect_ignore_glob = ["programs/*", "compiler_snippets/*", "conformance/*", "hostile/*"]
