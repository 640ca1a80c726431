# codecs: DeprecationWarning of invalid escapes relayed from the codecs, handlers that replace exc.object, handlers shorter than the error, str() constructor defaults.
import codecs, warnings
def t(f):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            print(repr(f()))
        except Exception as e:
            print(type(e).__name__, e)
        print([(x.category.__name__, str(x.message), x.filename == __file__) for x in w])
t(lambda: codecs.escape_decode(b"\\q\\777"))
t(lambda: codecs.unicode_escape_decode(b"\\q"))
t(lambda: b"\\q\\8".decode("unicode_escape"))
t(lambda: b"\\q".decode("raw_unicode_escape"))
t(lambda: codecs.decode(b"\\q", "unicode_escape"))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    t(lambda: codecs.escape_decode(b"\\q"))
    try:
        b"\\q".decode("unicode_escape")
    except DeprecationWarning as e:
        print("raised", e)


def replace_with_long(exc):
    exc.object = b"\x00" * 8
    return ("\ufffd", exc.start)


codecs.register_error("test.replace_with_long", replace_with_long)
print(ascii(b"\x00".decode("utf-16", "test.replace_with_long")),
      ascii(b"\x00".decode("utf-32", "test.replace_with_long")))


def replace_with_bytearray(exc):
    exc.object = bytearray(b"ab")
    return ("x", exc.end)


codecs.register_error("test.bytearray", replace_with_bytearray)
t(lambda: b"a\xff".decode("utf-8", "test.bytearray"))


def shrink(exc):
    exc.object = b"a"
    return ("x", 5)


codecs.register_error("test.shrink", shrink)
t(lambda: b"a\xffbcdef".decode("utf-8", "test.shrink"))


def forward_shorter_than_end(exc):
    return ("\ufffd", exc.start + 1)


codecs.register_error("test.forward", forward_shorter_than_end)
for data, enc in ((b"\xd8\xd8\xd8\xd8\xd8\x00\x00\x00", "utf-16-le"),
                  (b"\xd8\xd8\xd8\xd8\x00\xd8\x00\x00", "utf-16-be"),
                  (b"\x11\x11\x11\x11\x11\x00\x00\x00\x00\x00\x00", "utf-32-le"),
                  (b"\x11\x11\x11\x00\x00\x11\x11\x00\x00\x00\x00", "utf-32-be")):
    print(ascii(data.decode(enc, "test.forward")))


class S(str):
    pass


for make in (lambda: str(), lambda: str(errors="strict"), lambda: str(encoding="ascii"),
             lambda: str(errors=1), lambda: str(encoding=None), lambda: type(S(errors="x")),
             lambda: str(object=b"a", encoding="ascii"), lambda: str(b"a", "ascii", "strict", 1)):
    t(make)
