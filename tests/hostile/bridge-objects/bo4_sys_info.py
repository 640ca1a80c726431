# category: bridge-objects
# must: sys.implementation and sys.* structseqs are guest objects with guest fields
# expect-stdout: version tuple True
# expect-stdout: name str True
# expect-stdout: cache_tag True
# expect-stdout: hexversion int True
# expect-stdout: True True True
# expect-stdout: True True True
# expect-stdout: True True True
# expect-stdout: True True True
# expect-stdout: True True True
# expect-stdout: True True True
# expect-stdout: True True True
# expect-stdout: set optimize AttributeError
# expect-stdout: set max AttributeError
# expect-stdout: set major AttributeError
# expect-stdout: set name
# expect-stdout: impl extra 1
# expect-stdout: version_info (3, 12) True
# expect-stdout: float_info dig 15 15
# expect-stdout: int_info True True
# expect-stdout: hash_info width 64 True
# expect-stdout: TypeError
# expect-stdout: TypeError
# expect-stdout: made float_info
import sys
impl = sys.implementation
print("version tuple", isinstance(impl.version, tuple))
print("name str", type(impl.name) is str)
print("cache_tag", impl.cache_tag is None or type(impl.cache_tag) is str)
print("hexversion int", type(impl.hexversion) is int)
for obj in [sys.flags, sys.float_info, sys.int_info, sys.hash_info, sys.version_info, sys.thread_info, impl]:
    ok_t = True
    ok_r = True
    for a in dir(obj):
        try:
            v = getattr(obj, a)
        except Exception:
            continue
        ok_t = ok_t and isinstance(type(v).__name__, str)
        try:
            repr(v)
        except Exception:
            ok_r = False
    print(type(obj).__name__ != "", ok_t, ok_r)
for o, attr in [(sys.flags, "optimize"), (sys.float_info, "max"), (sys.version_info, "major"), (impl, "name")]:
    try:
        setattr(o, attr, 1)
        print("set", attr)
    except Exception as e:
        print("set", attr, type(e).__name__)
try:
    impl.extra = 1
    print("impl extra", impl.extra)
    del impl.extra
except Exception as e:
    print("impl extra", type(e).__name__)
print("version_info", sys.version_info[:2], sys.version_info >= (3, 12))
print("float_info dig", sys.float_info.dig, sys.float_info[6])
print("int_info", sys.int_info.bits_per_digit in (15, 30), len(sys.int_info) >= 2)
print("hash_info width", sys.hash_info.width, sys.hash_info.modulus == 2**61 - 1)
for bad in [lambda: type(sys.flags)(), lambda: type(sys.version_info)((1,)), lambda: type(sys.float_info)([1]*11)]:
    try:
        r = bad()
        print("made", type(r).__name__)
    except Exception as e:
        print(type(e).__name__)
