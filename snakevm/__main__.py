"""``python -m snakevm``: see snakevm.cli."""

import sys

from snakevm.cli import main

sys.exit(main(sys.argv[1:]))
