# re: advanced syntax -- class escapes and ranges, lazy/bounded/possessive quantifiers, atomic groups, named backrefs, conditionals, lookbehind.
import re


def f(pattern, text, flags=0):
    return re.findall(pattern, text, flags)


print(f(r"[\d\s]+", "a1 2b"), f(r"[^\w\s]", "a-b c!"), f(r"[\]\[^-]", "a]b[c^d-"), f(r"[a\-z]", "a-bz"), f(r"[\x41-\x43]", "ABCD"))
print(f(r"[\u00e0-\u00e5]", "àáåæ"), f(r"[\N{GREEK SMALL LETTER ALPHA}-\N{GREEK SMALL LETTER GAMMA}]", "αβγδ"), f(r"[.]", "a.b"))
print(f(r"\W+", "a, b;c"), f(r"[\S]+", "ab cd"), f(r"\B\w", "ab cd"), f(r"[\b]", "a\bb"), f(r"\0\07\101", "\0\7A"))
print(f(r"a{2}", "aaaaa"), f(r"a{2,}", "aaaaa"), f(r"a{,2}", "aaaaa"), f(r"a{2,3}?", "aaaaa"), f(r"a{3}b{0}", "aaa"), f(r"x{}", "x{}"))
print(f(r"<.*>", "<a><b>"), f(r"<.*?>", "<a><b>"), f(r"a??b", "ab b"), f(r"(ab)+?", "ababab"), f(r"\d+?\d", "12345"))
print(re.match(r"a*+a", "aaa"), re.match(r"a++b", "aab").group(), re.match(r"(?:ab)?+a", "aba").group(), re.match(r"a{1,3}+a", "aaaa").group())
print(re.match(r"(?>a|ab)c", "abc"), re.match(r"(?>ab|a)c", "abc").group(), re.match(r"(?>x*)x", "xxx"), re.fullmatch(r"(?>\d+)\.", "12."))
print(re.search(r"(?P<q>['\"])(?P<body>.*?)(?P=q)", "say \"hi 'there'\" ok").group("body"), f(r"(\w)\1+", "aabcccd"))
print(re.match(r"(?P<a>x)(?P=a){2}", "xxx").group(), re.match(r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10", "abcdefghijj").group(10))
print(f(r"(<)?(\w+@\w+)(?(1)>|$)", "<a@b> c@d e@f>"), re.match(r"(?P<o>\()?\d+(?(o)\))$", "(12)").group(), re.match(r"(?P<o>\()?\d+(?(o)\))$", "(12"))
print(re.match(r"(a)?(?(1)b|c)d", "cd").group(), re.match(r"(?:(a)|b)(?(1)x|y)", "by").group(), re.match(r"(a)?(?(1)|z)", "z").span())
print(f(r"(?<=\$)\d+", "$12 €3 $4"), f(r"(?<!\$)\b\d+", "$12 3 $4 5"), f(r"(?<=ab|cd)x", "abx cdx efx"), f(r"\w+(?=,)", "a, b c,"))
print(f(r"(?<=(a))b", "ab"), f(r"(?!a)\w", "abc"), f(r"(?=(\w\w))", "abcd"), re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"))
print(f(r"(?#a comment)x", "xx"), f(r"(?:a|b)+", "abcab"), f(r"(a|b)*", "ab"), f(r"((a)|b)+", "ab"), f(r"(a)|(b)", "ab"))
print(re.match(r"(a*)*b", "aab").groups(), re.match(r"(a|)+b", "ab").groups(), re.match(r"(?:(a)|(b))+", "ab").groups())
print(re.fullmatch(r"(x+x+)+y", "x" * 18), re.search(r"^(\w+\s?)*$", "an example sentence that does match"))
print(re.match(r"\A\w+\Z", "abc").group(), re.search(r"\Aa", "ba"), re.search(r"a$", "a\n").span(), re.search(r"a\Z", "a\n"))
print(re.match(r"(?:a{1000}){1000}", "a" * 1000000).end(), len(re.findall(r"\w", "x" * 5000)), re.search(r".{65536}$", "y" * 70000).start())
print(re.match(r"(" * 100 + "a" + ")" * 100, "a").lastindex, re.compile("|".join("w%d" % i for i in range(500))).search("w499 ").group())
