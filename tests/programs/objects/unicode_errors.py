# UnicodeDecodeError/UnicodeEncodeError raised by codecs: fields (encoding, object, start, end, reason) and str().
samples = [(b"\xff\xfe", "utf-8"), (b"abc\x80", "ascii"), (b"\xc3", "utf-8"), (b"\xe2\x82", "utf-8"),
           (b"\xed\xa0\x80", "utf-8"), (b"\x00", "utf-16"), (b"ok\xc3\x28", "utf-8")]
for data, enc in samples:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(type(e).__name__, "|", e.encoding, e.object, e.start, e.end, e.reason, "|", e)
for text, enc in [("héllo", "ascii"), ("€", "latin-1"), ("\ud800", "utf-8"), ("日本", "ascii")]:
    try:
        text.encode(enc)
    except UnicodeEncodeError as e:
        print(type(e).__name__, "|", e.encoding, repr(e.object), e.start, e.end, e.reason, "|", e)
print(issubclass(UnicodeDecodeError, UnicodeError), issubclass(UnicodeError, ValueError))
d = UnicodeDecodeError("utf-8", b"\xffabc", 0, 1, "invalid start byte")
print(str(d), d.args)
multi = UnicodeDecodeError("utf-8", b"\xff\xfeabc", 0, 2, "bad range")
print(str(multi))
try:
    UnicodeDecodeError("utf-8")
except TypeError as e:
    print(type(e).__name__, e)
print(b"\xff".decode("latin-1"), b"caf\xc3\xa9".decode(), b"\xe9t\xe9".decode("utf-8", "replace"))
print("x\udcffy".encode("utf-8", "surrogateescape"), b"x\xffy".decode("utf-8", "surrogateescape") == "x\udcffy")
print(repr("\udcff"), ascii("\udcff"), len(b"\xf0\x9f\x98\x80".decode()))
try:
    "abc".encode("utf-8", "strict").decode("ascii", "no-such-handler")
    print("handler only looked up on error")
    b"\xff".decode("ascii", "no-such-handler")
except LookupError as e:
    print(type(e).__name__, e)
