# category: descriptors
# must: gc.get_referents/get_referrers over built-in objects return only guest objects and never unwrap a type's mappingproxy into a writable dict
# expect-stdout: referents lists True
# expect-stdout: referents guest True
# expect-stdout: referrers guest True
# expect-stdout: mappingproxy not unwrapped True
# expect-stdout: int untouched True
# expect-stdout: builtins referents guest True
# expect-stdout: bad args TypeError
import gc, sys, builtins
objs = [int, str, object, type, len, print, [].append, int.__dict__, builtins, sys, (lambda: 0),
        (1, 2), {'a': [1]}, str.join, int.__add__, (5).__add__, type.__dict__['__name__'], range(3), iter([1])]
refs = [gc.get_referents(o) for o in objs]
print("referents lists", all([type(r) is list for r in refs]))
print("referents guest", all([all([isinstance(type(x), type) for x in r]) for r in refs]))
rr = gc.get_referrers(int) + gc.get_referrers(len) + gc.get_referrers(builtins)
print("referrers guest", all([isinstance(type(x), type) for x in rr]))
unwrapped = False
for o in gc.get_referents(int.__dict__):
    if type(o) is dict:
        try:
            o['evil_gc'] = 42
            unwrapped = hasattr(int, 'evil_gc')
        except Exception:
            pass
print("mappingproxy not unwrapped", not unwrapped)
print("int untouched", not hasattr(5, 'evil_gc'))
br = gc.get_referents(builtins.__dict__) + gc.get_referents(*gc.get_referents(sys))
print("builtins referents guest", all([isinstance(type(x), type) for x in br]))
try:
    gc.get_referents(x=1)
except TypeError:
    print("bad args TypeError")
