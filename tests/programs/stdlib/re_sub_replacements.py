# re: sub/subn replacements -- templates (\g<name>, \0-octal, escapes), bytes/bytearray templates, callables and their errors.
import re


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


date = re.compile(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)")
text = "from 2023-01-15 to 2024-12-31."
print(date.sub(r"\g<d>/\g<m>/\g<y>", text), date.sub(r"\3.\2.\1", text), date.subn(r"[\g<0>]", text))
print(date.sub(r"\g<1>\n\t\\", "2020-02-02"), re.sub("a", r"\101\102\a", "a"), re.sub(b"a", rb"\101\r\v", b"a"))
print(re.sub("(a)", r"\1\0", "a"), re.sub("(a)", r"\1\08", "a"), re.sub("x", "-", "axbxc", count=1), re.subn("x", "", "xxx"))
print(re.sub(b"(a)", bytearray(b"<\\1>"), b"aa"), re.sub(b"(a)", memoryview(b"[\\1]"), b"a"), re.sub(b"a", bytearray(b"z"), b"a"))


class Tpl(str):
    pass


print(re.sub("(b)", Tpl(r"<\1>"), "abc"), re.compile("(b)").match("b").expand(Tpl(r"\1\1")))
for bad in (r"\2", r"\g<2>", r"\g<x>", r"\g<", r"\g<1a>", "\\", r"\q", r"\g<-1>", r"\777"):
    try:
        re.sub("(a)", bad, "a")
    except re.error as e:
        print(repr(bad), "error:", e.msg, "pos", e.pos, repr(e.pattern))
    except IndexError as e:
        print(repr(bad), "IndexError:", e)

calls = []


def double(m):
    calls.append(m.span())
    return str(int(m.group()) * 2)


print(re.sub(r"\d+", double, "a1 b22 c333"), calls)
print(re.sub(r"\w+", lambda m: m.group().capitalize(), "hello big world", 2))
print(re.subn(r"(?P<k>\w+)=(?P<v>\w+)", lambda m: "%(v)s=%(k)s" % m.groupdict(), "a=1, b=2"))
print(re.sub(r"[aeiou]", str.upper.__call__ if False else (lambda m: m.group().upper()), "education"))


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self, m):
        self.n += 1
        return "<%d:%s>" % (self.n, m.group())


c = Counter()
print(re.sub(r"\w", c, "xyz"), c.n, re.sub(r"\w", lambda m: None, "a-b"), re.sub("a", lambda m: Tpl("T"), "aba"))
print(re.sub(r"\w", lambda m: re.sub("(.)", r"\1\1", m.group()), "ab"), re.sub(b".", lambda m: m.group() * 2, b"xy"))
print(re.sub(r"(\w)", lambda m: m.expand(r"(\1)"), "ab"), re.sub(r"\w", lambda m: m.string + str(m.pos), "ab"))
show(lambda: re.sub("a", lambda m: 5, "a"))
show(lambda: re.sub("a", lambda m: b"x", "a"))
show(lambda: re.sub(b"a", lambda m: "x", b"a"))
show(lambda: re.sub("a", lambda m: 1 / 0, "a"))
show(lambda: re.sub("a", lambda: "x", "a"))
show(lambda: re.sub("a", 5, "a"))
show(lambda: re.sub("a", b"x", "a"))
show(lambda: re.sub(b"a", "x", b"a"))
show(lambda: re.sub("a", "x", b"a"))
show(lambda: re.compile("a").sub(repl="-", string="aa", count=1))
show(lambda: re.compile("a").sub("-"))
show(lambda: re.compile("(a)").match("a").expand(5))
show(lambda: re.compile("(a)").match("a").expand(b"x"))
try:
    re.sub("a", lambda m: {}["missing"], "a")
except KeyError as e:
    print("KeyError from callback:", e)
print(re.sub("", "-", "abc"), re.sub("x*", "-", "abxd"), re.sub(r"\b", "|", "ab cd"), re.sub("(?m)^", "> ", "a\nb"))
