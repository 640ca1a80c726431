# re: bytes patterns over bytes, bytearray, memoryview and array subjects; str/bytes mixing errors; argument type errors.
import array
import re


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


header = re.compile(rb"(?P<name>[A-Za-z-]+):\s*(?P<value>[^\r\n]*)\r\n")
raw = b"Host: example.org\r\nContent-Length: 42\r\nX-Empty: \r\n\r\n"
print([(m["name"], m["value"]) for m in header.finditer(raw)], header.pattern, header.groupindex["value"])
print(header.sub(rb"\g<name>=\g<value>;", raw), header.split(raw), re.findall(rb"\d+", raw))
for subject in (bytearray(raw), memoryview(raw), array.array("B", raw), memoryview(bytearray(raw))[6:]):
    m = header.search(subject)
    print(type(subject).__name__, m.group("name"), type(m.group()).__name__, m.span(), m.string is subject,
          header.findall(subject)[-1], len(header.split(subject)), header.subn(b"", subject)[1])
print(re.search(rb"\x00+", bytes(range(3)) + b"\x00\x00").span(), re.findall(rb"[\x80-\xff]", b"a\x80b\xffc"))
print(re.match(rb"(?i)\xe9", b"\xc9"), re.match(rb"(?i)ABC", b"aBc").group(), re.findall(rb"\s+", b"a \t\x0bb\xa0"))
print(re.compile(b"a+").findall(bytearray(b"caaat")), re.compile(b"x").pattern, re.purge())
print(re.split(rb"[,;]", bytearray(b"a,b;c")), re.sub(rb"a", b"b", bytearray(b"aXa")), re.escape(bytearray(b"a.b")))
buf = bytearray(b"abc abc")
m = re.search(rb"c", buf)
buf[2:3] = b"Z"
print(m.group(), m.span(), re.findall(rb"Z", buf))
show(lambda: re.match(rb"a", "a"))
show(lambda: re.match(r"a", b"a"))
show(lambda: re.match(r"a", bytearray(b"a")))
show(lambda: re.match(r"a", 5))
show(lambda: re.match(r"a", None))
show(lambda: re.match(rb"a", [97]))
show(lambda: re.match(5, "a"))
show(lambda: re.compile(["a"]))
show(lambda: re.search(rb"a", array.array("i", [97])))
show(lambda: re.search(r"a", array.array("u", "xa")))
show(lambda: re.findall(rb"a", "a"))
show(lambda: re.split(r"a", b"a"))
show(lambda: re.compile(r"a").search("a", "0"))
show(lambda: re.compile(r"a").search("a", endpos=1.0))
show(lambda: re.compile(r"a").fullmatch("a", 0, 1, 2))
show(lambda: re.compile(r"a").match(strin="a"))
show(lambda: re.compile(r"a").split("a", maxsplit="2"))
show(lambda: re.compile(r"a", "I"))
show(lambda: re.purge(1))
