# Import statement forms with built-in modules: import as, from-import, __import__, ImportError messages.
import sys
import sys as system
from sys import maxsize as biggest, getrecursionlimit

print(system is sys, biggest == sys.maxsize, getrecursionlimit())
m = __import__("sys")
print(m is sys, __import__("builtins").len is len)
try:
    import nonexistent_module_for_test
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from sys import nonexistent_name
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    __import__("no.such.package")
except ImportError as e:
    print(type(e).__name__, e)


def local_import():
    import sys as local_sys
    return local_sys is sys, "local_sys" in locals()


print(local_import())
print("sys" in sys.modules, type(sys.modules["sys"]).__name__)
import builtins

print(builtins.abs(-1), builtins.__name__)
