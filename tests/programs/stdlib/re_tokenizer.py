# re: tokenizers -- named-group alternation with lastgroup, re.Scanner with actions, scanner()/finditer with pos, split with groups.
import re
from collections import namedtuple

Token = namedtuple("Token", "type value line column")


def tokenize(code):
    keywords = {"IF", "THEN", "ENDIF", "FOR", "NEXT", "GOSUB", "RETURN"}
    token_specification = [
        ("NUMBER", r"\d+(\.\d*)?"),
        ("ASSIGN", r":="),
        ("END", r";"),
        ("ID", r"[A-Za-z]+"),
        ("OP", r"[+\-*/]"),
        ("NEWLINE", r"\n"),
        ("SKIP", r"[ \t]+"),
        ("MISMATCH", r"."),
    ]
    tok_regex = "|".join("(?P<%s>%s)" % pair for pair in token_specification)
    line_num = 1
    line_start = 0
    for mo in re.finditer(tok_regex, code):
        kind = mo.lastgroup
        value = mo.group()
        column = mo.start() - line_start
        if kind == "NUMBER":
            value = float(value) if "." in value else int(value)
        elif kind == "ID" and value in keywords:
            kind = value
        elif kind == "NEWLINE":
            line_start = mo.end()
            line_num += 1
            continue
        elif kind == "SKIP":
            continue
        elif kind == "MISMATCH":
            raise RuntimeError(f"{value!r} unexpected on line {line_num}")
        yield Token(kind, value, line_num, column)


statements = """
    IF quantity THEN
        total := total + price * quantity;
        tax := price * 0.05;
    ENDIF;
"""
for token in tokenize(statements):
    print(token)
try:
    list(tokenize("x := 1 ? 2"))
except RuntimeError as e:
    print("RuntimeError", e)

scanner = re.Scanner([
    (r"[a-zA-Z_]\w*", lambda s, tok: ("ident", tok)),
    (r"-?\d+\.\d*", lambda s, tok: ("float", float(tok))),
    (r"-?\d+", lambda s, tok: ("int", int(tok))),
    (r"[=+*/()-]", lambda s, tok: ("op", tok)),
    (r"\s+", None),
], re.I)
print(scanner.scan("x = 3 * (y + -4.5) / z2"), scanner.scan("a = $b"), scanner.lexicon[0][0])
print(scanner.scanner.pattern, scanner.scanner.groups, scanner.scanner.scanner("ab 1").match().lastindex)

pattern = re.compile(r"\s*(?:(\d+)|(\w+)|(.))")
sc = pattern.scanner("12 ab +", 0)
out = []
while (m := sc.match()) is not None:
    out.append((m.lastindex, m.group(m.lastindex), m.span()))
print(out)
print([m.span() for m in re.compile(r"\w+").finditer("aa bb cc dd", 3, 8)], re.compile(r"^\w").findall("ab cd", 3))
print(re.split(r"(,)|(;)", "a,b;c"), re.split(r"\b", "hi there"), re.split(r"(?=[A-Z])", "splitCamelCaseWords"))
print(re.split(r"\s+", "  lead and trail  "), re.split(r"x", "axbxc", 1), re.split(r"(x)(y)?", "axbxyc"))
print(re.findall(r"(\w+)@(\w+)\.com", "a@b.com, c@d.com"), re.findall(r"\d+|[a-z]+", "ab12cd3"), re.findall(r"()", "ab"))
words = re.compile(r"\b(\w)(\w*)\b")
print(words.sub(lambda m: m.group(1).upper() + m.group(2), "the quick brown fox"), words.subn(r"\2\1ay", "pig latin"))
