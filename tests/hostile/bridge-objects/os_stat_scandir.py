# category: bridge-objects
# must: os.stat_result, os.scandir entries and os.terminal_size are ordinary guest objects
# oracle: cpython
import os, stat

def ordinary(x):
    t = type(x)
    try:
        repr(x)
    except Exception:
        return False
    return isinstance(t.__module__, str) and (type(t) is type or issubclass(type(t), type))

def walk(obj):
    bad = []
    for name in dir(obj):
        try:
            v = getattr(obj, name)
        except Exception:
            continue
        if not ordinary(v):
            bad.append(name)
    return bad

st = os.stat(__file__)
print("stat", type(st).__name__, walk(st), len(st), stat.S_ISREG(st.st_mode))
print("float times", type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__)
print("tuple", isinstance(st, tuple), st[stat.ST_SIZE] == st.st_size)
for args in [(), (range(10),), (range(9),), (range(20),), ((1,) * 10, {"st_atime": 5}), ((1,) * 10, 5), ("abcdefghij",)]:
    try:
        r = os.stat_result(*args)
        print("built", len(r), type(r.st_atime).__name__, type(r.st_mode).__name__)
    except TypeError as e:
        print("stat_result", len(args), type(e).__name__)
r = os.stat_result(range(10))
print("fields", r.st_mode, r.st_atime, r.st_mtime, r.st_ctime)
print("reduce", r.__reduce__()[0] is os.stat_result)
here = os.path.dirname(os.path.abspath(__file__))
with os.scandir(here) as it:
    print("iterator", type(it).__name__, walk(it))
    entries = sorted(it, key=lambda e: e.name)
mine = [e for e in entries if e.name == os.path.basename(__file__)][0]
print("entry", type(mine).__name__, walk(mine))
print("is_file", mine.is_file(), mine.is_dir(), mine.is_symlink(), type(mine.inode()).__name__)
print("entry stat same size", mine.stat().st_size == st.st_size)
print("fspath", os.fspath(mine) == mine.path)
try:
    type(mine)()
except TypeError:
    print("DirEntry() TypeError")
try:
    next(it)
except StopIteration:
    print("closed iterator stops")
try:
    os.stat_result.st_mode.__get__(5)
except TypeError:
    print("descriptor wrong receiver TypeError")
ts = os.terminal_size((80, 24))
print("terminal_size", ts.columns, ts.lines, walk(ts))
