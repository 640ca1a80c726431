# category: subclass-walk
# must: the BuiltinImporter gadget only loads the guest's own built-in modules
# oracle: cpython
import sys, os
subs = object.__subclasses__()
bi = [c for c in subs if c.__name__ == 'BuiltinImporter']
print("found", len(bi) == 1)
B = bi[0]
print("module", B.__module__)
import warnings
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print("load sys", B.load_module('sys') is sys)
    for name in ['posix', 'builtins', '_imp']:
        try:
            m = B.load_module(name)
            print("load", name, m is sys.modules[name])
        except Exception as e:
            print("load", name, type(e).__name__)
    for name in ['os', 'json', 'nonexistent_mod_xyz']:
        try:
            B.load_module(name)
            print("load", name, "no error")
        except ImportError as e:
            print("load", name, "ImportError")
spec = B.find_spec('sys')
print("spec", spec is not None, spec.name, spec.origin)
print("spec for os", B.find_spec('os'))
print("spec for path", B.find_spec('sys', ['x']))
for bad in [None, 1, object()]:
    try:
        B.create_module(bad)
        print("create no error")
    except Exception as e:
        print("create", type(e).__name__)
class FakeSpec:
    name = 'posix'
m = B.create_module(FakeSpec())
print("create posix is ours", m is sys.modules['posix'])
FakeSpec.name = 'made_up_module'
try:
    B.create_module(FakeSpec())
    print("create made up: no error")
except Exception as e:
    print("create made up", type(e).__name__)
print("is_package", B.is_package('sys'))
print("get_code", B.get_code('sys'), B.get_source('sys'))
