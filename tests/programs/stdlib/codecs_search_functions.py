# codecs: the guest codec registry -- name normalization, search order and cache, unregister, guest codecs through str.encode/bytes.decode/str()/bytes()/bytearray, text-encoding checks, notes, warnings, argument errors.
import codecs
import warnings


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e, getattr(e, "__notes__", ""))


calls = []


def search(name):
    calls.append(name)
    if name == "rev":
        return codecs.CodecInfo(lambda s, e="strict": (s[::-1].encode("ascii", e), len(s)),
                                lambda b, e="strict": (bytes(b)[::-1].decode("ascii", e), len(b)),
                                name="rev")
    if name == "plain_tuple":
        return (lambda s, e="strict": (b"T" + s.encode(), len(s)),
                lambda b, e="strict": ("T" + bytes(b).decode(), len(b)), None, None)
    if name == "three":
        return (1, 2, 3)
    if name == "a_list":
        return [1, 2, 3, 4]
    if name == "bad_results":
        return (lambda s, e="strict": "not a tuple", lambda b, e="strict": (1, 2, 3), None, None)
    if name == "wrong_types":
        return (lambda s, e="strict": ("str!", 1), lambda b, e="strict": (b"bytes!", 1), None, None)
    if name == "fails":
        return codecs.CodecInfo(lambda s, e="strict": 1 / 0, lambda b, e="strict": int("x"),
                                name="fails")
    if name == "shows_args":
        return (lambda s, e="DEFAULT": (bytearray(b"<%s>" % e.encode()), 1),
                lambda b, e="DEFAULT": ("%s %r %r %s" % (type(b).__name__, e, b.obj, b.readonly), 1),
                None, None)
    if name == "search_fails":
        raise ValueError("search function failed")
    return None


codecs.register(search)
# CPython's normalization: ASCII alnum and '.' kept (lower case), other runs -> '_'
for name in ("REV", " R-E-V ", "My  Codec", "A.B", "x\xffy", "__a__b__", "a1-2", "Ab\tC", "..."):
    show(lambda: codecs.lookup(name).name)
print(calls)
print(codecs.lookup("rev") is codecs.lookup("Rev"), codecs.lookup("rev").name,
      len(calls), "UTF-8" in calls, "utf_8" in calls)
show(lambda: "abc".encode("rev"))
show(lambda: "abé".encode("rev"))
show(lambda: "abé".encode("rev", "replace"))
show(lambda: b"cba".decode("rev"))
show(lambda: str(b"cba", "rev"))
show(lambda: str(memoryview(b"cba"), "rev"))
show(lambda: bytearray(b"cba").decode("rev"))
show(lambda: bytearray("abc", "rev"))
show(lambda: bytes("abc", "rev"))
show(lambda: codecs.encode("abc", "rev"))
show(lambda: codecs.decode(b"cba", "rev"))
show(lambda: type(codecs.lookup("plain_tuple")).__name__)
show(lambda: "x".encode("plain_tuple"))
show(lambda: b"x".decode("plain_tuple"))
for name in ("three", "a_list", "search_fails"):
    show(lambda: codecs.lookup(name))
for name in ("bad_results", "wrong_types", "fails"):
    show(lambda: "x".encode(name))
    show(lambda: b"x".decode(name))
    show(lambda: codecs.encode("x", name))
    show(lambda: codecs.decode(b"x", name))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print("x".encode("shows_args"), "x".encode("shows_args", "E"), bytes("x", "shows_args"),
          bytearray("x", "shows_args", "F"))
    print([(w.category.__name__, str(w.message)) for w in caught])
print(b"x".decode("shows_args"), "|", bytearray(b"x").decode("shows_args", "E"), "|",
      str(b"x", "shows_args"))
# non-text codecs
show(lambda: "x".encode("rot13"))
show(lambda: b"x".decode("rot13"))
show(lambda: str(b"x", "hex"))
show(lambda: bytes("x", "base64"))
print(codecs.encode("Hello", "rot13"), codecs.decode(b"616263", "hex"), codecs.encode(b"x", "base64"))
show(lambda: codecs.decode("zz", "hex"))
show(lambda: codecs.decode(b"\xff", "utf-8"))
show(lambda: "\u20ad".encode("cp1252"))
show(lambda: b"\x81".decode("cp1252"))
show(lambda: "é".encode("ascii"))
# lookup and argument errors
show(lambda: codecs.lookup("no-such-encoding"))
show(lambda: "x".encode("no-such-encoding"))
show(lambda: b"x".decode("no-such-encoding"))
show(lambda: codecs.lookup(5))
show(lambda: codecs.lookup(None))
show(lambda: codecs.lookup("a\x00b"))
show(lambda: codecs.lookup("\udc80"))
show(lambda: "x".encode(None))
show(lambda: "x".encode("utf-8", None))
show(lambda: "x".encode(1))
show(lambda: b"x".decode(errors=1))
show(lambda: bytearray(b"x").decode(None))
show(lambda: str(b"x", None))
show(lambda: bytes("x", None))
show(lambda: bytes("x", "utf-8", None))
show(lambda: bytearray("x", None))
show(lambda: "x".encode("a\x00b"))
show(lambda: b"x".decode("\udc80"))
show(lambda: bytes("x", "ascii", "\x00"))
show(lambda: str(1, "utf-8"))
show(lambda: str("x", "utf-8"))
show(lambda: codecs.encode("x", 1))
show(lambda: codecs.decode(b"x", "utf-8", None))
show(lambda: codecs.register(1))
show(lambda: codecs.register())
print(calls[-3:])
codecs.unregister(search)
codecs.unregister(search)
show(lambda: codecs.lookup("rev"))
show(lambda: "x".encode("rev"))
print(codecs.lookup("utf-8") is codecs.lookup("UTF8"), codecs.lookup("u8").name,
      codecs.lookup("latin1").name, codecs.lookup("CP1252").name, codecs.lookup("Windows-1252").name)
