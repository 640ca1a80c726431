# io: binary files -- buffered reader/writer/random, peek/read1/readinto, raw FileIO, seek/tell, modes and errors.
import os, io
import tempfile
d = tempfile.mkdtemp(prefix="snakevm_io_")
p = os.path.join(d, "b.bin")
with open(p, "wb") as f:
    print(type(f).__name__, f.mode, type(f.raw).__name__, f.raw.mode, f.write(b"0123456789\nabcdef\n"), f.tell())
with open(p, "rb") as f:
    print(f.peek(3)[:3], f.read1(4), f.readline(), f.tell(), f.seek(-3, 2), f.read(), f.read())
b = bytearray(5)
with open(p, "rb", buffering=0) as f:
    print(type(f).__name__, f.readinto(b), b, f.readall()[:5], f.seekable(), f.isatty())
with open(p, "r+b") as f:
    print(type(f).__name__, f.read(3)); f.write(b"XY"); f.seek(0); print(f.read(8))
with open(p, "ab") as f:
    print(f.tell(), f.write(memoryview(b"end")), f.raw.mode)
with open(p, "xb" if not os.path.exists(p) else "rb") as f:
    print(len(f.read()))
for bad in [dict(mode="rw"), dict(mode="rb", encoding="x"), dict(mode="r", buffering=0), dict(newline="x"), dict(mode="rtb")]:
    try:
        open(p, **bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    open(os.path.join(d, "missing"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror)
try:
    open(d)
except IsADirectoryError as e:
    print("IsADirectoryError", e.strerror)
try:
    open(p, "xb")
except FileExistsError as e:
    print("FileExistsError", e.strerror)
raw = io.FileIO(p); print(raw.mode, raw.closefd, raw.readable(), raw.writable(), raw.read(3)); raw.close(); print(raw.closed)
for bad in (lambda: io.FileIO(p, "rw"), lambda: io.FileIO(-1), lambda: io.FileIO(p, closefd=False), lambda: io.FileIO(1.5)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
os.remove(p); os.rmdir(d)
