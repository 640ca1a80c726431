# io: TextIOWrapper tell()/seek() cookies across multi-byte characters, stateful decoders and universal newlines.
import io
for encoding, text in (("utf-8", "aé€\U0001f600b\r\nc\rd\n" * 3), ("utf-16", "xyz\nüvw\n"), ("utf-8-sig", "bom\nfirst\n"), ("latin-1", "plain\r\n")):
    raw = text.encode(encoding)
    t = io.TextIOWrapper(io.BytesIO(raw), encoding=encoding)
    marks = []
    while True:
        pos = t.tell()
        ch = t.read(1)
        if not ch:
            break
        marks.append((pos, ch))
    ok = True
    for pos, ch in marks:
        t.seek(pos)
        ok = ok and t.read(1) == ch
    print(encoding, len(marks), ok, repr(t.read()))
    t.seek(0); first = t.readline(); after = t.tell(); second = t.readline(); t.seek(after)
    print(repr(first), t.readline() == second)
t = io.TextIOWrapper(io.BytesIO(b"a\nb"), encoding="ascii"); next(t)
try:
    t.tell()
except OSError as e:
    print("OSError", e)
for args in ((1, 1), (1, 2), (0, 3), (-1,)):
    try:
        t.seek(*args)
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)
