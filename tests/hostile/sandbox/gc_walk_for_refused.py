# category: sandbox
# must: no function that reaches the host is reachable through gc, subclasses or module dicts
# args: --sandbox
# expect-stdout: usable host functions []
import gc, sys, os
names = {"system", "listdir", "fork", "execv", "open", "_exit", "kill", "getcwd"}
found = []
for obj in gc.get_objects():
    if type(obj).__name__ == "builtin_function_or_method" and getattr(obj, "__name__", "") in names \
            and getattr(obj, "__module__", "") == "posix":
        try:
            obj("/") if obj.__name__ != "fork" else obj()
            found.append(obj.__name__)
        except PermissionError:
            pass
        except BaseException as e:
            found.append((obj.__name__, type(e).__name__))
for mod in list(sys.modules.values()):
    for v in list(vars(mod).values()):
        if callable(v) and getattr(v, "__name__", "") == "system" and v is not os.system:
            found.append("system in " + mod.__name__)
print("usable host functions", found)
