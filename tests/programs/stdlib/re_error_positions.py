# re: re.error fields (msg, pattern, pos, lineno, colno) for bad patterns, incl. multi-line VERBOSE ones; an uncaught error's traceback.
import re

bad = [
    "abc(", "abc)", "[abc", "[]", "a{2,1}", "a**", "a++*", "?", "+a", "x{1}{2}", "(?<=a*)b", "(?<!a{1,2})b", r"(?<=\1)(a)",
    "(?P<n>a)(?P<n>b)", "(?P<>a)", "(?P<a-b>x)", "(?P=1)", "(?P=zz)", "(?(2)a|b)", "(?(a)b)", "(?(1)a|b|c)", "(?(0)a)",
    r"\1", r"(a)\2", r"\k", r"\pL", r"[\p]", r"\x", r"\xZ1", r"\u123", r"\U00110000", r"\N", r"\N{", r"\N{foo}", r"[b-a]",
    r"[\d-z]", r"(?i", r"(?z)", r"(?<", r"(?P", r"(?Px)", r"(?", "(?#", ")", "a|*", "(?:", r"\c", "\\",
    "a{99999999999}", "(?>", "(?-:a)", "(?i-i:a)", "(?P<a>)(?P=a", "((((((((((a))))))))))\\11",
]
for pattern in bad:
    try:
        re.compile(pattern)
        print(repr(pattern), "compiled")
    except re.error as e:
        print("%-22r %s | pos=%s line=%s col=%s same=%s" % (pattern, e.msg, e.pos, e.lineno, e.colno, e.pattern is pattern))
    except (OverflowError, RecursionError) as e:
        print("%-22r %s: %s" % (pattern, type(e).__name__, e))
for pattern in [b"(", b"[\\u1234]", b"\\N{DIGIT ONE}", b"(?P<\xe9>x)", b"(?P<a\xff>x)"]:
    try:
        re.compile(pattern)
        print(pattern, "compiled")
    except re.error as e:
        print(pattern, "->", e)

verbose = """
    (?P<year> \\d{4} ) -   # year
    (?P<month> \\d{2} -    # month, missing )
    (?P<day> \\d{2} )
"""
try:
    re.compile(verbose, re.X)
except re.error as e:
    print(e.msg, e.pos, e.lineno, e.colno)
    print(str(e))
    print(e.args, isinstance(e, Exception), re.error.__module__, re.error.__name__)
try:
    re.compile(b"ab\n  (?P<x>\n  [", re.X)
except re.error as e:
    print(e, "|", e.lineno, e.colno)
e = re.error("custom", "abc\ndef", 5)
print(e, e.lineno, e.colno, re.error("plain").pos, re.error("plain").lineno)
re.compile("line one\n  (unclosed\n", re.VERBOSE)
