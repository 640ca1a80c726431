# re: error messages and positions for bad patterns, templates and arguments.
import re
for pattern in ("(unclosed", "a)", "[a-", "*a", "(?P<1>x)", r"\9", "(?<=a+)b", "a{2,1}", "(?z)"):
    try:
        re.compile(pattern)
    except re.error as e:
        print(repr(pattern), "->", e.msg, e.pos, e.lineno, e.colno)
for call in (lambda: re.sub("(a)", r"\2", "a"), lambda: re.sub("a", r"\g<x>", "a"), lambda: re.match("a", 5),
             lambda: re.match(b"a", "a"), lambda: re.match("a", b"a"), lambda: re.match("(a)", "a").group(5),
             lambda: re.match("(a)", "a").group("nope"), lambda: re.sub("a", lambda m: 5, "a"), lambda: re.compile("a", 1 << 20)):
    try:
        call()
    except (re.error, TypeError, IndexError, ValueError) as e:
        print(type(e).__name__, e)
print(re.error is re.PatternError if hasattr(re, "PatternError") else re.error.__name__)
