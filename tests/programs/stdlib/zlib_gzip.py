# gzip over zlib and _io: GzipFile on BytesIO and real files, text mode, multiple members, seek/readline, truncated and corrupt data
import gzip
import io
import os
import shutil
import tempfile
import zlib


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)


payload = b"".join(b"line %d: %s\n" % (i, b"x" * (i % 17)) for i in range(300))

buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="") as f:
    print(f.write(payload[:1000]), f.write(memoryview(payload[1000:])), f.writable(), f.readable())
raw = buf.getvalue()
print(len(raw), raw[:10], zlib.crc32(payload) == int.from_bytes(raw[-8:-4], "little"))
print(gzip.decompress(raw) == payload)

with gzip.GzipFile(fileobj=io.BytesIO(raw)) as f:
    print(f.read(5), f.readline(), f.tell(), f.seek(0), len(f.read()), f.seekable())
    print(f.seek(100), f.read(10), f.peek(1)[:1])
    f.seek(0)
    print(sum(1 for _ in f), f.readable(), f.mode == gzip.READ)
with gzip.GzipFile(fileobj=io.BytesIO(raw)) as f:
    chunk = bytearray(50)
    print(f.readinto(chunk), bytes(chunk[:10]), f.read1(20)[:5])

print(gzip.compress(b"abc", mtime=0))
print(gzip.compress(b"abc", compresslevel=1, mtime=0))
print(gzip.decompress(gzip.compress(b"a", mtime=0) + gzip.compress(b"b", mtime=0)))
show("truncated", lambda: gzip.decompress(raw[:-3]))
show("bad magic", lambda: gzip.decompress(b"not gzip data"))
show("short header", lambda: gzip.decompress(b"\x1f\x8bbad"))
show("bad crc", lambda: gzip.decompress(raw[:-8] + b"\0\0\0\0" + raw[-4:]))
show("trailing zeros", lambda: gzip.decompress(gzip.compress(b"z", mtime=0) + b"\0\0\0"))
show("bad mode", lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode="z"))
show("bad level", lambda: gzip.compress(b"x", compresslevel=10))

folder = tempfile.mkdtemp()
try:
    path = os.path.join(folder, "t.gz")
    with gzip.open(path, "wt", encoding="utf-8", newline="\n") as f:
        f.write("caf\u00e9\nsecond line\n")
    with gzip.open(path, "rt", encoding="utf-8") as f:
        print(f.readlines())
    with gzip.open(path, "rb") as f:
        print(f.name == path, f.read())
    with gzip.open(path, "ab") as f:
        f.write(b"appended member\n")
    with gzip.open(path) as f:
        print(f.read().splitlines())
    with open(path, "rb") as f:
        print(f.read(4))
    with gzip.GzipFile(path, "wb", compresslevel=9, mtime=12345) as f:
        f.write(payload)
    with open(path, "rb") as f:
        header = f.read(10)
    print(header[4:8], int.from_bytes(header[4:8], "little"), header[8])
    with gzip.open(path, "rb") as f, io.BytesIO() as out:
        shutil.copyfileobj(f, out)
        print(out.getvalue() == payload)
    try:
        gzip.open(os.path.join(folder, "missing.gz"))
    except OSError as e:
        print("open missing", type(e).__name__, e.errno, os.path.basename(e.filename))
    show("text mode with binary kw", lambda: gzip.open(path, "rb", encoding="utf-8"))
finally:
    shutil.rmtree(folder)
