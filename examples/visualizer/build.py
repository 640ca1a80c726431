"""Build the visualizer gallery: every example program here recorded into a page
in examples/visualizer/pages/ (open them in a browser; see docs/visualizer.md).

    python3.12 examples/visualizer/build.py"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PAGES = os.path.join(HERE, "pages")
LIBRARY_MODULES = {"geometry.py"}       # imported by importing.py, not a program of its own


def main():
    os.makedirs(PAGES, exist_ok=True)
    for name in sorted(os.listdir(HERE)):
        if not name.endswith(".py") or name in LIBRARY_MODULES or name == "build.py":
            continue
        out = os.path.join(PAGES, name[:-3] + ".html")
        subprocess.run([sys.executable, "-m", "snakevm", "--visualize",
                        os.path.join(HERE, name), "-o", out], check=True, cwd=ROOT)


if __name__ == "__main__":
    main()
