# category: subclass-walk
# must: __builtins__ found through globals of imported modules and exec'd dicts is the guest's builtins, shaped as in CPython
# oracle: cpython
import json, os, warnings, collections, builtins
for m in (json, os, warnings, collections):
    b = m.__dict__['__builtins__']
    print(m.__name__, type(b).__name__, b is builtins.__dict__)
g = {}
exec("x = 1", g)
print("exec globals", type(g['__builtins__']).__name__, g['__builtins__'] is builtins.__dict__)
g2 = {'__builtins__': {'len': len}}
exec("y = len([1, 2])", g2)
print("restricted builtins", g2['y'])
try:
    exec("z = print", g2)
except NameError as e:
    print("NameError", e)
g3 = {'__builtins__': 5}
try:
    exec("w = len", g3)
except Exception as e:
    print("non-dict builtins", type(e).__name__)
f = json.dumps
b = f.__globals__['__builtins__']
bd = b if isinstance(b, dict) else vars(b)
print("dumps builtins eval is ours", bd['eval'] is eval)
print("main builtins", type(__builtins__).__name__, __builtins__ is builtins)
print("lambda globals", (lambda: 0).__globals__ is globals())
