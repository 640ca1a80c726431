# category: bridge-objects
# must: os.scandir DirEntry methods reject bad arguments like CPython
# oracle: cpython
import os, tempfile
d = tempfile.mkdtemp()
open(os.path.join(d, "f.txt"), "w").close()
os.mkdir(os.path.join(d, "sub"))
with os.scandir(d) as it:
    entries = sorted(it, key=lambda e: e.name)
print("names", [e.name for e in entries])
for e in entries:
    print(e.name, e.is_dir(), e.is_file(), e.is_symlink(), type(e.inode()).__name__)
    for call in [lambda: e.is_dir(bogus=1), lambda: e.is_file(1), lambda: e.stat(follow_symlinks=None),
                 lambda: e.is_dir(follow_symlinks=0), lambda: e.inode(1), lambda: e.is_junction()]:
        try:
            r = call()
            print("  ok", type(r).__name__, r if type(r) is bool else "")
        except Exception as ex:
            print("  ", type(ex).__name__)
    print("fspath", os.fspath(e) == e.path, type(e.stat()).__name__)
try:
    type(entries[0])()
except Exception as ex:
    print("construct", type(ex).__name__)
it = os.scandir(d)
it.close()
it.close()
try:
    print("after close", list(it))
except Exception as ex:
    print("after close", type(ex).__name__)
for bad in [5.5, None, b"\0", "\0", -1]:
    try:
        with os.scandir(bad) as s:
            print("scandir", repr(bad), type(s).__name__)
    except Exception as ex:
        print("scandir", repr(bad), type(ex).__name__)
e = entries[0]
print("dir walk", all(isinstance(type(getattr(e, a)).__name__, str) for a in dir(e)))
os.remove(os.path.join(d, "f.txt")); os.rmdir(os.path.join(d, "sub")); os.rmdir(d)
