# tokenize: generate_tokens/tokenize over _tokenize.TokenizerIter, error cases, detect_encoding, untokenize.
import io
import token
import tokenize
import _tokenize


def show(src):
    try:
        for tok in tokenize.generate_tokens(io.StringIO(src).readline):
            print(" ", token.tok_name[tok.exact_type], repr(tok.string), tok.start, tok.end)
    except (tokenize.TokenError, SyntaxError) as e:
        print(type(e).__name__, e, e.args)


src = "def f(x):\n    return x + 1  # c\n\nprint(f'{x!r:>3}')\n"
for tok in tokenize.generate_tokens(io.StringIO(src).readline):
    print(tok)
show("x = f'a{b:{c}}d' + rb'\\x'\n")
show("'''unterminated\n")
show("(1,\n2")
show("x = $\n")
show("if x:\n  a\n b\n")
show("def f():\n\tif x:\n        pass\n")
show("a = 1 \\\n + 2\n")
show("1e5 0x_1 1_000j 0o17 .5 1if x else 2\n")
show("@decorator\nasync def f(): await x\n")
show("")
show("# only comment")
show("x = '\\N{EM DASH}'\n")
show("a\r\nb\r\n")

tokens = list(tokenize.tokenize(io.BytesIO(src.encode()).readline))
print(tokens[0], tokens[-1])
print(tokenize.untokenize(tokens).decode())
print(tokenize.detect_encoding(io.BytesIO(b"# -*- coding: latin-1 -*-\nx = 1\n").readline))
print(tokenize.detect_encoding(io.BytesIO(b"\xef\xbb\xbfx = 1\n").readline))
try:
    tokenize.detect_encoding(io.BytesIO(b"# coding: bogus\n").readline)
except SyntaxError as e:
    print(type(e).__name__, e)
data = "# coding: latin-1\ns = 'caf\xe9'\n".encode("latin-1")
for tok in tokenize.tokenize(io.BytesIO(data).readline):
    print(tok.type, repr(tok.string))
text = "def f(a, b):\n    return (a +\n            b)\n"
print(tokenize.untokenize(tokenize.generate_tokens(io.StringIO(text).readline)) == text)
print(tokenize.untokenize((t.type, t.string) for t in tokenize.generate_tokens(io.StringIO(text).readline)))

# the native iterator itself
print(list(_tokenize.TokenizerIter(iter(["x = 1\n"]).__next__, extra_tokens=True)))
print(list(_tokenize.TokenizerIter(iter(["x = (1,\n", " 2)\n"]).__next__, extra_tokens=False)))
print(list(_tokenize.TokenizerIter(iter([b"x = 1\n"]).__next__, extra_tokens=True, encoding="utf-8")))
try:
    list(_tokenize.TokenizerIter(iter([1]).__next__, extra_tokens=True))
except TypeError as e:
    print(type(e).__name__, e)


def failing_readline():
    raise OSError("disk on fire")


try:
    list(tokenize.generate_tokens(failing_readline))
except OSError as e:
    print(type(e).__name__, e)
