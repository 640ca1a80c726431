# open() on a temporary file: write/read text and bytes, modes, iteration, seek/tell, errors for missing files.
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "data.txt")
    with open(path, "w", encoding="utf-8") as f:
        print(f.write("line one\n"), f.write("línea dos\n"))
        print("third line", file=f)
    with open(path, encoding="utf-8") as f:
        print(f.read())
    with open(path, encoding="utf-8") as f:
        print([line.rstrip("\n") for line in f])
    with open(path, "rb") as f:
        raw = f.read()
        print(len(raw), raw[:8], f.tell())
        f.seek(5)
        print(f.read(3))
    with open(path, "a", encoding="utf-8") as f:
        f.write("appended\n")
    with open(path, encoding="utf-8") as f:
        print(f.readlines()[-1], end="")
        print(f.closed)
    print(f.closed)
    try:
        open(os.path.join(tmp, "missing.txt"))
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror, os.path.basename(e.filename))
    try:
        with open(path) as f:
            f.write("x")
    except OSError as e:
        print(type(e).__name__, e)
    bpath = os.path.join(tmp, "bin")
    with open(bpath, "wb") as f:
        f.write(bytes(range(5)))
    with open(bpath, "rb") as f:
        print(list(f.read()))
    print(sorted(os.listdir(tmp)))
