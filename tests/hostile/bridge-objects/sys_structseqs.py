# category: bridge-objects
# must: sys.implementation/flags/float_info/version_info/hash_info/int_info/thread_info hold only ordinary guest values
# expect-stdout: implementation name snakevm
# expect-stdout: ok sys.implementation True
# expect-stdout: ok sys.flags True
# expect-stdout: ok sys.float_info True
# expect-stdout: ok sys.version_info True
# expect-stdout: ok sys.hash_info True
# expect-stdout: ok sys.int_info True
# expect-stdout: ok sys.thread_info True
# expect-stdout: version_info tuple True 5
# expect-stdout: flags readonly AttributeError
# expect-stdout: version_info readonly AttributeError
# expect-stdout: float_info new TypeError
# expect-stdout: version_info ctor TypeError
# expect-stdout: flags ctor TypeError
# expect-stdout: impl mutable True
# expect-stdout: reduce ok True
import sys

def ordinary(x):
    t = type(x)
    try:
        repr(x)
    except Exception:
        return False
    return isinstance(t.__module__, str) and (type(t) is type or issubclass(type(t), type))

def walk(obj, depth=2):
    ok = ordinary(obj)
    for name in dir(obj):
        try:
            v = getattr(obj, name)
        except Exception:
            continue
        ok = ok and ordinary(v)
        if depth and not name.startswith("__"):
            ok = walk(v, depth - 1) and ok
    return ok

print("implementation name", sys.implementation.name)
for name in ("implementation", "flags", "float_info", "version_info", "hash_info", "int_info", "thread_info"):
    print("ok sys." + name, walk(getattr(sys, name)))
vi = sys.version_info
print("version_info tuple", isinstance(vi, tuple), len(vi))
try:
    sys.flags.optimize = 2
except AttributeError as e:
    print("flags readonly", type(e).__name__)
try:
    vi.major = 2
except AttributeError as e:
    print("version_info readonly", type(e).__name__)
try:
    type(sys.float_info)()
except TypeError as e:
    print("float_info new", type(e).__name__)
try:
    type(vi)((1, 2, 3, 4, 5))
    print("version_info ctor allowed")
except TypeError as e:
    print("version_info ctor", type(e).__name__)
try:
    type(sys.flags)(range(30))
    print("flags ctor allowed")
except TypeError as e:
    print("flags ctor", type(e).__name__)
sys.implementation.extra = 1
print("impl mutable", sys.implementation.extra == 1)
r = vi.__reduce__()
print("reduce ok", r[0] is type(vi) and tuple(r[1][0]) == tuple(vi))
