# re: pattern syntax -- classes, groups, named groups, backreferences, lookarounds, conditionals, atomic/possessive.
import re
p = re.compile(r"(?P<word>\w+)\s(\d+)?")
m = p.match("hello 42 world")
print(m.group(), m.group(1, 2), m.groups(), m.groupdict(), m.span(2), m.start("word"), m["word"], m.lastindex, m.lastgroup)
print(m.re is p, m.string, m.pos, m.endpos, m.regs, p.pattern, p.flags, p.groups, dict(p.groupindex))
print(re.findall(r"(\w)\1", "aabbcd"), re.findall(r"(?<=a)b", "ab cb ab"), re.findall(r"b(?!c)", "bc bd"), re.findall(r"(?<!x)y", "xy ay"))
print(re.match(r"(a)?(?(1)b|c)", "ab").group(), re.match(r"(a)?(?(1)b|c)", "c").group(), re.match(r"(?>a+)b", "aaab").group())
print(re.match(r"a++b", "aab").group(), re.match(r"a*+a", "aaa"), re.fullmatch(r"[^\W\d]+", "abc_"), re.search(r"\bfoo\b", "a foo b").span())
print(re.findall(r"[a-c]{2,3}?", "abcabc"), re.findall(r"\d{2}", "123456"), re.match(r"(?i)ABC", "abc").group(), re.match(r"(?s).", "\n"))
print(re.findall(r"(?m)^\w", "ab\ncd"), re.split(r"(?x) \s* , \s*", "a , b,c"), re.match(r"(?a)\w+", "é"), re.match(r"\w+", "é").group())
print(re.search(r"(?P<q>['\"]).*?(?P=q)", "say 'hi' now").group(), re.sub(r"(?P<x>\d)", r"<\g<x>>", "a1b2"), re.escape("a.b*c?"))
