# Module objects: __name__ of __main__, attributes of sys and builtins modules, module type, creating modules.
import sys

print(__name__, type(sys).__name__, sys.__name__, type(sys).__module__ if hasattr(type(sys), "__module__") else None)
main = sys.modules["__main__"]
print(main.__name__, main.__dict__ is globals(), hasattr(main, "__file__"), main.__spec__ is None)
print("builtins" in sys.modules, type(__builtins__).__name__ in ("module", "dict"))
import_free_builtins = sys.modules["builtins"]
print(import_free_builtins.__name__, import_free_builtins.len is len, import_free_builtins.__doc__ is not None)
ModuleType = type(sys)
m = ModuleType("made", "a doc")
print(m.__name__, m.__doc__, sorted(k for k in vars(m)), repr(m))
m.value = 42
print(m.value, "value" in dir(m))
try:
    m.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    sys.no_such_attribute
except AttributeError as e:
    print(type(e).__name__, e)


def module_getattr(name):
    return f"dynamic {name}"


m.__getattr__ = module_getattr
print(m.anything, getattr(m, "other"))
del m.__getattr__
print(hasattr(m, "anything"))
m2 = ModuleType("unnamed")
print(m2.__doc__, repr(m2))
print(type(sys.argv).__name__, isinstance(sys.path, list), sys.version_info[:2], sys.version_info.major)
print(sys.maxsize == 2 ** 63 - 1, sys.byteorder in ("little", "big"), type(sys.modules).__name__)
print(sys.getrecursionlimit(), sys.implementation.name in ("cpython", "snakevm") or sys.implementation.name)
print(hasattr(sys.stdout, "write"), hasattr(sys.stderr, "flush"), callable(sys.exit))
print(sorted(n for n in dir(main) if not n.startswith("_"))[:5])
