# str methods: split/rsplit/splitlines/partition/join/replace/translate/maketrans/encode.
print("a,b,,c".split(","), "a b  c ".split(), "  lead".split(" "), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1))
print("".split(), "".split(","), " ".split(), "abc".split("abc"), "x".split("x", 0))
print("line1\nline2\r\nline3\rline4".splitlines(), "a\nb\n".splitlines(True), "".splitlines(), "\x0bx\x1cy".splitlines())
print("key=value=x".partition("="), "novalue".partition("="), "a.b.c".rpartition("."), "abc".rpartition("z"))
print("-".join(["a", "b"]), "".join([]), ", ".join("abc"), "x".join(("1",)), " ".join(map(str, range(3))))
print("aaaa".replace("a", "b", 2), "abc".replace("", "-"), "hello".replace("l", ""), "x".replace("x", "yy"))
table = str.maketrans("abc", "xyz", "d")
print("abcd-cab".translate(table), sorted(table.items()))
print("hello".translate({ord("l"): None, ord("h"): "J"}), str.maketrans({"a": "1"}))
print("héllo".encode(), "héllo".encode("latin-1"), "héllo".encode("ascii", "replace"), "héllo".encode("ascii", "ignore"))
print("héllo".encode("ascii", "xmlcharrefreplace"), "héllo".encode("ascii", "backslashreplace"), "€".encode("utf-16-le"))
for bad in ["'a'.split('')", "','.join(['a', 1])", "'x'.replace(1, 2)", "str.maketrans('ab', 'c')",
            "'é'.encode('ascii')", "'a'.encode('no-such-codec')", "'abc'.partition('')"]:
    try:
        eval(bad)
    except (ValueError, TypeError, LookupError) as e:
        print(bad, "->", type(e).__name__, e)
print("a b c".split(None, 1), "  a  b  ".rsplit(None, 1), "1,2,3".split(",", -1), "a|b".split("|", maxsplit=0))
print("Mississippi".split("ss"), "Mississippi".count("ss"), "Mississippi".replace("ss", "SS", 1))
s = "The quick brown fox"
print(s[::-1], s[4:9], s[-3:], s.split()[::-1], " ".join(reversed(s.split())))
print(sorted("bca"), sorted(["b", "A", "a", "B"]), sorted(["b", "A", "a", "B"], key=str.lower), max("hello"))
print("abc" * 0, "abc" * -1, "ab" + "cd", "a" < "b" < "ba", "Z" < "a", "abc"[1], "abc"[-1], len("日本語"))
print(ord("A"), chr(0x263A), "\u263a" == "☺", ascii("日本"), repr("quote'\"s"), repr('single\''), repr("\x00\t\n\\"))
