# category: bridge-objects
# must: os.stat results and os.stat_result construction are guest objects
# oracle: cpython
import os, stat
st = os.stat(__file__)
print("type", type(st).__name__, len(st))
print("fields int", all(type(getattr(st, n)) is int for n in ["st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size"]))
print("float times", type(st.st_mtime) is float, type(st.st_mtime_ns) is int)
print("isreg", stat.S_ISREG(st.st_mode), st[6] == st.st_size)
for args in [(), (1,), tuple(range(10)), tuple(range(13)), tuple(range(20)), "abcdefghij", [0] * 10, 5, None]:
    try:
        r = os.stat_result(args)
        print("ok", len(r), r.st_mode, r.st_mtime)
    except Exception as e:
        print(type(e).__name__)
try:
    os.stat_result(tuple(range(10)), {"st_atime": 1.5})
    print("dict ok")
except Exception as e:
    print("dict", type(e).__name__)
try:
    st.st_size = 0
except Exception as e:
    print("setattr", type(e).__name__)
print("reduce", type(st.__reduce__()).__name__)
for bad in [5.5, None, b"", "", "\0", -1]:
    try:
        os.stat(bad)
        print("stat ok", repr(bad))
    except Exception as e:
        print("stat", repr(bad), type(e).__name__)
ok_t = all(isinstance(type(getattr(st, a)).__name__, str) for a in dir(st))
print("dir walk", ok_t, all(isinstance(repr(getattr(st, a)), str) for a in dir(st)))
