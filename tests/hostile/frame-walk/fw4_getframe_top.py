# category: frame-walk
# must: walking f_back to the top yields only guest frames with guest dicts
# oracle: cpython
import sys
def inner():
    f = sys._getframe()
    n = 0
    names = []
    while f is not None:
        names.append(f.f_code.co_name)
        print("globals dict", type(f.f_globals) is dict, "builtins dict", type(f.f_builtins) is dict)
        print("locals mapping", hasattr(f.f_locals, "keys"))
        print("modules ok", all(type(v).__module__ is not None for v in f.f_locals.values()))
        f = f.f_back
        n += 1
    print("names", names)
    return n
def outer():
    return inner()
print("depth", outer())
for arg in [10**6, -1, 2**70, "x", None, 1.5]:
    try:
        r = sys._getframe(arg)
        print("ok", repr(arg)[:10], type(r).__name__, r.f_code.co_name)
    except Exception as e:
        print(repr(arg)[:10], type(e).__name__)
try:
    sys._getframe(1, 2)
except Exception as e:
    print("two args", type(e).__name__)
