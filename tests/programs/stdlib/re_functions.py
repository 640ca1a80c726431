# re: module functions, sub/subn with templates and callables, split, finditer, Scanner, bytes patterns, flags.
import re
print(re.sub(r"(\w)(\d)", r"\2\1", "a1b2"), re.subn("a", "b", "aaa"), re.sub("a", "b", "aaa", count=2))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c3"), [m.span() for m in re.finditer("a", "banana")])
print(re.split(r"[,;]", "a,b;c"), re.split("(a)", "bab", maxsplit=1), re.split(r"\s*", "a b"), re.findall(r"(a)(b)?", "ab a"))
print(re.search(b"b+", b"abbbc"), re.match(b"a", bytearray(b"abc")).group(), re.findall(rb"\d", b"a1b2"))
print(re.compile("a", re.I | re.M).flags, re.compile("x") == re.compile("x"), re.compile("(a)|(b)").match("b").groups("default"))
s = re.Scanner([(r"\d+", lambda s, t: int(t)), (r"\s+", None), (r"\w+", lambda s, t: t.upper())])
print(s.scan("12 abc 3 !"))
m = re.match(r"(?P<a>x)(y)", "xy")
print(m.expand(r"[\2|\g<a>|\g<0>]"), repr(m), re.compile(r"\d+"), re.purge())
print(re.sub("", "-", "abc"), re.sub("x*", "-", "abxd"))
it = re.compile(r"\w").scanner("ab"); print(it.search().group(), it.search().group(), it.search())
print(type(m).__name__, type(re.compile("")).__name__, re.Match, re.Pattern[str])
