# importlib: import_module (absolute, relative, errors), reload, util.find_spec/spec_from_file_location/module_from_spec, machinery classes, _frozen_importlib in sys.modules.
import sys
import importlib
import importlib.util
import importlib.machinery as machinery
import os
import shutil
import tempfile

print("_frozen_importlib" in sys.modules, importlib._bootstrap is sys.modules["_frozen_importlib"],
      importlib._bootstrap.__name__, importlib._bootstrap_external.__name__)
print(sys.meta_path)
print([type(h).__name__ for h in sys.path_hooks], sys.path_hooks[0])
json = importlib.import_module("json")
print(json.__name__, importlib.import_module(".decoder", "json").__name__,
      importlib.import_module("..encoder", "json.decoder").__name__)
print(isinstance(json.__spec__, machinery.ModuleSpec), type(json.__loader__).__name__,
      isinstance(json.__loader__, machinery.SourceFileLoader), json.__spec__.parent,
      json.__spec__.has_location, json.__spec__.cached.endswith(".cpython-312.pyc"))
print(sys.__spec__, sys.__loader__ is machinery.BuiltinImporter, sys.__package__ == "")
import marshal
print(marshal.__spec__, marshal.__loader__ is machinery.BuiltinImporter)
for bad in ("no_such_mod_1", "json.nope", ".x"):
    try:
        importlib.import_module(bad)
    except (ImportError, TypeError) as e:
        print(type(e).__name__, e)
try:
    importlib.import_module("..x", "json")
except ImportError as e:
    print(type(e).__name__, e)
spec = importlib.util.find_spec("textwrap")
print(spec.name, spec.origin.endswith("textwrap.py"), type(spec.loader).__name__,
      spec.submodule_search_locations, importlib.util.find_spec("no_such_mod_2"))
print(importlib.util.find_spec("json.decoder").name, importlib.util.find_spec(".scanner", "json").name)
print(importlib.util.find_spec("sys").origin, importlib.util.find_spec("_frozen_importlib").origin)
print(importlib.util.resolve_name(".a", "pkg.b"), importlib.util.resolve_name("..a", "pkg.b"))
print(importlib.util.source_hash(b"x = 1") == importlib.util.source_hash(b"x = 1"),
      len(importlib.util.MAGIC_NUMBER), importlib.util.cache_from_source("/a/b.py"))
print(machinery.SOURCE_SUFFIXES, machinery.BYTECODE_SUFFIXES, machinery.EXTENSION_SUFFIXES[:0],
      machinery.all_suffixes()[:2])
d = tempfile.mkdtemp()
try:
    path = os.path.join(d, "modx.py")
    with open(path, "w") as f:
        f.write("VALUE = 41\nCOUNT = globals().get('COUNT', 0) + 1\ndef f():\n    return VALUE + 1\n")
    spec = importlib.util.spec_from_file_location("modx", path)
    print(spec.name, type(spec.loader).__name__, spec.origin == path, spec.has_location)
    m = importlib.util.module_from_spec(spec)
    print(m.__name__, m.__file__ == path, m.__spec__ is spec, m.__loader__ is spec.loader)
    spec.loader.exec_module(m)
    print(m.f(), m.COUNT, "modx" in sys.modules)
    sys.path.insert(0, d)
    import modx
    print(modx is m, modx.COUNT, modx.__spec__.origin == path)
    with open(path, "w") as f:
        f.write("VALUE = 1\nCOUNT = globals().get('COUNT', 0) + 1\ndef f():\n    return VALUE + 1\n")
    os.utime(path, (os.path.getmtime(path) + 10,) * 2)
    print(importlib.reload(modx) is modx, modx.f(), modx.COUNT)
    os.makedirs(os.path.join(d, "pk"))
    with open(os.path.join(d, "pk", "__init__.py"), "w") as f:
        f.write("from . import inner\n")
    with open(os.path.join(d, "pk", "inner.py"), "w") as f:
        f.write("NAME = __name__\n")
    importlib.invalidate_caches()
    pk = importlib.import_module("pk")
    print(pk.inner.NAME, pk.__path__ == [os.path.join(d, "pk")], pk.__spec__.submodule_search_locations == pk.__path__)
    print(importlib.reload(pk.inner).NAME)
    try:
        importlib.reload(42)
    except TypeError as e:
        print(type(e).__name__, e)
    sys.modules["ghost"] = importlib.util.module_from_spec(importlib.util.spec_from_loader("ghost", None))
    del sys.modules["ghost"]
    loader = machinery.SourceFileLoader("srcmod", path)
    print(loader.get_filename("srcmod") == path, loader.is_package("srcmod"),
          loader.get_source("srcmod").splitlines()[0], type(loader.get_code("srcmod")).__name__)
finally:
    shutil.rmtree(d)
print(importlib.import_module("collections.abc").__name__, importlib.import_module("os.path").__name__)
