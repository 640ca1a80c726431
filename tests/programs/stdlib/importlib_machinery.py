# importlib: import_module, util.find_spec/spec_from_file_location/module_from_spec, reload, a guest meta path finder, runpy, circular import errors.
import importlib, importlib.util, sys, os, tempfile, shutil, runpy, marshal
print(importlib.import_module("json").dumps([1]), importlib.import_module(".decoder", "json").__name__)
spec = importlib.util.find_spec("textwrap"); print(spec.name, spec.origin.endswith("textwrap.py"), type(spec.loader).__name__, importlib.util.find_spec("no_such_module_xyz"))
d = tempfile.mkdtemp()
try:
    path = os.path.join(d, "modx.py")
    with open(path, "w") as f:
        f.write("VALUE = 41\ndef f():\n    return VALUE + 1\n")
    spec = importlib.util.spec_from_file_location("modx", path)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); print(m.f(), m.__name__, m.__spec__.name)
    sys.path.insert(0, d)
    import modx
    with open(path, "w") as f:
        f.write("VALUE = 1\ndef f():\n    return VALUE + 1\n")
    os.utime(path, (os.path.getmtime(path) + 10,) * 2)
    importlib.reload(modx); print(modx.f())
    print(runpy.run_path(path)["VALUE"], runpy.run_module("modx")["VALUE"])
    with open(os.path.join(d, "circ_a.py"), "w") as f:
        f.write("import circ_b\nx = 1\n")
    with open(os.path.join(d, "circ_b.py"), "w") as f:
        f.write("import circ_a\nprint(circ_a.x)\n")
    with open(os.path.join(d, "circ_c.py"), "w") as f:
        f.write("from circ_d import y\nz = 1\n")
    with open(os.path.join(d, "circ_d.py"), "w") as f:
        f.write("from circ_c import z\ny = 2\n")
    try:
        import circ_a
    except AttributeError as e:
        print("AttributeError", e)
    try:
        import circ_c
    except ImportError as e:
        print("ImportError", str(e).split(" (")[0])
finally:
    shutil.rmtree(d)
class Finder:
    def find_spec(self, name, path, target=None):
        if name == "virtual_mod":
            return importlib.util.spec_from_loader(name, Loader())
class Loader:
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        module.answer = 42
sys.meta_path.insert(0, Finder())
import virtual_mod
print(virtual_mod.answer, virtual_mod.__spec__.name, type(virtual_mod.__loader__).__name__)
code = compile("a = 1 + 2", "<m>", "exec"); data = marshal.dumps(code); ns = {}; exec(marshal.loads(data), ns); print(ns["a"])
print(marshal.loads(marshal.dumps([1, (2.5, "s", b"b", None), {"k": frozenset({3})}, True])), marshal.version)
try:
    marshal.loads(b"\x00")
except ValueError as e:
    print("ValueError", e)
