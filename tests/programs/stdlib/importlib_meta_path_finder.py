# importlib: a program's own meta path finders and loaders (before and after importlib is imported), their order, path hooks and path_importer_cache.
import sys

print(sys.meta_path)
print(len(sys.path_hooks), "importlib" in sys.modules)
calls = []


class LateFinder:
    """Appended: consulted only for names nothing else finds."""

    def find_spec(self, name, path, target=None):
        calls.append(("late", name, path is None))
        return None


sys.meta_path.append(LateFinder())
import keyword
try:
    import no_such_thing_abc
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
print(calls)


class VirtualLoader:
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.answer = 42
        module.origin = module.__spec__.origin
        if module.__name__ == "virtual_pkg":
            module.__path__ = []


class EarlyFinder:
    def find_spec(self, name, path, target=None):
        calls.append(("early", name))
        if name.startswith("virtual_"):
            import importlib.util
            return importlib.util.spec_from_loader(name, VirtualLoader(), origin="virtual:" + name,
                                                   is_package=name == "virtual_pkg")
        return None


calls.clear()
sys.meta_path.insert(0, EarlyFinder())
import virtual_mod
print(virtual_mod.answer, virtual_mod.origin, virtual_mod.__spec__.name, type(virtual_mod.__loader__).__name__)
print(virtual_mod, virtual_mod.__package__)
import virtual_pkg.virtual_child
print(virtual_pkg.virtual_child.__name__, virtual_pkg.virtual_child.__package__, virtual_pkg.__path__)
from virtual_pkg import virtual_other
print(virtual_other.answer)
import colorsys
print([c for c in calls if c[1] in ("colorsys", "virtual_mod", "virtual_pkg", "virtual_pkg.virtual_child")])
print(sys.meta_path[1:4])
print("importlib" in sys.modules, type(sys.meta_path[1]).__name__)


class Module(type(sys)):
    pass


class CustomModuleLoader(VirtualLoader):
    def create_module(self, spec):
        return Module(spec.name)


class CustomFinder:
    @classmethod
    def find_spec(cls, name, path, target=None):
        if name == "custom_made":
            import importlib.machinery
            return importlib.machinery.ModuleSpec(name, CustomModuleLoader())


sys.meta_path.insert(0, CustomFinder)
import custom_made
print(type(custom_made).__name__, custom_made.answer, custom_made.__spec__.loader.__class__.__name__)


class BrokenFinder:
    def find_spec(self, name, path, target=None):
        if name == "broken_one":
            raise LookupError("finder failed for " + name)


sys.meta_path.insert(0, BrokenFinder())
try:
    import broken_one
except LookupError as e:
    print(type(e).__name__, e)
print("broken_one" in sys.modules)

seen_paths = []


class RecordingHook:
    def __init__(self, path):
        if not path.endswith("magic-entry"):
            raise ImportError("not mine")
        seen_paths.append(path)

    def find_spec(self, name, target=None):
        if name == "hooked_mod":
            import importlib.util
            return importlib.util.spec_from_loader(name, VirtualLoader(), origin="hooked")
        return None


sys.path_hooks.insert(0, RecordingHook)
sys.path.append("/nonexistent/magic-entry")
import hooked_mod
print(hooked_mod.origin, seen_paths, type(sys.path_importer_cache["/nonexistent/magic-entry"]).__name__)
import shlex
print(shlex.__name__)
sys.path_hooks.remove(RecordingHook)
sys.meta_path[:] = [f for f in sys.meta_path if type(f).__module__ != "__main__" and f is not CustomFinder]
print(sys.meta_path)
