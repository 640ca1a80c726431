# codecs: lookup, many encodings, text vs binary codecs, a guest-registered codec and its search function.
import codecs
print(codecs.lookup("UTF-8").name, codecs.lookup("latin1").name, codecs.lookup("U8").name, codecs.lookup("cp-1252").name)
for enc in ("utf-8", "utf-16", "utf-16-le", "utf-32", "utf-8-sig", "latin-1", "cp1252", "cp437", "koi8-r", "mac-roman", "ascii", "utf-7", "shift_jis", "big5", "euc-kr", "gb2312"):
    try:
        data = "héllo wörld ñ".encode(enc)
        print(enc, data[:12], data.decode(enc))
    except UnicodeEncodeError as e:
        print(enc, "UnicodeEncodeError", e.reason)
print(codecs.encode("abc", "rot13"), codecs.decode(b"616263", "hex"), codecs.encode(b"x", "base64"), codecs.decode(codecs.encode(b"zz", "zlib"), "zlib"))
print("Ab".encode("idna"), "bücher".encode("punycode"), "a\tb\u20ac".encode("unicode_escape"), codecs.decode(b"\\u20ac", "unicode_escape"), "é".encode("raw_unicode_escape"))
for bad in (lambda: "x".encode("nope"), lambda: "x".encode("rot13"), lambda: b"x".decode("hex"), lambda: codecs.lookup(5)):
    try:
        bad()
    except (LookupError, TypeError) as e:
        print(type(e).__name__, e)
def search(name):
    if name == "upper":
        return codecs.CodecInfo(lambda s, e="strict": (s.upper().encode(), len(s)),
                                lambda b, e="strict": (bytes(b).decode().lower(), len(b)), name="upper")
codecs.register(search)
print("hello".encode("upper"), b"HELLO".decode("upper"), codecs.lookup("upper").name, str(b"HI", "upper"))
codecs.unregister(search)
try:
    codecs.lookup("upper")
except LookupError as e:
    print("LookupError", e)
