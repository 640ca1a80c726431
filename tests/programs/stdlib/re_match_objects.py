# re: Match objects -- group/groups/groupdict defaults, spans, regs, lastindex/lastgroup, str subclass and mutable subjects.
import copy
import re


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


m = re.match(r"(?P<first>\w+) (?P<last>\w+)(?: (\d+))?(x)?", "Jane Doe 42 rest")
print(m.group(), m.group(0, 1, "last"), m.groups(), m.groups("-"), m.groupdict(), m.groupdict(default=0))
print(m.start(), m.end(), m.span("last"), m.start(4), m.span(4), m.regs, m.lastindex, m.lastgroup)
print(m[0], m["first"], m[3], m.pos, m.endpos, m.re.pattern, m.string, repr(m))
print(m.expand(r"\g<last>, \g<first> (\3)"), m.expand(r"\g<0>|\4|\n"), bool(m))
for bad in (lambda: m.group(5), lambda: m.group("nope"), lambda: m.span("x"), lambda: m[1.5], lambda: m.start(-1),
            lambda: m.group(1, 9), lambda: m.expand(r"\5"), lambda: m.expand(r"\g<nope>"), lambda: m.groups(1, 2)):
    show(bad)
print(m.group(True), m.group(False), m[True])
print(re.match(r"(a)(b)?", "ac").lastindex, re.match(r"(a)|(b)", "b").lastindex, re.match(r"((a)b)", "ab").lastindex,
      re.match(r"(?P<x>(?P<y>a))", "a").lastgroup, re.match("a", "a").lastgroup, re.match("a", "a").lastindex)
print(re.compile(r"\d+").search("ab 123 c", 3, 5), re.compile(r"\d+").search("ab 123", 1).pos,
      re.compile(r"\d+").search("ab 123", endpos=100).endpos, re.compile(r"$").search("abc", 0, 2).span())


class Text(str):
    def __repr__(self):
        return "Text(%s)" % str.__repr__(self)


t = Text("hello world")
m = re.search(r"o (w)", t)
print(type(m.string).__name__, m.string is t, type(m.group()).__name__, type(m.group(1)).__name__, m.group(), repr(m))
print(re.findall(r"o", t), type(re.sub("o", "0", t)).__name__, re.split(" ", t), re.fullmatch(Text("h.*d"), t).span())

data = bytearray(b"key=value; other=thing")
m = re.search(rb"(\w+)=(\w+)", data)
print(m.group(), m.groups(), m.string is data)
data[0:3] = b"KEY"
print(m.group(), m.group(1), m.span())          # a match reads its subject's current contents
data[:] = b"xy"
print(m.group(), m.groups(), m.span())
view = memoryview(b"abc-def")
m = re.match(rb"(\w+)-", view)
print(m.group(1), type(m.group(1)).__name__, m.string is view, re.findall(rb"\w", view)[:3])

kept = list(re.finditer(r"\d", "a1b2c3"))
print([k.group() for k in kept], [k.span() for k in kept], kept[0].string, copy.copy(kept[0]) is kept[0],
      copy.deepcopy(kept[1]) is kept[1])
print(type(kept[0]).__name__, type(kept[0]).__module__, isinstance(kept[0], re.Match), re.Match[str], re.Match[bytes].__args__)
show(lambda: re.Match())
show(lambda: setattr(kept[0], "pos", 3))
show(lambda: setattr(kept[0], "lastindex", 3))
show(lambda: setattr(kept[0], "foo", 3))
print(re.Match.string.__doc__, re.Match.lastindex.__doc__, sep=" | ")
