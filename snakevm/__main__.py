"""``python -m snakevm``: see snakevm.cli.

snakevm is some 30,000 lines of Python: with PYTHONDONTWRITEBYTECODE set, the host
would recompile all of them on every start (half a second).  The host may cache
snakevm's *own* bytecode in snakevm/__pycache__ (ignored by git) whatever that
setting says; the guest's sys.dont_write_bytecode is separate and untouched."""

import sys

sys.dont_write_bytecode = False     # before the imports below: host bytecode of snakevm

from snakevm.cli import main        # noqa: E402  (after the bytecode setting)

sys.exit(main(sys.argv[1:]))
