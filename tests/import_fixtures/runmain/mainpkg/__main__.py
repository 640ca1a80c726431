"""python -m mainpkg: __main__ of a package, with CPython's __name__/__package__/__spec__."""
import sys
from . import helper
print("mainpkg/__main__:", __name__, __package__, __spec__.name, __spec__.parent,
      __spec__.origin.endswith("__main__.py"), __file__.endswith("__main__.py"))
print("argv:", [a if not a.endswith(".py") else a.rsplit("/", 1)[-1] for a in sys.argv])
print("modules:", "mainpkg" in sys.modules, "mainpkg.__main__" in sys.modules, sys.modules["__main__"].__name__)
print("loader:", type(__loader__).__name__, __loader__.name, type(__spec__.loader).__name__)
print("helper:", helper.VALUE, helper.__name__)
print("path0:", sys.path[0] == "" or sys.path[0] == __import__("os").getcwd())
