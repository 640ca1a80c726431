# category: descriptors
# must: sys.modules holds only guest modules and tampering with it stays inside the guest import system
# oracle: cpython
import sys, types, builtins, os
mods = dict(sys.modules)
print("all modules", all([isinstance(m, types.ModuleType) for m in mods.values() if m is not None]))
print("all dicts", all([type(vars(m)) is dict for m in mods.values() if m is not None]))
print("builtins", sys.modules['builtins'] is builtins, sys.modules['sys'] is sys)
print("names match", all([m.__name__ == k or k == '__main__' or k == 'os.path' for k, m in mods.items() if m is not None and hasattr(m, '__name__')]))
sys.modules['fake_mod_x'] = 5
import fake_mod_x
print("import gives planted", fake_mod_x)
sys.modules['fake_mod_y'] = None
try:
    import fake_mod_y
except ImportError as e:
    print("ImportError", type(e).__name__)
saved = sys.modules['os']
sys.modules['os'] = types.SimpleNamespace(system=lambda c: 'fake system')
import os as os2
print("planted os", os2.system('x'))
sys.modules['os'] = saved
import os as os3
print("restored", os3 is saved)
sys.modules.pop('json', None)
import json
j1 = json
del sys.modules['json']
import json
print("reimport new object", json is not j1)
real = sys.modules
try:
    sys.modules = {}
    import collections
    print("import with empty modules ok", type(collections).__name__)
except Exception as e:
    print("empty modules", type(e).__name__)
finally:
    sys.modules = real
class Weird(dict):
    pass
print("weird key", sys.modules.get(5))
sys.modules[5] = 'int key'
print("int key stored", sys.modules[5])
del sys.modules[5]
print("main", sys.modules['__main__'].__name__)
