# codecs: error handlers -- the built-in ones and a guest-registered handler used by str.encode/bytes.decode.
import codecs
s = "aé€\U0001f600"
for errors in ("ignore", "replace", "xmlcharrefreplace", "backslashreplace", "namereplace"):
    print(errors, s.encode("ascii", errors))
print(b"a\xff\xfeb".decode("utf-8", "replace"), b"a\xffb".decode("ascii", "backslashreplace"), b"a\xffb".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"))
print("\ud800".encode("utf-8", "surrogatepass"), b"\xed\xa0\x80".decode("utf-8", "surrogatepass") == "\ud800")
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(e, e.start, e.end, e.reason, e.encoding, e.object)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e, e.start, e.end, e.object)
def handler(exc):
    return ("<%d:%d>" % (exc.start, exc.end), exc.end)
codecs.register_error("mine", handler)
print("aéb€".encode("ascii", "mine"), b"a\xffb".decode("utf-8", "mine"), str(b"a\xffb", "utf-8", "mine"), bytearray(b"x\xfe").decode("ascii", "mine"))
print(codecs.lookup_error("mine") is handler, codecs.lookup_error("strict").__name__, codecs.lookup_error("replace")(UnicodeEncodeError("ascii", "é", 0, 1, "bad")))
codecs.register_error("bad", lambda e: 5)
try:
    "é".encode("ascii", "bad")
except TypeError as e:
    print("TypeError", e)
try:
    "é".encode("ascii", "unknown-handler")
except LookupError as e:
    print("LookupError", e)
dec = codecs.getincrementaldecoder("utf-8")()
print(repr(dec.decode(b"\xe2\x82")), repr(dec.decode(b"\xac")), codecs.getincrementalencoder("utf-16")().encode("a"))
print(list(codecs.iterdecode([b"\xc3", b"\xa9"], "utf-8")), codecs.utf_16_ex_decode(b"\xff\xfea\x00"), codecs.escape_encode(b"a\n"), codecs.charmap_build("abc"))
