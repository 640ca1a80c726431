# runpy: run_module/run_path on modules, packages (__main__), directories and zip-less paths; pkgutil iteration and data; the globals CPython sets.
import os
import pkgutil
import runpy
import shutil
import sys
import tempfile

d = tempfile.mkdtemp()
FILES = {
    "rp_pkg/__init__.py": "INIT = True\n",
    "rp_pkg/__main__.py": ("import sys\nfrom . import helper\n"
                           "print('pkg main:', __name__, __package__, __spec__.name, helper.VALUE,"
                           " sys.argv[0].endswith('__main__.py'))\nRESULT = 'main'\n"),
    "rp_pkg/helper.py": "VALUE = 'helper'\n",
    "rp_pkg/data.bin": "payload\n",
    "rp_pkg/sub/__init__.py": "",
    "rp_pkg/sub/leaf.py": "print('leaf:', __name__, __package__, __spec__.parent)\nX = 1\n",
    "rp_dir/__main__.py": "print('dir main:', __name__, __package__, __spec__.name if __spec__ else None)\nD = 4\n",
    "script.py": "import sys\nprint('script:', __name__, __package__, __spec__, sys.argv[0] == __file__)\nS = 3\n",
    "noinit/thing.py": "T = 5\n",
}
for name, text in FILES.items():
    path = os.path.join(d, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
sys.path.insert(0, d)


def keys(g):
    return sorted(k for k in g if k.startswith("__") and k != "__builtins__")


g = runpy.run_module("rp_pkg.sub.leaf")
print(g["X"], g["__name__"], g["__file__"] == os.path.join(d, "rp_pkg", "sub", "leaf.py"), keys(g))
print("rp_pkg.sub.leaf" in sys.modules, "rp_pkg.sub" in sys.modules)
g = runpy.run_module("rp_pkg.sub.leaf", run_name="renamed", init_globals={"EXTRA": 1})
print(g["__name__"], g["EXTRA"])
g = runpy.run_module("rp_pkg", run_name="__main__", alter_sys=True)
print(g["RESULT"], g["__name__"], g["__spec__"].name)
g = runpy.run_module("rp_pkg")
print(g["__name__"], g["__package__"])
g = runpy.run_path(os.path.join(d, "script.py"))
print(g["S"], g["__name__"])
g = runpy.run_path(os.path.join(d, "rp_dir"))
print(g["D"], g["__name__"])
g = runpy.run_path(os.path.join(d, "script.py"), run_name="__main__")
print(g["__name__"])
for bad in ("rp_pkg.sub", "no_such_mod_rp", "rp_pkg.nope", ".rel", "rp_pkg.helper.x"):
    try:
        runpy.run_module(bad)
    except ImportError as e:
        print(type(e).__name__, str(e).replace(d, "<tmp>"))
try:
    runpy.run_path(os.path.join(d, "noinit"))
except ImportError as e:
    print(type(e).__name__, str(e).replace(d, "<tmp>"))
print(sorted((m.name, m.ispkg) for m in pkgutil.iter_modules([os.path.join(d, "rp_pkg")])))
print(sorted(m.name for m in pkgutil.walk_packages([os.path.join(d, "rp_pkg")], "rp_pkg.")))
print(pkgutil.get_data("rp_pkg", "data.bin"), pkgutil.resolve_name("rp_pkg.helper:VALUE"))
print(type(pkgutil.get_importer(d)).__name__, pkgutil.get_importer(d).path == d)
print(sorted(m.name for m in pkgutil.iter_modules() if m.name.startswith("rp_")))
shutil.rmtree(d)
