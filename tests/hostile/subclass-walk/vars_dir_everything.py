# category: subclass-walk
# must: vars() and dir() over every class found by a subclass walk return guest containers of guest objects
# expect-stdout: classes True
# expect-stdout: dir lists of str True
# expect-stdout: vars mappingproxies True
# expect-stdout: keys str True
# expect-stdout: values typed True
# expect-stdout: getattr over dir ok True
# expect-stdout: mutation refused True
import os, io, warnings, json
subs = object.__subclasses__()
print("classes", len(subs) > 20)
dirs = [dir(c) for c in subs]
print("dir lists of str", all([type(d) is list and all([type(n) is str for n in d]) for d in dirs]))
vs = [vars(c) for c in subs]
print("vars mappingproxies", all([type(v).__name__ == 'mappingproxy' for v in vs]))
print("keys str", all([all([type(k) is str for k in v]) for v in vs]))
print("values typed", all([all([isinstance(type(x), type) for x in v.values()]) for v in vs]))
bad = 0
for c, d in zip(subs, dirs):
    for n in d:
        try:
            x = getattr(c, n)
            if not isinstance(type(x), type):
                bad += 1
        except Exception as e:
            if not isinstance(e, Exception):
                bad += 1
print("getattr over dir ok", bad == 0)
refused = 0
for v in vs[:30]:
    try:
        v['__evil__'] = 1
    except TypeError:
        refused += 1
print("mutation refused", refused == min(30, len(vs)))
