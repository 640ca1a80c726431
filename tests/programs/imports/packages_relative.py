# The import system on a fixture package: packages, relative imports (., .., from . import x),
# submodules as attributes, __all__ and star imports, circular imports, failed imports, namespace
# packages, module attributes (__name__, __package__, __spec__, __file__), and sys.modules.
import sys


def basename(path):
    return path.rpartition("/")[2]


def dirname(path):
    return path.rpartition("/")[0]


FIXTURES = dirname(dirname(dirname(__file__))) + "/import_fixtures"
sys.path.insert(0, FIXTURES)

import shapes
from shapes import Circle, area_of
from shapes.solid.cube import Cube
import shapes.solid as solid_alias

print(area_of(Circle(2)), Cube(2).area(), Cube(1).describe())
print(shapes.__name__, shapes.__package__, shapes.circle.__name__, shapes.circle.__package__)
print(solid_alias is shapes.solid, shapes.solid.DEPTH, shapes.solid.flat_circle is shapes.circle)
print(shapes.square_module.related is Circle, sorted(k for k in sys.modules if k.startswith("shapes")))
print(shapes.__spec__.name, shapes.__spec__.parent, shapes.circle.__spec__.parent,
      shapes.__spec__.submodule_search_locations is not None,
      basename(shapes.__file__), basename(shapes.solid.cube.__file__))
print(basename(dirname(shapes.__path__[0])), type(shapes.__path__).__name__)
namespace = {}
exec("from shapes import *", namespace)
print(sorted(k for k in namespace if not k.startswith("__")))

import circular_a
print(circular_a.from_b(), circular_a.circular_b.from_a())
try:
    import circular_broken_a
except ImportError as e:
    print(type(e).__name__, str(e).replace(FIXTURES, "<fixtures>").split(" (")[0], e.name)
try:
    import raises_on_import
except ValueError as e:
    print("ValueError", e, "raises_on_import" in sys.modules)
try:
    import bad_syntax
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno, basename(e.filename))
try:
    import shapes.nonexistent
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    import shapes.circle.deeper
except ModuleNotFoundError as e:
    print(e)
try:
    from shapes import missing_name
except ImportError as e:
    print(str(e).split(" (")[0], e.name)
sys.path.insert(0, FIXTURES + "/nsportion")
import nspkg.part
print(nspkg.part.WHERE, nspkg.__file__ if hasattr(nspkg, "__file__") else "no __file__",
      nspkg.__spec__.origin)
sys.modules["halted"] = None
try:
    import halted
except ModuleNotFoundError as e:
    print(e)
print(__import__("shapes.solid.cube", fromlist=["Cube"]).Cube is Cube,
      __import__("shapes.solid").__name__)
try:
    __import__("shapes", level=-1)
except ValueError as e:
    print(e)
try:
    exec("from . import anything", {"__name__": "toplevel", "__package__": ""})
except ImportError as e:
    print(e)
