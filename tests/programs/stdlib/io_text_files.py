# io: text files -- encodings, newline modes, f.newlines, tell/seek cookies, append and r+ modes, file errors.
import os
import tempfile
d = tempfile.mkdtemp(prefix="snakevm_io_")
p = os.path.join(d, "a.txt")
with open(p, "w", encoding="utf-8") as f:
    print(f.mode, f.encoding, f.errors, f.line_buffering, f.name == p, f.writable(), f.readable())
    print(f.write("héllo\nworld\r\nmixed\rend"), f.tell())
with open(p, "rb") as f:
    print(f.read())
with open(p, encoding="utf-8") as f:
    print(f.readlines(), f.newlines)
with open(p, encoding="utf-8", newline="") as f:
    print([line for line in f])
with open(p, encoding="utf-8", newline="\r") as f:
    print(f.readline(), f.readline())
with open(p, encoding="utf-8") as f:
    print(f.read(3), f.tell(), f.readline(), f.tell())
    pos = f.tell(); rest = f.read(); f.seek(pos); print(f.read() == rest, repr(rest))
    f.seek(0); print(repr(f.read(7)))
with open(p, "a", encoding="utf-8") as f:
    f.write("\nappended")
with open(p, "r+", encoding="utf-8") as f:
    f.seek(0, 2); print(f.tell()); f.write("!"); f.seek(0); print(repr(f.read()))
with open(p, "w", encoding="utf-16", newline="\r\n") as f:
    f.write("a\nb")
with open(p, "rb") as f:
    print(f.read())
with open(p, encoding="utf-16") as f:
    print(repr(f.read()))
with open(p, "wb") as f:
    f.write(b"\xff\xfeabc")
with open(p, encoding="utf-8", errors="replace") as f:
    print(repr(f.read()))
try:
    with open(p, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
f = open(p, "rb"); f.close()
for op in ("read", "readline"):
    try:
        getattr(f, op)()
    except ValueError as e:
        print(op, e)
print(f.closed)
os.remove(p); os.rmdir(d)
