# category: bridge-objects
# must: newline translation on a mixed-line-ending file matches CPython
# oracle: cpython
import tempfile, os
fd, path = tempfile.mkstemp()
os.write(fd, b"a\r\nb\rc\nd\r\n\xc3\xa9\xff")
os.close(fd)
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(path, newline=nl, errors="replace") as f:
        data = f.read()
        print(repr(nl), repr(data), f.newlines)
with open(path, errors="surrogateescape") as f:
    print("lines", f.readlines())
with open(path, "rb") as f:
    print("bytes lines", f.readlines())
with open(path, errors="strict") as f:
    try:
        f.read()
    except UnicodeDecodeError as e:
        print("strict", e.reason, e.start, e.end)
with open(path, "r+", errors="replace") as f:
    print("truncate", f.truncate(3), f.read())
    for bad in [-1, "x", 2**70]:
        try:
            print("ok", f.truncate(bad))
        except Exception as e:
            print(repr(bad)[:6], type(e).__name__)
with open(path, encoding="latin-1") as f:
    print("tell type", type(f.tell()).__name__, f.read())
    try:
        f.seek(10**20)
        print("big seek ok")
    except Exception as e:
        print("big seek", type(e).__name__)
os.remove(path)
