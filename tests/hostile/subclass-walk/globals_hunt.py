# category: subclass-walk
# must: every __init__.__globals__ reachable from a subclass walk is a guest dict whose builtins are the guest's
# expect-stdout: found functions True
# expect-stdout: all globals dicts True
# expect-stdout: all builtins resolve True
# expect-stdout: all evals ours True
# expect-stdout: all imports ours True
# expect-stdout: modules with system True
# expect-stdout: system is os.system True
import os, warnings, io, json, collections, functools
subs = object.__subclasses__()
funcs = []
for c in subs:
    for attr in ('__init__', '__new__', '__enter__', '__repr__', '__call__'):
        f = c.__dict__.get(attr)
        if type(f).__name__ == 'function':
            funcs.append(f)
print("found functions", len(funcs) > 5)
gs = [f.__globals__ for f in funcs]
print("all globals dicts", all([type(g) is dict for g in gs]))
bds = []
for g in gs:
    b = g.get('__builtins__')
    if b is None:
        continue
    bds.append(b if type(b) is dict else vars(b))
print("all builtins resolve", len(bds) > 0 and all([type(b) is dict for b in bds]))
print("all evals ours", all([b['eval'] is eval for b in bds]))
print("all imports ours", all([b['__import__'] is __import__ for b in bds]))
withsys = [g for g in gs if 'system' in g]
print("modules with system", len(withsys) > 0)
print("system is os.system", all([g['system'] is os.system for g in withsys]))
