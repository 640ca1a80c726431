# _codecs: the module's function set, signatures, argument errors, charmap functions with strings, EncodingMap and guest mappings, escape/readbuffer functions.
import _codecs
import codecs


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


names = sorted(n for n in dir(_codecs) if not n.startswith("__"))
print(names)
for name in names:
    f = getattr(_codecs, name)
    print(name, type(f).__name__, f.__module__, f.__text_signature__,
          (f.__doc__ or "").splitlines()[:1])
print(_codecs.__doc__, _codecs.__name__)
for name in ("register", "lookup", "lookup_error", "register_error", "charmap_build", "encode",
             "utf_8_encode", "escape_decode", "readbuffer_encode", "utf_16_ex_decode"):
    f = getattr(_codecs, name)
    for args in ((), (1, 2, 3, 4, 5)):
        show(lambda: f(*args))
    if name != "encode":
        show(lambda: f(x=1))
for args in ((1,), ("a", 1), (1, "a")):
    for name in ("register_error", "charmap_build", "lookup_error", "encode", "decode",
                 "utf_8_encode", "utf_16_encode", "escape_decode", "charmap_decode",
                 "readbuffer_encode", "utf_16_ex_decode", "unicode_escape_decode", "utf_8_decode",
                 "latin_1_encode"):
        show(lambda: getattr(_codecs, name)(*args))
show(lambda: _codecs.utf_8_decode(b"ab\xc3", "strict", False))
show(lambda: _codecs.utf_8_decode(b"ab\xc3", "strict", True))
show(lambda: _codecs.utf_8_decode(bytearray(b"ab"), None))
show(lambda: _codecs.utf_8_decode(memoryview(b"xab")[1:]))
show(lambda: _codecs.utf_8_encode("a\udc80b", "surrogateescape"))
show(lambda: _codecs.utf_8_encode("a\udc80b", "no-such-handler"))
show(lambda: _codecs.utf_8_encode(b"ab"))
show(lambda: _codecs.utf_8_decode("ab"))
show(lambda: _codecs.utf_7_encode("a+\u20ac"))
show(lambda: _codecs.escape_decode(b"\\x41\\n"))
show(lambda: _codecs.escape_decode("\\x41\\n"))
show(lambda: _codecs.escape_decode(b"\\x4"))
show(lambda: _codecs.escape_encode("a"))
show(lambda: _codecs.unicode_escape_decode(b"\\N{DIGIT ONE}\\u0041"))
show(lambda: _codecs.raw_unicode_escape_encode("\u20ac\n"))
show(lambda: _codecs.readbuffer_encode(b"abc"))
show(lambda: _codecs.latin_1_encode("\u0100"))
show(lambda: _codecs.ascii_decode(b"\x80"))
show(lambda: _codecs.encode("a", encoding="utf-16-be", errors="strict"))
show(lambda: _codecs.decode(obj=b"\x00a", encoding="utf-16-be"))
show(lambda: _codecs.encode())
show(lambda: _codecs.encode("a", "utf-8", "strict", 3))
show(lambda: _codecs._forget_codec)
# charmap functions
show(lambda: _codecs.charmap_decode(b"\x00\x01", "strict", "ab\u20ac"))
show(lambda: _codecs.charmap_decode(b"\x00\x03", "strict", "ab\u20ac"))
show(lambda: _codecs.charmap_decode(b"\x00\x03", "replace", "ab\ufffe"))
show(lambda: _codecs.charmap_decode(b"\x41"))
show(lambda: _codecs.charmap_encode("A"))
show(lambda: _codecs.charmap_encode("\u0100"))
show(lambda: _codecs.charmap_decode(b"\x00\x01\x02", "strict", {0: "a", 1: 98, 2: None}))
show(lambda: _codecs.charmap_decode(b"\x00\x01\x02", "ignore", {0: "a", 1: 98, 2: None}))
show(lambda: _codecs.charmap_decode(b"\x00", "strict", {0: b"a"}))
show(lambda: _codecs.charmap_decode(b"\x00", "strict", {0: 0x110000}))
show(lambda: _codecs.charmap_decode(b"\x00", "strict", {0: -1}))
show(lambda: _codecs.charmap_decode(b"\x00", "strict", {0: "xyz"}))
show(lambda: _codecs.charmap_encode("abc", "strict", {97: 65, 98: b"BB", 99: None}))
show(lambda: _codecs.charmap_encode("abc", "xmlcharrefreplace", {97: 65, 98: b"BB"}))
show(lambda: _codecs.charmap_encode("a", "strict", {97: bytearray(b"x")}))
show(lambda: _codecs.charmap_encode("a", "strict", {97: 300}))
show(lambda: _codecs.charmap_encode("a", "strict", {97: "x"}))


class Mapping:
    def __getitem__(self, key):
        if key == 97:
            return 120
        if key == 98:
            raise KeyError(key)
        raise ZeroDivisionError("mapping failed")


show(lambda: _codecs.charmap_encode("aab", "replace", Mapping()))
show(lambda: _codecs.charmap_encode("c", "strict", Mapping()))
show(lambda: _codecs.charmap_decode(b"ab", "replace", Mapping()))


class Defaulting(dict):
    def __missing__(self, key):
        return ord("?")


show(lambda: _codecs.charmap_decode(b"ab", "strict", Defaulting({97: "A"})))
table = _codecs.charmap_build("".join(chr(i) for i in range(256)))
print(type(table).__name__, type(table).__module__, table.size(),
      _codecs.charmap_encode("\xff\x00", "strict", table))
show(lambda: type(table)())
show(lambda: _codecs.charmap_build("abc"))
show(lambda: _codecs.charmap_build(b"abc"))
show(lambda: _codecs.charmap_encode("ab\u20ac", "replace", _codecs.charmap_build("b\u20ac")))
cp1252 = codecs.lookup("cp1252")
print(cp1252.encode("\u20ac\xe9"), cp1252.decode(b"\x80\xe9"), codecs.charmap_encode(
    "\u20ac", "strict", __import__("encodings.cp1252").cp1252.encoding_table))
print(codecs.make_identity_dict(range(3)), codecs.make_encoding_map({1: 2, 3: 2}))
print("mac_arabic", "\u0660\u0661".encode("mac_arabic"), b"\xb0\xb1".decode("mac_arabic"))
