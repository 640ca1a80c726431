# category: bridge-objects
# must: io objects from open()/TextIOWrapper expose only ordinary guest objects (buffer, raw, newlines, encoding, errors)
# oracle: cpython
import io

def ordinary(x):
    t = type(x)
    try:
        repr(x)
    except Exception:
        return False
    return isinstance(t.__module__, str) and (type(t) is type or issubclass(type(t), type))

def walk(obj):
    bad = []
    for n in dir(obj):
        try:
            v = getattr(obj, n)
        except Exception:
            continue
        if not ordinary(v):
            bad.append(n)
    return bad

with open(__file__) as f:
    print("text", type(f).__name__, walk(f))
    print("buffer", type(f.buffer).__name__, walk(f.buffer))
    print("raw", type(f.buffer.raw).__name__, walk(f.buffer.raw))
    print("encoding", f.encoding, f.errors, f.newlines, f.line_buffering)
    f.read()
    print("newlines after read", f.newlines)
    print("name is str", type(f.name) is str, type(f.buffer.raw.name) is str, f.buffer.raw.mode)
    print("fileno int", type(f.fileno()) is int)
print("closed", f.closed, f.buffer.closed, f.buffer.raw.closed)
try:
    f.read()
except ValueError:
    print("read closed ValueError")
raw = io.BytesIO(b"a\nb\r\nc\rd\r\n")
t = io.TextIOWrapper(raw, encoding="latin-1", errors="strict", newline=None)
print("lines", t.read().splitlines())
print("mixed newlines", t.newlines)
t2 = io.TextIOWrapper(io.BytesIO(b"x\r\ny\n"), encoding="utf-8", newline="")
print("newline='' lines", t2.readlines(), t2.newlines)
for kwargs in [{"encoding": "no-such-codec"}, {"errors": 5}, {"newline": "x"}, {"encoding": "utf-8", "errors": "bogus"}, {"encoding": 5}]:
    try:
        w = io.TextIOWrapper(io.BytesIO(b"\xff"), **kwargs)
        w.read()
        print("accepted", kwargs)
    except (LookupError, TypeError, ValueError, UnicodeDecodeError) as e:
        print(sorted(kwargs), type(e).__name__)
s = io.StringIO("a\r\nb\n")
print("stringio", s.readlines(), s.newlines, walk(s))
b = io.BytesIO(b"abc")
v = b.getbuffer()
print("getbuffer", type(v).__name__, bytes(v))
try:
    b.write(b"d")
except BufferError:
    print("BufferError while exported")
v.release()
b.write(b"d")
print("after release", b.getvalue())
try:
    t.detach().raw
except AttributeError:
    print("BytesIO has no raw")
try:
    t.read()
except ValueError:
    print("detached ValueError")
print("fileno BytesIO", end=" ")
try:
    io.BytesIO().fileno()
except io.UnsupportedOperation as e:
    print(type(e).__name__, isinstance(e, OSError), isinstance(e, ValueError))
