# category: malformed-source
# must: deeply nested, malformed and huge f-strings compile or raise SyntaxError like CPython 3.12
# oracle: cpython
def attempt(label, src):
    try:
        print(label, "ok", repr(eval(src, {"x": 5, "y": "ab", "w": 3}))[:60])
    except SyntaxError as e:
        print(label, type(e).__name__, e.msg)
    except (RecursionError, MemoryError, ValueError) as e:
        print(label, type(e).__name__)

def nest(depth):
    s = "x"
    for i in range(depth):
        q = "'\""[i % 2]
        s = "f" + q + "{" + s + "}" + q
    return s

attempt("nested 2", nest(2))
attempt("nested 10", nest(10))
attempt("nested 50", nest(50))
attempt("nested 150", nest(150))
attempt("same quotes nested", 'f"{f"{f"{x}"}"}"')
attempt("spec nesting 2", "f'{x:{w}}'")
attempt("spec nesting 3", "f'{x:{w:{w}}}'")
attempt("spec nesting 4", "f'{x:{w:{w:{w}}}}'")
attempt("empty expression", "f'{}'")
attempt("only spaces", "f'{   }'")
attempt("bad conversion", "f'{x!q}'")
attempt("conversion without name", "f'{x!}'")
attempt("unclosed brace", "f'{x'")
attempt("single close brace", "f'}'")
attempt("backslash in expr", "f'{\"\\n\".join(y)}'")
attempt("comment in expr", "f'''{x # c\n}'''")
attempt("lambda unparenthesised", "f'{lambda: 1}'")
attempt("walrus unparenthesised", "f'{x:=1}'")
attempt("debug =", "f'{x=}'")
attempt("debug = with spec", "f'{x = !r:>10}'")
attempt("yield in f-string", "f'{yield}'")
attempt("star expr", "f'{*y}'")
attempt("100000 fields", "f'" + "{x}" * 100000 + "'")
attempt("huge width spec", "f'{x:99999999999999999999}'")
attempt("width 10000", "f'{x:10000}'")
attempt("nested format in bytes", "bf'{x}'")
attempt("rf with braces", "rf'{{\\x}}{x}'")
