# category: malformed-source
# must: tokenizer edge cases (tabs, dedents, 100 indentation levels, continuations, CR/LF mixes, form feeds, odd characters) raise CPython's errors
# oracle: cpython
sources = [
    ("tab/space mix", "if x:\n\tpass\n        pass\n"),
    ("bad dedent", "if x:\n    a\n  b\n"),
    ("unexpected indent", "a\n    b\n"),
    ("expected indent", "if x:\nb\n"),
    ("101 levels", "".join(" " * i + "if x:\n" for i in range(101)) + " " * 101 + "pass\n"),
    ("99 levels", "".join(" " * i + "if x:\n" for i in range(99)) + " " * 99 + "pass\n"),
    ("continuation at EOF", "x = 1 + \\"),
    ("continuation then blank", "x = 1 + \\\n\n"),
    ("continuation in comment", "# \\\nx = 1\n"),
    ("lone CR", "x = 1\ry = 2\r"),
    ("CRLF", "x = 1\r\ny = 2\r\n"),
    ("form feed indent", "if x:\n\f    pass\n"),
    ("vertical tab", "x = 1\v\n"),
    ("nbsp", "x =\u00a01\n"),
    ("zero width space", "x\u200b = 1\n"),
    ("unicode ident", "\u00e9 = 1\n"),
    ("bad unicode ident", "x\u2028 = 1\n"),
    ("dollar", "x = $\n"),
    ("question mark", "x = 1 ?\n"),
    ("backtick", "`x`\n"),
    ("unterminated triple", "x = '''abc\n\n"),
    ("unterminated on line 3", "a = 1\nb = 2\nc = 'x\n"),
    ("eof in multiline stmt", "x = (1,\n2,\n"),
    ("mismatched brackets", "x = (1, 2]\n"),
    ("closing without open", "x = 1)\n"),
    ("invalid decimal", "x = 1abc\n"),
    ("leading zeros", "x = 0777\n"),
    ("invalid escape warning", "x = '\\d'\n"),
    ("only a comment", "# nothing\n"),
    ("empty", ""),
    ("only dedent tokens", "if x:\n  if y:\n    pass\n"),
]
import warnings
for label, src in sources:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            compile(src, "<tok>", "exec")
            print(label, "ok", [type(w.message).__name__ for w in caught])
        except SyntaxError as e:
            print(label, type(e).__name__, e.msg, e.lineno)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    for src in ("x = '\\d'", "x = 1 is 1", "assert (x, 'msg')"):
        try:
            compile(src, "<tok>", "exec")
            print(repr(src), "compiled")
        except SyntaxError as e:
            print(repr(src), "SyntaxError", e.msg)
