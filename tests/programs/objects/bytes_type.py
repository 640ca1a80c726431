# bytes: construction, indexing gives ints, slicing, methods, hex/fromhex, decode and errors, reprs.
b = b"hello world"
print(b, b[0], b[-1], b[1:4], b[::-1], len(b), b"x" * 3, b + b"!", b"ell" in b, 111 in b)
print(bytes(3), bytes([65, 66]), bytes(range(3)), bytes("é", "utf-8"), bytes(b"copy"), bytes(bytearray(b"ba")))
print(b.upper(), b.title(), b.split(), b.split(b"o"), b.replace(b"l", b"L"), b.find(b"o"), b.count(b"l"))
print(b.startswith(b"he"), b.endswith((b"x", b"ld")), b.strip(b"hd"), b.partition(b" "), b.center(15, b"*"))
print(b"-".join([b"a", b"b"]), b.hex(), b.hex(":", 2), bytes.fromhex("de ad be ef"), b"\x00\xff".hex())
print(b.decode(), b"\xc3\xa9".decode("utf-8"), b"\xe9".decode("latin-1"), b"\xff".decode("utf-8", "replace"))
print(b"\xff".decode("utf-8", "ignore"), b"\xff".decode("utf-8", "backslashreplace"), b"abc".decode("ascii"))
print(repr(b"\x00\t\n\r\x7f\x80'\""), repr(b"'"), repr(b'"'), repr(b"\\"), str(b"s"))
print(b.isalpha(), b"abc".isalpha(), b"123".isdigit(), b" ".isspace(), b"Ab".islower(), b"AB".isupper())
print(list(b"abc"), tuple(b"\x01\x02"), sorted(b"cab"), max(b"abc"), b"abc" < b"abd", b"a" == "a")
print(b.index(b"w"), b.rfind(b"o"), b.lstrip(b"he"), b.zfill(13), b.splitlines(), b"a\tb".expandtabs(3))
print(b"%s=%d" % (b"k", 5), b.translate(None, b"lo"), b.translate(bytes.maketrans(b"lo", b"01")))
print(b.removeprefix(b"hello "), b.removesuffix(b"world"), b.swapcase(), b.capitalize(), b"  x ".rstrip())
for src in ["b'a' + 'b'", "bytes([256])", "bytes([-1])", "bytes('abc')", "bytes.fromhex('xz')", "b'abc'[5]",
            "b'\\xff'.decode()", "b'a'.decode('utf-16')", "bytes(1.5)", "b'x'.join(['a'])", "b'a'[0] = 1"]:
    try:
        print(src, "->", eval(src) if "= 1" not in src else exec(src))
    except (TypeError, ValueError, IndexError, UnicodeDecodeError) as e:
        print(src, "->", type(e).__name__, e)
print(hash(b"abc") == hash(b"abc"), b"abc" == bytes([97, 98, 99]), type(b[0]).__name__, type(b[0:1]).__name__)
