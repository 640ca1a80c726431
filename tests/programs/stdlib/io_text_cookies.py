# io: the tell() cookie values themselves (CPython's packed start_pos/dec_flags/bytes_to_feed/chars_to_skip/need_eof), seek back to each, and reading text files with read/readline/iteration.
import io

samples = [("utf-8", "aé€\U0001f600b\r\nc\rd\n" * 2, None), ("utf-16", "xyz\nüvw\r\n", None),
           ("utf-8", "one\r\ntwo\rthree\n", ""), ("latin-1", "p\rq\r\nr", "\r"), ("utf-8-sig", "bom\nx", None)]
for encoding, text, newline in samples:
    data = text.encode(encoding)
    w = io.TextIOWrapper(io.BytesIO(data), encoding=encoding, newline=newline)
    w._CHUNK_SIZE = 5
    cookies = []
    chars = []
    while True:
        cookie = w.tell()
        ch = w.read(1)
        if not ch:
            break
        cookies.append(cookie)
        chars.append(ch)
    print(encoding, repr(newline), cookies)
    back = []
    for cookie, ch in zip(cookies, chars):
        w.seek(cookie)
        back.append(w.read(1) == ch)
    print("  seek back ok:", all(back), "newlines:", repr(w.newlines))
    w.seek(0)
    lines = []
    while True:
        pos = w.tell()
        line = w.readline()
        if not line:
            break
        lines.append((pos, line))
    print("  readline:", lines)
    w.seek(0)
    print("  iterate:", list(w), "tell after:", w.tell())
w = io.TextIOWrapper(io.BytesIO(b"abcdef"), encoding="ascii")
print(w.seek(2**64 + 3), repr(w.read()))
for bad in (-1, 2**200, "x", 1.5):
    try:
        print("seek", bad, w.seek(bad), repr(w.read(2)))
    except Exception as e:
        print("seek", type(e).__name__, e)
for args in ((1, 1), (1, 2), (0, 3)):
    try:
        w.seek(*args)
    except Exception as e:
        print("seek", args, type(e).__name__, e)
w = io.TextIOWrapper(io.BytesIO(b"l1\nl2\n"), encoding="ascii")
next(w)
try:
    w.tell()
except OSError as e:
    print("OSError", e)
print(list(w), w.tell())
