# category: pyc-and-marshal
# must: marshal string/float/complex payloads with odd text (invalid UTF-8, surrogates, non-ASCII in ASCII types, odd float spellings) load or fail like CPython
# oracle: cpython
import marshal
import struct

def attempt(label, data):
    try:
        value = marshal.loads(data)
        print(label, "loaded", type(value).__name__, ascii(value)[:40])
    except (EOFError, ValueError, TypeError, UnicodeDecodeError) as e:
        print(label, type(e).__name__)

def u(tag, payload):
    return tag + struct.pack("<I", len(payload)) + payload

attempt("utf8 invalid", u(b"u", b"\xff\xfe"))
attempt("utf8 surrogate", u(b"u", b"\xed\xa0\x80"))
attempt("utf8 overlong", u(b"u", b"\xc0\x80"))
attempt("utf8 truncated seq", u(b"u", b"\xe2\x82"))
attempt("ascii with high byte", u(b"a", b"\xe9t\xe9"))
attempt("short ascii high byte", b"z\x02\xe9\xe9")
attempt("interned high byte", u(b"t", b"\xff"))
attempt("short interned", b"Z\x03abc")
for text in (b"nan", b"-inf", b"1e400", b" 1", b"0x1p3", b"1_0", b"", b"1.5junk", b"INFINITY"):
    attempt("float " + text.decode(), b"f" + bytes([len(text)]) + text)
attempt("complex text", b"x\x031.5\x03nan")
attempt("complex text bad", b"x\x03abc\x011")
attempt("binary complex", b"y" + struct.pack("<dd", 1.5, -2.0))
attempt("binary float nan", b"g" + struct.pack("<d", float("nan")))
attempt("long negative size", b"l\xfe\xff\xff\xff\x01\x00\x02\x00")
attempt("long digit 2**15", b"l\x01\x00\x00\x00\x00\x80")
attempt("bytes with nulls", u(b"s", b"\0\0\0"))
for s in ("", "\x00", "\udcff", "\U0010ffff" * 2, "a" * 70000):
    data = marshal.dumps(s)
    print("roundtrip", len(s), marshal.loads(data) == s)
