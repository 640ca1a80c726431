# category: bridge-objects
# must: posix.times() and time.struct_time results are ordinary guest structseqs and reject odd constructions
# oracle: cpython
import posix, time

def ordinary(x):
    t = type(x)
    try:
        repr(x)
    except Exception:
        return False
    return isinstance(t.__module__, str) and (type(t) is type or issubclass(type(t), type))

def walk(obj):
    return [n for n in dir(obj) if not ordinary(getattr(obj, n, None))]

t = posix.times()
print("times", type(t).__name__, type(t).__module__, len(t), walk(t))
print("fields float", all(type(v) is float for v in t))
print("named", t.user == t[0], t.elapsed == t[4])
lt = time.localtime(0)
print("struct_time", type(lt).__name__, type(lt).__module__, len(lt), walk(lt))
print("zone", type(lt.tm_zone).__name__, type(lt.tm_gmtoff).__name__)
g = time.gmtime(86400 * 365)
print("gmtime", tuple(g), g.tm_zone, g.tm_gmtoff)
for args in [((1,) * 9,), ((1,) * 8,), ((1,) * 11,), ((1,) * 12,), ("abcdefghi",), ([0] * 9, None), (5,)]:
    try:
        s = time.struct_time(*args)
        print("built", len(s), s.tm_zone, s.tm_gmtoff)
    except TypeError as e:
        print("struct_time", type(e).__name__)
odd = time.struct_time(("a", "b", "c", "d", "e", "f", "g", "h", "i"))
for fn in (time.mktime, time.asctime, lambda s: time.strftime("%Y", s)):
    try:
        fn(odd)
        print("accepted odd")
    except TypeError as e:
        print("odd", type(e).__name__)
for v in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 25, 0, 0, 0, 1, 0), (2020, 1, 1, 0, 0, 61, 0, 1, 0), (10**20, 1, 1, 0, 0, 0, 0, 1, 0)]:
    try:
        print("strftime", time.strftime("%Y-%m-%d %H:%M:%S", v))
    except (ValueError, OverflowError) as e:
        print("strftime", type(e).__name__)
print("reduce", type(lt.__reduce__()[1][0]).__name__)
try:
    lt.tm_year = 5
except AttributeError:
    print("readonly")
print("slice", lt[:2], lt[-1] == lt.tm_isdst)
