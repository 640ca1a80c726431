# codecs: the eight built-in error handlers and guest-registered ones through str.encode, bytes.decode, str(), bytes(), bytearray, _codecs functions and TextIOWrapper; bad handler results.
import codecs
import io


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = "aé€\U0001f600\udc80"
for errors in ("ignore", "replace", "xmlcharrefreplace", "backslashreplace", "namereplace",
               "surrogateescape"):
    for enc in ("ascii", "latin-1", "cp1252", "utf-8"):
        show(lambda: s.encode(enc, errors))
raw = b"a\xff\xfe\xed\xa0\x80b"
for errors in ("ignore", "replace", "backslashreplace", "surrogateescape", "surrogatepass"):
    for enc in ("ascii", "utf-8", "cp1252"):
        show(lambda: raw.decode(enc, errors))
show(lambda: "\ud800x".encode("utf-8", "surrogatepass"))
show(lambda: "\ud800x".encode("utf-16-le", "surrogatepass"))
show(lambda: b"\x00\xd8x\x00".decode("utf-16-le", "surrogatepass"))
show(lambda: b"a\x80\xff".decode("ascii", "surrogateescape").encode("ascii", "surrogateescape"))
for bad in (lambda: "é".encode("ascii"), lambda: b"\xff".decode("utf-8"),
            lambda: "\ud800".encode("utf-8"), lambda: b"\xe2\x82".decode("utf-8"),
            lambda: "ab\u20ac\u20acc".encode("latin-1")):
    try:
        bad()
    except UnicodeError as e:
        print(type(e).__name__, e, "|", e.encoding, e.start, e.end, e.reason, repr(e.object))
# handler functions called directly
show(lambda: codecs.lookup_error("replace")(UnicodeEncodeError("ascii", "a\u20acb", 1, 2, "x")))
show(lambda: codecs.lookup_error("replace")(UnicodeDecodeError("ascii", b"\xff\xfe", 0, 2, "x")))
show(lambda: codecs.lookup_error("replace")(UnicodeTranslateError("\xff", 0, 1, "x")))
show(lambda: codecs.lookup_error("ignore")(UnicodeDecodeError("ascii", b"\xff", 0, 1, "x")))
show(lambda: codecs.lookup_error("xmlcharrefreplace")(UnicodeEncodeError("a", "\u20ac", 0, 1, "x")))
show(lambda: codecs.lookup_error("xmlcharrefreplace")(UnicodeDecodeError("a", b"\xff", 0, 1, "x")))
show(lambda: codecs.lookup_error("backslashreplace")(UnicodeDecodeError("a", b"\xff", 0, 1, "x")))
show(lambda: codecs.lookup_error("namereplace")(UnicodeEncodeError("a", "a\u20ac", 1, 2, "x")))
show(lambda: codecs.lookup_error("surrogateescape")(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "x")))
show(lambda: codecs.lookup_error("surrogatepass")(UnicodeEncodeError("utf-8", "\ud800", 0, 1, "x")))
show(lambda: codecs.lookup_error("strict")(UnicodeEncodeError("ascii", "é", 0, 1, "bad")))
show(lambda: codecs.lookup_error("strict")(ValueError("not unicode")))
show(lambda: codecs.lookup_error("strict")(1))
show(lambda: codecs.lookup_error("ignore")(KeyError("k")))
show(lambda: codecs.lookup_error("replace")("x"))
print([codecs.lookup_error(n).__name__ for n in ("strict", "ignore", "replace", "xmlcharrefreplace",
                                                 "backslashreplace", "namereplace",
                                                 "surrogateescape", "surrogatepass")])
print(codecs.strict_errors is codecs.lookup_error("strict"), codecs.replace_errors.__module__,
      codecs.ignore_errors.__doc__)
