"""snakevm's tier 2, the compiling tier (``--jit=on|always``): hot guest code is
translated into host Python source (translate.py), compiled once with the host's
compile() and run in place of the interpreter loop (runtime.py).  See
docs/performance.md for the tiers, the guards and how to read ``--jit-dump``."""
