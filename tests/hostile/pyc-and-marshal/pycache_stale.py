# category: pyc-and-marshal
# must: a corrupt, stale or foreign __pycache__ .pyc next to its source never wins over the source: import runs the source like CPython
# oracle: cpython
import importlib
import importlib.util
import marshal
import os
import shutil
import sys
import tempfile

d = tempfile.mkdtemp()
sys.path.insert(0, d)
cache = os.path.join(d, "__pycache__")
os.mkdir(cache)
MAGIC = importlib.util.MAGIC_NUMBER
evil = marshal.dumps(compile("X = 'from the pyc'", "evil", "exec"))

def trial(name, pyc_bytes):
    with open(os.path.join(d, name + ".py"), "w") as f:
        f.write("X = 'from source'\n")
    with open(os.path.join(cache, name + "." + sys.implementation.cache_tag + ".pyc"), "wb") as f:
        f.write(pyc_bytes)
    importlib.invalidate_caches()
    try:
        m = importlib.import_module(name)
        print(name, m.X)
    except Exception as e:
        print(name, type(e).__name__, str(e).replace(d, "<d>")[:70])

trial("badmagic", b"junk" + b"\0" * 12 + evil)
trial("empty", b"")
trial("short", MAGIC[:2])
trial("stale", MAGIC + b"\0" * 4 + b"\0\0\0\0" + b"\x05\0\0\0" + evil)
trial("truncated", MAGIC + b"\0" * 12)
trial("garbage", MAGIC + b"\0" * 12 + b"\xff\xff")
trial("badflags", MAGIC + b"\x09\0\0\0" + b"\0" * 8 + evil)
trial("unchecked hash", MAGIC + b"\x01\0\0\0" + b"\0" * 8 + evil)
shutil.rmtree(d)
