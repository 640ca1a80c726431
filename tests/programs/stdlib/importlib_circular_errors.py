# importlib: circular-import errors (partially initialized module, cannot import name, cannot access submodule) and other ImportError messages, exactly as CPython.
import os
import shutil
import sys
import tempfile

d = tempfile.mkdtemp()
FILES = {
    "circ_a.py": "import circ_b\nx = 1\n",
    "circ_b.py": "import circ_a\nprint(circ_a.x)\n",
    "circ_c.py": "from circ_d import y\nz = 1\n",
    "circ_d.py": "from circ_c import z\ny = 2\n",
    "pk/__init__.py": "",
    "pk/a.py": "import pk.b\n",
    "pk/b.py": ("import pk\ntry:\n    pk.a\nexcept AttributeError as e:\n"
                "    print('AttributeError', e, e.name)\n"),
    "plain.py": "value = 1\n",
    "raiser.py": "import plain\nraise RuntimeError('boom in raiser')\n",
}
for name, text in FILES.items():
    path = os.path.join(d, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
sys.path.insert(0, d)


def show(exc):
    message = str(exc).replace(d, "<tmp>")
    print(type(exc).__name__, message)
    for attr in ("name", "name_from"):
        if hasattr(exc, attr):
            print("  ", attr, getattr(exc, attr))
    if getattr(exc, "path", None):
        print("   path", exc.path.replace(d, "<tmp>"))


try:
    import circ_a
except AttributeError as e:
    show(e)
print("circ_a" in sys.modules, "circ_b" in sys.modules)
try:
    import circ_c
except ImportError as e:
    show(e)
import pk.a
print(pk.__spec__._uninitialized_submodules, pk.a.__name__)
try:
    from plain import missing
except ImportError as e:
    show(e)
try:
    from json import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name, e.name_from)
import types
m = types.ModuleType("nofile")
sys.modules["nofile"] = m
try:
    from nofile import thing
except ImportError as e:
    show(e)
del m.__name__
try:
    from nofile import thing
except ImportError as e:
    show(e)
try:
    import raiser
except RuntimeError as e:
    print("RuntimeError", e, "raiser" in sys.modules, "plain" in sys.modules)
for name in ("no_such_module_q", "plain.sub", "json.no_such_sub", ".rel"):
    try:
        __import__(name)
    except (ImportError, ValueError, TypeError) as e:
        show(e)
sys.modules["halted"] = None
try:
    import halted
except ImportError as e:
    show(e)
try:
    __import__("x", globals(), level=1)
except ImportError as e:
    show(e)
try:
    from . import y
except ImportError as e:
    show(e)
try:
    __import__(5)
except TypeError as e:
    show(e)
try:
    __import__("")
except ValueError as e:
    show(e)
try:
    __import__("os", level=-1)
except ValueError as e:
    show(e)
shutil.rmtree(d)
