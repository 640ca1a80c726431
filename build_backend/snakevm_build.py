"""A PEP 517 build backend for snakevm that needs nothing but the standard library,
so ``pip install .`` works offline and with no build dependencies (snakevm has no
runtime dependencies either).  It builds a pure-Python wheel of the ``snakevm``
package (with its guest-level modules), an sdist, and an editable wheel (a .pth
file pointing at the checkout).  Project data comes from pyproject.toml."""

import base64
import hashlib
import io
import os
import tarfile
import tomllib
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PACKAGE = "snakevm"
SDIST_FILES = ("pyproject.toml", "README.md", "DEVELOPERS.md")
SDIST_DIRECTORIES = ("snakevm", "build_backend", "docs")


def _project():
    with open(os.path.join(ROOT, "pyproject.toml"), "rb") as f:
        return tomllib.load(f)["project"]


def _dist_name(project):
    return "%s-%s" % (project["name"].replace("-", "_"), project["version"])


def _metadata(project):
    lines = ["Metadata-Version: 2.1", "Name: %s" % project["name"],
             "Version: %s" % project["version"], "Summary: %s" % project["description"],
             "Requires-Python: %s" % project["requires-python"]]
    lines += ["Classifier: %s" % c for c in project.get("classifiers", ())]
    return "\n".join(lines) + "\n"


def _package_files():
    """(path in the wheel, path on disk) of every file of the snakevm package."""
    for directory, subdirectories, files in os.walk(os.path.join(ROOT, PACKAGE)):
        subdirectories[:] = sorted(d for d in subdirectories if d != "__pycache__")
        for name in sorted(files):
            if name.endswith((".pyc", ".tmp")):
                continue
            path = os.path.join(directory, name)
            yield os.path.relpath(path, ROOT).replace(os.sep, "/"), path


def _record_line(name, data):
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=")
    return "%s,sha256=%s,%d" % (name, digest.decode(), len(data))


def _write_wheel(directory, contents):
    """A wheel of ``contents`` ({name: bytes}) plus the dist-info files."""
    project = _project()
    dist = _dist_name(project)
    info = dist + ".dist-info"
    scripts = project.get("scripts", {})
    contents = dict(contents)
    contents[info + "/METADATA"] = _metadata(project).encode()
    contents[info + "/WHEEL"] = (b"Wheel-Version: 1.0\nGenerator: snakevm_build\n"
                                 b"Root-Is-Purelib: true\nTag: py3-none-any\n")
    contents[info + "/entry_points.txt"] = ("[console_scripts]\n" + "".join(
        "%s = %s\n" % item for item in scripts.items())).encode()
    record = [_record_line(name, data) for name, data in contents.items()]
    contents[info + "/RECORD"] = ("\n".join(record + [info + "/RECORD,,"]) + "\n").encode()
    filename = dist + "-py3-none-any.whl"
    with zipfile.ZipFile(os.path.join(directory, filename), "w", zipfile.ZIP_DEFLATED) as wheel:
        for name, data in contents.items():
            wheel.writestr(name, data)
    return filename


def _read(path):
    with open(path, "rb") as f:
        return f.read()


# -- the PEP 517 / PEP 660 hooks --------------------------------------------------------------
def get_requires_for_build_wheel(config_settings=None):
    return []


def get_requires_for_build_sdist(config_settings=None):
    return []


def get_requires_for_build_editable(config_settings=None):
    return []


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    return _write_wheel(wheel_directory, {name: _read(path) for name, path in _package_files()})


def build_editable(wheel_directory, config_settings=None, metadata_directory=None):
    return _write_wheel(wheel_directory, {"_snakevm_editable.pth": (ROOT + "\n").encode()})


def build_sdist(sdist_directory, config_settings=None):
    dist = _dist_name(_project())
    filename = dist + ".tar.gz"
    with tarfile.open(os.path.join(sdist_directory, filename), "w:gz") as sdist:
        for name in SDIST_FILES:
            sdist.add(os.path.join(ROOT, name), arcname="%s/%s" % (dist, name))
        for top in SDIST_DIRECTORIES:
            sdist.add(os.path.join(ROOT, top), arcname="%s/%s" % (dist, top),
                      filter=lambda info: None if "__pycache__" in info.name else info)
        info = tarfile.TarInfo("%s/PKG-INFO" % dist)
        data = _metadata(_project()).encode()
        info.size = len(data)
        sdist.addfile(info, io.BytesIO(data))
    return filename
