"""Packaging: `pip install .` into a fresh virtual environment (offline: the build
backend needs nothing but the standard library) gives a `snakevm` command that
behaves like `python -m snakevm`, sees the environment's own site-packages, and
runs with no checkout on its path."""

import os
import subprocess
import sys
import tomllib
import venv
import zipfile
from pathlib import Path

from snakevm import config

ROOT = Path(__file__).resolve().parent.parent


def _env():
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYENV_VERSION"] = "3.12.1"
    return env


def _run(args, cwd, **kw):
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, cwd=cwd,
                          env=_env(), timeout=300, **kw)


def test_version_agrees_with_pyproject():
    with open(ROOT / "pyproject.toml", "rb") as f:
        project = tomllib.load(f)["project"]
    assert project["version"] == config.VERSION
    assert project["dependencies"] == []


def test_pip_install_into_fresh_venv(tmp_path):
    env_dir = tmp_path / "env"
    venv.create(env_dir, with_pip=True)
    bin_dir = env_dir / "bin"
    result = _run([bin_dir / "pip", "install", "--no-index", "--no-cache-dir", ROOT], tmp_path)
    assert result.returncode == 0, result.stderr
    site_packages = next(env_dir.glob("lib/python3*/site-packages"))
    (site_packages / "installed_here.py").write_text("WHERE = 'venv site-packages'\n")
    program = ("import sys, installed_here, json\n"
               "print(sys.prefix == %r, installed_here.WHERE)\n"
               "print(json.dumps({'ok': [1, 2]}))\n"
               "print(any(p.startswith(%r) for p in sys.path))\n"
               % (str(env_dir), str(ROOT)))
    for command in ([bin_dir / "snakevm"], [bin_dir / "python", "-m", "snakevm"]):
        result = _run(command + ["-c", program], tmp_path)
        assert result.stdout == "True venv site-packages\n{\"ok\": [1, 2]}\nFalse\n", \
            result.stderr
        assert result.returncode == 0
    version = _run([bin_dir / "snakevm", "--version"], tmp_path)
    assert version.stdout == "Python 3.12.1 (snakevm %s)\n" % config.VERSION
    script = tmp_path / "script.py"
    script.write_text("import sys\nprint(sys.argv[1:])\nraise SystemExit(3)\n")
    result = _run([bin_dir / "snakevm", script, "a"], tmp_path)
    assert (result.stdout, result.returncode) == ("['a']\n", 3)
    result = _run([bin_dir / "snakevm", "-q"], tmp_path, input="print(6 * 7)\n")
    assert result.stdout == "42\n" and result.returncode == 0
    # an editable install: a .pth file naming the checkout, which the guest reads too
    result = _run([bin_dir / "pip", "install", "--no-index", "--no-cache-dir", "-e", ROOT],
                  tmp_path)
    assert result.returncode == 0, result.stderr
    result = _run([bin_dir / "snakevm", "-c", "import snakevm; print(snakevm.__file__)"],
                  tmp_path)
    assert result.stdout == str(ROOT / "snakevm" / "__init__.py") + "\n", result.stderr


def test_wheel_contents(tmp_path):
    result = _run([sys.executable, "-m", "pip", "wheel", "--no-index", "--no-deps",
                   "-w", tmp_path, ROOT], tmp_path)
    assert result.returncode == 0, result.stderr
    (wheel_path,) = tmp_path.glob("snakevm-*-py3-none-any.whl")
    with zipfile.ZipFile(wheel_path) as wheel:
        names = set(wheel.namelist())
        entry_points = wheel.read("snakevm-%s.dist-info/entry_points.txt" % config.VERSION)
    assert "snakevm/__main__.py" in names and "snakevm/module/applevel/_collections.py" in names
    assert not any("__pycache__" in name for name in names)
    assert b"snakevm = snakevm.cli:console_main" in entry_points