show(lambda: codecs.lookup_error("no-such-handler"))
show(lambda: codecs.lookup_error(1))
show(lambda: codecs.register_error("x", 1))
show(lambda: codecs.register_error(1, print))
show(lambda: "é".encode("ascii", "no-such-handler"))
# guest handlers
seen = []


def hexer(exc):
    seen.append((type(exc).__name__, exc.encoding, exc.start, exc.end, exc.reason))
    if isinstance(exc, UnicodeEncodeError):
        return ("<%s>" % ",".join("%X" % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)
    return ("[%s]" % exc.object[exc.start:exc.end].hex(), exc.end)


codecs.register_error("test.hexer", hexer)
print(codecs.lookup_error("test.hexer") is hexer)
for enc in ("ascii", "latin-1", "cp1252", "cp437", "utf-8", "utf-16-le", "iso8859_7"):
    show(lambda: "aé€\ud800b".encode(enc, "test.hexer"))
for enc in ("ascii", "utf-8", "cp1252", "utf-16-le", "unicode_escape", "utf-7"):
    show(lambda: b"a\x81\xff\\x4".decode(enc, "test.hexer"))
print(seen[:4], len(seen))
show(lambda: str(b"a\xffb", "utf-8", "test.hexer"))
show(lambda: bytes("aé", "ascii", "test.hexer"))
show(lambda: bytearray("aé", "ascii", "test.hexer"))
show(lambda: bytearray(b"a\xff").decode(errors="test.hexer"))
show(lambda: codecs.ascii_encode("xé", "test.hexer"))
show(lambda: codecs.utf_8_decode(b"x\xff", "test.hexer", True))
show(lambda: codecs.charmap_encode("xé", "test.hexer", {ord("x"): 1}))
show(lambda: codecs.charmap_decode(b"\x00\x05", "test.hexer", "ab"))
buf = io.BytesIO()
w = io.TextIOWrapper(buf, encoding="ascii", errors="test.hexer")
w.write("aé€b")
w.flush()
print(buf.getvalue(), io.TextIOWrapper(io.BytesIO(b"a\xffb"), encoding="utf-8",
                                        errors="test.hexer").read())
codecs.register_error("test.bytes", lambda e: (b"\xff\xfe", e.end))
show(lambda: "aé".encode("ascii", "test.bytes"))
show(lambda: "aé".encode("utf-8", "test.bytes"))
show(lambda: b"a\xff".decode("ascii", "test.bytes"))
# handler results that CPython rejects (or accepts)
results = [("r1", 5), ("r2", ("x",)), ("r3", ("x", "y")), ("r4", (1, 2)), ("r5", ("x", 100)),
           ("r6", ("x", -1)), ("r7", ("x", -100)), ("r8", ["x", 1]), ("r9", (bytearray(b"x"), 1)),
           ("r10", ("x", 3)), ("r11", ("x", 2 ** 70)), ("r12", (None, 2))]
for name, res in results:
    codecs.register_error(name, lambda e, res=res: res)
    show(lambda: "aéb".encode("ascii", name))
    show(lambda: b"a\xffb".decode("ascii", name))
    show(lambda: b"a\xffb".decode("utf-8", name))


def raiser(e):
    raise KeyError("handler failed")


codecs.register_error("test.raiser", raiser)
show(lambda: "é".encode("ascii", "test.raiser"))
show(lambda: b"\xff".decode("utf-8", "test.raiser"))
codecs.register_error("test.reraise", lambda e: (_ for _ in ()).throw(e))
try:
    "xé".encode("ascii", "test.reraise")
except UnicodeEncodeError as e:
    print("reraised", e.start, e.end, e.reason)
# overriding a built-in name: lookup_error sees it, the codecs' own fast paths do not
codecs.register_error("replace", lambda e: ("R", e.end))
show(lambda: codecs.lookup_error("replace")(UnicodeEncodeError("ascii", "é", 0, 1, "x")))
show(lambda: "é".encode("ascii", "replace"))
show(lambda: codecs.ascii_encode("é", "replace"))
