# category: bridge-objects
# must: time.struct_time construction with odd sequences behaves like CPython
# oracle: cpython
import time
for seq in [(), (1,) * 8, (1,) * 9, (1,) * 11, (1,) * 12, list(range(9)), "abcdefghi", range(9),
            (1.5,) * 9, (None,) * 9, 5, None, {"a": 1}, iter(range(9))]:
    try:
        st = time.struct_time(seq)
        print("ok", len(st), st.tm_year, st.tm_zone)
    except Exception as e:
        print(type(e).__name__)
try:
    time.struct_time((1,) * 9, {"tm_zone": "X"})
    print("dict ok")
except Exception as e:
    print("dict", type(e).__name__)
g = time.gmtime(0)
print("gmtime", tuple(g), g.tm_zone, g.tm_gmtoff)
for bad in [(2020,) * 9, (2020, 13, 1, 0, 0, 0, 0, 1, 0), ("x",) * 9, (10**30,) * 9, (2020, 1, 1, 0, 0, 0, 0, 1, -1)]:
    for fn in [time.mktime, time.asctime, lambda t: time.strftime("%Y", t)]:
        try:
            r = fn(bad)
            print("ok", type(r).__name__)
        except Exception as e:
            print(type(e).__name__)
try:
    time.strftime("%Y", (2020, 1, 1))
except Exception as e:
    print("short", type(e).__name__)
print("dir walk", all(isinstance(type(getattr(g, a)).__name__, str) for a in dir(g)))
print("repr ok", repr(time.struct_time((2000, 1, 1, 0, 0, 0, 0, 1, 0))))
