"""The shortest reproducers from the robustness issue: each gives CPython's guest
result or exception (no internal error, no host object)."""
import os
import sys
import tempfile

print(type(sys.implementation.version).__name__, sys.implementation.version[:2] >= (3, 12))
m = b'ab'.__buffer__(0)
print(type(m).__name__, m.readonly, bytes(m))

directory = tempfile.mkdtemp()
path = os.path.join(directory, "mixed.txt")
with open(path, "wb") as f:
    f.write(b"a\nb\r\nc\rd")
with open(path) as f:
    f.read()
    print("newlines", f.newlines, type(f.newlines).__name__)


def attempt(label, fn):
    try:
        result = fn()
        print(label, "->", repr(result)[:40])
    except Exception as e:
        print(label, "->", type(e).__name__, e)


attempt("open mode x", lambda: open(__file__, "r", "x"))
attempt("encoding 5", lambda: open(path, encoding=5))
attempt("newline list", lambda: open(path, newline=[1]))
with open(path, "r+") as f:
    attempt("truncate []", lambda: f.truncate([]))
    attempt("readlines []", lambda: f.readlines([]))
attempt("fstat str", lambda: os.fstat("x"))
with os.scandir(directory) as it:
    entry = next(it)
    attempt("is_dir bogus", lambda: entry.is_dir(bogus=1))
attempt("exec builtins 5", lambda: exec("len", {"__builtins__": 5}))
attempt("compile filename", lambda: compile("1", object(), "exec"))
attempt("compile bad utf8", lambda: compile(b'x="\xff"', "f", "exec"))


def outer():
    y = 1

    def g():
        return y
    return g


attempt("eval closure code", lambda: eval(outer().__code__))
attempt("replace list co_code", lambda: (lambda: 0).__code__.replace(co_code=[151, 0]))
attempt("huge list", lambda: [0] * 10**20)
b = bytearray(8)
view = memoryview(b)
attempt("resize exported", lambda: b.extend(b"y"))
view.release()
b.extend(b"y")
print("after release", len(b))


def f():
    x = 1

    class C:
        y = [x for _ in range(1)]
    return C.y


print("class body comprehension", f())
os.remove(path)
os.rmdir(directory)
