# category: pyc-and-marshal
# must: corrupt .pyc files run through runpy.run_path, SourcelessFileLoader and spec_from_file_location fail with CPython's exceptions
# oracle: cpython
import importlib.machinery
import importlib.util
import marshal
import os
import runpy
import shutil
import tempfile

d = tempfile.mkdtemp()
MAGIC = importlib.util.MAGIC_NUMBER
code = marshal.dumps(compile("X = 42", "m", "exec"))
good = MAGIC + b"\0" * 12 + code
variants = [
    ("good", good), ("bad magic", b"abcd" + good[4:]), ("magic without CRLF", MAGIC[:2] + b"\0\0" + good[4:]),
    ("empty", b""), ("3 bytes", good[:3]), ("8 bytes", good[:8]), ("15 bytes", good[:15]),
    ("header only", good[:16]), ("half the code", good[:16 + len(code) // 2]),
    ("flags 7", MAGIC + b"\x07\0\0\0" + good[8:]), ("hash-based unchecked", MAGIC + b"\x01\0\0\0" + b"\0" * 8 + code),
    ("hash-based checked", MAGIC + b"\x03\0\0\0" + b"\0" * 8 + code), ("non-code", MAGIC + b"\0" * 12 + marshal.dumps(5)),
    ("unknown type code", MAGIC + b"\0" * 12 + b"\x01"), ("null type", MAGIC + b"\0" * 12 + b"0"),
]
for label, data in variants:
    path = os.path.join(d, "m.pyc")
    with open(path, "wb") as f:
        f.write(data)
    results = []
    for route in ("run_path", "loader", "spec"):
        try:
            if route == "run_path":
                x = runpy.run_path(path)["X"]
            elif route == "loader":
                x = importlib.machinery.SourcelessFileLoader("m", path).load_module().X
            else:
                spec = importlib.util.spec_from_file_location("m", path)
                mod = importlib.util.module_from_spec(spec)
                spec.loader.exec_module(mod)
                x = mod.X
            results.append("ok %d" % x)
        except Exception as e:
            results.append(type(e).__name__)
    print(label, *results)
shutil.rmtree(d)
