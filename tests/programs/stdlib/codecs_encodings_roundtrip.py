# codecs: many encodings round trip -- utf-8/16/32 with and without BOMs, cp1252, latin-1, idna, punycode, unicode_escape, raw_unicode_escape, utf-7, escape codecs.
import codecs


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


text = "Grüße, €uro ✓ \U0001f600"
for enc in ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le",
            "utf-32-be", "utf-7", "unicode_escape", "raw_unicode_escape", "punycode"):
    data = text.encode(enc)
    print(enc, data, data.decode(enc) == text, codecs.decode(data, enc) == text,
          codecs.lookup(enc).name)
# BOMs: detection and the byte-order-specific forms
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE,
      codecs.BOM_UTF32_BE)
print(repr(b"\xfe\xff\x00a\x00b".decode("utf-16")), repr(b"\xff\xfea\x00b\x00".decode("utf-16")),
      repr(b"a\x00".decode("utf-16")), repr(b"\xff\xfe\x00\x00a\x00\x00\x00".decode("utf-32")),
      repr(b"\x00\x00\xfe\xff\x00\x00\x00a".decode("utf-32")))
print(repr(b"\xef\xbb\xbfabc".decode("utf-8-sig")), repr(b"abc".decode("utf-8-sig")),
      repr(b"\xef\xbb\xbfabc".decode("utf-8")), "x".encode("utf-8-sig"))
print(codecs.utf_16_ex_decode(b"\xfe\xff\x00a\x00", "strict", 0, False),
      codecs.utf_16_ex_decode(b"a\x00b\x00", "strict", -1, True),
      codecs.utf_16_ex_decode(b"\x00a", "strict", 1, True))
print(codecs.utf_32_ex_decode(b"\x00\x00\xfe\xff\x00\x00\x00a", "strict", 0, True),
      codecs.utf_32_ex_decode(b"a\x00\x00\x00", "strict", -1, True))
print(codecs.utf_16_encode("a", "strict", -1), codecs.utf_16_encode("a", "strict", 1),
      codecs.utf_16_encode("a"), codecs.utf_32_encode("a", None, 1))
# single-byte code pages
for enc in ("latin-1", "iso8859-15", "cp1252", "cp437", "cp850", "koi8-r", "mac-roman", "cp037",
            "cp1251", "iso8859_7", "ascii"):
    sample = "café à 1€" if enc not in ("koi8-r", "cp1251") else "привет"
    try:
        data = sample.encode(enc)
        print(enc, data, data.decode(enc))
    except UnicodeEncodeError as e:
        print(enc, "UnicodeEncodeError", e.start, e.end, e.reason)
print(bytes(range(128, 160)).decode("cp1252", "replace"))
print(bytes(range(250, 256)).decode("latin-1"), "ÿ".encode("latin_1"), "\x80".encode("iso-8859-1"))
# idna / punycode
for host in ("bücher.example", "München.DE", "xn--bcher-kva.example", "example.com.", "ドメイン.テスト"):
    print(host.encode("idna"), host.encode("idna").decode("idna"))
show(lambda: "a..b".encode("idna"))
show(lambda: ("x" * 64 + ".com").encode("idna"))
print("bücher".encode("punycode"), b"bcher-kva".decode("punycode"), "abc".encode("punycode"),
      "ü".encode("punycode"))
show(lambda: b"bcher-k!a".decode("punycode"))
# escape codecs
print("a\tb\n\\\x7f\xe9\u20ac\U0001f600".encode("unicode_escape"))
print(repr(b"\\t\\x41\\u20ac\\U0001f600\\N{BLACK STAR}\\101".decode("unicode_escape")))
print("a\\b\xe9\u20ac\U0001f600".encode("raw_unicode_escape"))
print(repr(b"\\u20ac\\n\\U0001f600\xe9".decode("raw_unicode_escape")))
show(lambda: b"\\N{NO SUCH NAME}".decode("unicode_escape"))
show(lambda: b"\\u12".decode("unicode_escape"))
show(lambda: b"\\U00110000".decode("raw_unicode_escape"))
print(codecs.escape_encode(b"a\n\x00'\"\\\xff"), codecs.escape_decode(b"a\\n\\x41\\'\\\n"),
      codecs.escape_decode("\\x41"))
show(lambda: codecs.escape_decode(b"\\x4"))
print(codecs.unicode_escape_decode(b"\\x41\\", "strict", False),
      codecs.raw_unicode_escape_decode(b"\\u00e", "strict", False))
# utf-7
print("Hi Mom -☺-!".encode("utf-7"), b"Hi Mom -+Jjo--!".decode("utf-7"), "a+b".encode("utf-7"),
      codecs.utf_7_decode(b"a+2D3", "strict", False))
show(lambda: b"+\xff".decode("utf-7"))
# ascii / latin-1 / utf-8 functions directly
print(codecs.ascii_encode("abc"), codecs.ascii_decode(b"abc"), codecs.latin_1_encode("\xe9"),
      codecs.latin_1_decode(b"\xe9"), codecs.utf_8_encode("\xe9"), codecs.utf_8_decode(b"\xc3\xa9"),
      codecs.utf_8_decode(b"\xc3", "strict", False), codecs.readbuffer_encode("é"),
      codecs.readbuffer_encode(bytearray(b"xy")))
print(codecs.utf_16_le_decode(b"a\x00b", "strict", False), codecs.utf_16_be_encode("a"),
      codecs.utf_32_le_decode(b"a\x00\x00\x00"), codecs.utf_32_be_encode("a"))
print(codecs.utf_8_decode(memoryview(b"abc")), codecs.latin_1_decode(bytearray(b"\xff")))
