# re: flags -- IGNORECASE case folding, ASCII vs Unicode classes, MULTILINE, DOTALL, VERBOSE, scoped inline flags, flag reprs.
import re

print(re.I, re.I | re.M | re.X, re.NOFLAG, repr(re.A | re.DEBUG & 0), re.RegexFlag(0), ~re.I & re.I, re.S.value, re.U.name)
print(re.compile("a", re.I | re.S), re.compile(b"a", re.L), re.compile("a", re.X | re.M).flags, re.compile(b"a").flags)
print(re.findall(r"(?i)k", "kK\u212a"), re.findall(r"(?ia)k", "kK\u212a"), re.findall(r"(?i)[ǆ]", "ǄǅǆDž"), re.findall(r"(?i)ß", "ẞß"))
print(re.findall(r"(?i)σ", "ΣσςS"), re.findall(r"(?i)[a-z]+", "AbÇ"), re.match(r"(?i)\u0130", "i\u0307"), re.findall(r"(?i)İ", "İi"))
print(re.findall(r"\d", "1٣۴५x"), re.findall(r"(?a)\d", "1٣۴५x"), re.findall(r"\w+", "naïve café 中文"), re.findall(r"(?a)\w+", "naïve"))
print(re.findall(r"\s", " \t\u00a0\u2003x"), re.findall(r"(?a)\s", " \t\u00a0\u2003x"), re.findall(r"\b\w", "été là"))
print(re.findall(rb"\w+", b"caf\xe9 ok"), re.findall(rb"(?i)CAF", b"caf Caf"), re.match(rb"\d", b"\xd9"))
print(re.findall(r"^\w", "a\nb\nc"), re.findall(r"(?m)^\w", "a\nb\nc"), re.findall(r"(?m)\w$", "a\nb\nc\n"), re.findall(r"\w$", "a\nb\n"))
print(re.match(r".+", "a\nb").group(), re.match(r"(?s).+", "a\nb").group(), re.findall(r"\A\w|\w\Z", "ab\ncd"), re.search(r"\Z", "ab\n").span())
verbose = re.compile(r"""
    (?P<int> [+-]? \d+ )      # integer part
    (?: \. (?P<frac> \d* ) )? # optional fraction
    \ (?P<unit> [a-z]+ )      # escaped space, then unit
""", re.VERBOSE)
print(verbose.match("-12.50 kg").groupdict(), verbose.match("7 m").groupdict(), verbose.groups, sorted(verbose.groupindex))
print(re.findall(r"(?x) a [ ] b  \# c", "a b# c a b#c"), re.findall(r"(?x)[a b]", "a b"))
print(re.findall(r"a(?i:b)c", "abc aBc aBC"), re.findall(r"(?i)a(?-i:b)c", "abc ABC AbC"), re.findall(r"(?s:.)(?m:^)x", "\nx"))
print(re.match(r"(?i)a(?-i:B)", "AB"), re.findall(r"(?u)\w", "é"), re.compile(r"(?a:\w)(?u:\w)").findall("éé aé"))
for pat, flags in ((r"(?a)(?u)x", 0), (r"(?L)x", 0), (rb"(?u)x", 0), (r"x", re.A | re.U), (rb"x", re.U), (r"x", re.L),
                   (r"(?-a:x)", 0), (r"(?i-i:x)", 0), (r"(?i", 0), (r"(?-)", 0), (r"x(?i)", 0), (r"(?x", 0)):
    try:
        print(re.compile(pat, flags).flags)
    except (re.error, ValueError) as e:
        print(type(e).__name__, e)
print(re.compile(r"(?imsx)a").flags, re.compile(r"(?L)a".encode()).flags, re.compile("(?a)a").flags == re.A | 0)
print(re.escape("ça va? 1+1=2 [ok] \t"), re.escape(b"\x00\xff.*"), re.fullmatch(re.escape("a.b|c"), "a.b|c").group())
