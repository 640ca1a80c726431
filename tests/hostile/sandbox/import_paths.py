# category: sandbox
# must: modules load only from the standard library whatever sys.path, __path__, path hooks and meta path finders say
# args: --sandbox
def attempt(label, fn):
    try:
        r = fn()
        print(label, "ALLOWED", type(r).__name__)
    except BaseException as e:
        print(label, type(e).__name__)

import sys, json, importlib.machinery, importlib.util
sys.path.insert(0, "/tmp")
sys.path.insert(0, "/etc")
attempt("import passwd", lambda: __import__("passwd"))
json.__path__.insert(0, "/etc")
attempt("json.passwd", lambda: __import__("json.passwd"))
attempt("spec_from_file_location", lambda: importlib.util.module_from_spec(
    importlib.util.spec_from_file_location("x", "/etc/passwd")))
attempt("SourceFileLoader", lambda: importlib.machinery.SourceFileLoader("x", "/etc/passwd").get_data("/etc/passwd"))
attempt("loader get_source", lambda: type(__loader__)("x", "/etc/passwd").get_source("x"))
class Finder:
    @classmethod
    def find_spec(cls, name, path, target=None):
        return importlib.util.spec_from_file_location(name, "/etc/passwd")
sys.meta_path.insert(0, Finder)
attempt("meta path finder", lambda: __import__("evil_module"))
sys.meta_path.remove(Finder)
import zipimport
attempt("zipimporter", lambda: zipimport.zipimporter("/etc/passwd"))
print("stdlib still imports", __import__("textwrap").dedent("  x"))
