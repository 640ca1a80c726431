# tokenize: tokens of a small source (str and bytes readers), untokenize, errors; linecache and traceback use it.
import tokenize, io, token
src = "def f(x):\n    return x + 1  # c\n\nclass C: pass\n"
for tok in tokenize.generate_tokens(io.StringIO(src).readline):
    print(token.tok_name[tok.type], repr(tok.string), tok.start, tok.end)
print([t.string for t in tokenize.tokenize(io.BytesIO(src.encode()).readline)][:6])
print(tokenize.untokenize([(token.NAME, "x"), (token.OP, "="), (token.NUMBER, "1")]))
try:
    list(tokenize.generate_tokens(io.StringIO("(\n").readline))
except tokenize.TokenError as e:
    print("TokenError", e.args)
print(tokenize.detect_encoding(io.BytesIO(b"# -*- coding: latin-1 -*-\nx=1\n").readline))
import linecache, traceback
print(linecache.getline(__file__, 1).strip())
try:
    1 / 0
except ZeroDivisionError:
    print(traceback.format_exc().splitlines()[-1])
print(traceback.format_exception_only(ValueError("v")))
