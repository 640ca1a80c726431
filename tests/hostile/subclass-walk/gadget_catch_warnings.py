# category: subclass-walk
# must: the catch_warnings gadget reaches only the guest's own builtins and os module
# oracle: cpython
import warnings, os, sys
subs = object.__subclasses__()
found = [c for c in subs if c.__name__ == 'catch_warnings']
print("found", len(found) == 1, found[0] is warnings.catch_warnings)
init = found[0].__init__
print("init is function", type(init).__name__)
g = init.__globals__
print("globals is warnings dict", g is warnings.__dict__)
b = g['__builtins__']
bd = b if isinstance(b, dict) else b.__dict__
print("eval is ours", bd['eval'] is eval)
imp = bd['__import__']
print("import os is ours", imp('os') is os)
print("sys is ours", imp('sys') is sys)
print("system callable", callable(imp('os').system))
cw = found[0]()
print("instance", type(cw).__name__)
print("_module is warnings", cw._module is warnings)
with cw:
    print("inside ok")
try:
    cw.__enter__()
except RuntimeError as e:
    print("RuntimeError", e)
m = cw._module
print("module builtins", m.__builtins__ is not None)
print("all funcs share globals", all(f.__globals__ is g for f in vars(found[0]).values() if type(f).__name__ == 'function'))
