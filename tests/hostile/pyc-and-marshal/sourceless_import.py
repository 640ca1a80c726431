# category: pyc-and-marshal
# must: `import m` of a sourceless m.pyc loads good files and rejects corrupt ones with CPython's ImportError/EOFError/ValueError
# oracle: cpython
import importlib.util
import marshal
import os
import shutil
import sys
import tempfile

d = tempfile.mkdtemp()
sys.path.insert(0, d)
MAGIC = importlib.util.MAGIC_NUMBER
good = MAGIC + b"\0" * 12 + marshal.dumps(compile("X = 42", "m", "exec"))

def try_import(name, data):
    with open(os.path.join(d, name + ".pyc"), "wb") as f:
        f.write(data)
    importlib.invalidate_caches()
    try:
        m = __import__(name)
        print(name, "ok", getattr(m, "X", None))
    except Exception as e:
        print(name, type(e).__name__, str(e).replace(d, "<d>")[:80])

try_import("good", good)
try_import("badmagic", b"\0\0\0\0" + good[4:])
try_import("oldmagic", (3379).to_bytes(2, "little") + b"\r\n" + good[4:])
try_import("empty", b"")
try_import("hdr3", good[:3])
try_import("hdr15", good[:15])
try_import("trunc", good[:30])
try_import("flags", MAGIC + b"\x07\0\0\0" + good[8:])
try_import("notcode", MAGIC + b"\0" * 12 + marshal.dumps([1, 2]))
try_import("garbage", MAGIC + b"\0" * 12 + b"\xff\xfe\xfd")
try_import("trailing", good + b"junk")
shutil.rmtree(d)
