# importlib.resources (files/read_text/as_file on a package on disk, namespace packages) and importlib.metadata (import, lookups that find nothing).
import importlib.resources as resources
import importlib.metadata as metadata
import os
import shutil
import sys
import tempfile

d = tempfile.mkdtemp()
for name, text in {"res_pkg/__init__.py": "", "res_pkg/hello.txt": "hello, resources\n",
                   "res_pkg/data/table.csv": "a,b\n1,2\n", "res_ns/only.txt": "namespace data\n"}.items():
    path = os.path.join(d, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
sys.path.insert(0, d)
root = resources.files("res_pkg")
print(type(root).__name__, root.name, root.is_dir())
print(root.joinpath("hello.txt").read_text(), end="")
print((root / "data" / "table.csv").read_bytes())
print(sorted(p.name for p in root.iterdir() if p.name != "__pycache__"))
print((root / "hello.txt").is_file(), (root / "missing.txt").exists())
with resources.as_file(root / "hello.txt") as real:
    print(os.path.basename(real), os.path.exists(real))
import res_pkg
print(resources.files(res_pkg) == root)
ns = resources.files("res_ns")
print(type(ns).__name__, ns.joinpath("only.txt").read_text(), end="")
try:
    resources.files("no_such_pkg_res")
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
print(callable(metadata.version), callable(metadata.distributions), metadata.PackageNotFoundError.__mro__[1].__name__)
for lookup in (metadata.version, metadata.metadata, metadata.files):
    try:
        lookup("no-such-distribution-xyz")
    except metadata.PackageNotFoundError as e:
        print(type(e).__name__, e)
print(metadata.packages_distributions.__name__, type(metadata.entry_points()).__name__)
shutil.rmtree(d)
