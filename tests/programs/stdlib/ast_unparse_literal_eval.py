# ast: unparse of many constructs (round trip), literal_eval values and its ValueError messages.
import ast

SOURCES = [
    "class A(B, metaclass=M):\n  @d\n  async def f[T: int](self, *a, k=1) -> T:\n"
    "    async with x as (y, z): return [i async for i in w]\n  type X[Y] = list[Y]\n",
    "f'{x!r} {y:>{w}} {{}}' + (a if b else c) ** -d",
    "def g(a, /, b, *, c=1, **kw):\n    global q\n    yield from h()\n    return lambda x, *y: x\n",
    "try:\n    pass\nexcept* (E, F) as e:\n    raise X from e\nelse:\n    pass\nfinally:\n    del a[1:2, ::3]\n",
    "match p:\n    case [1, *rest] if rest:\n        pass\n    case {'k': v, **kw}:\n        pass\n"
    "    case Point(x=0) | None:\n        pass\n    case str() as s:\n        pass\n",
    "x: int = 5\ny += (z := 3)\nprint(*a, **b, sep='')\nassert x, 'msg'\nwhile not a and b or c:\n    break\n",
    "{**a, 'b': 1}; {1, 2}; (1,); (); [x for x in y if x for z in x]; {k: v for k, v in d}\n",
    "import a.b as c\nfrom . import d\nfrom ..e import (f, g as h)\nnonlocal_ = 1\n",
    "with open(p) as f, g():\n    for i in range(3):\n        continue\n    else:\n        pass\n",
    "a < b <= c is not d not in e; ~x; not y; -1 ** 2; (-1) ** 2; a @ b; 1_000; 0x1f; 1e300 * 10\n",
]
for src in SOURCES:
    text = ast.unparse(ast.parse(src))
    print(text)
    print("round trip:", ast.dump(ast.parse(text)) == ast.dump(ast.parse(src)))
print(ast.unparse(ast.Constant(1e400)), ast.unparse(ast.Constant(-0.0)), ast.unparse(ast.Constant("a\nb")))

print(ast.literal_eval("[1, (2, 3), {'a': -4.5}, {1, 2}, b'x', None, True, 1+2j]"))
print(ast.literal_eval("{'a': (1, 2.5, -3j), 'b': {1, 2}, 'c': [b'x', None, ...]}"))
print(ast.literal_eval("-7"), ast.literal_eval("set()"), ast.literal_eval(" 3 - 1j"))
print(ast.literal_eval(ast.parse("(1, 'two')", mode="eval")))
print(ast.literal_eval(ast.Constant(5)))
for bad in ["foo()", "1 +", "x", "[1, 2, a]", "a.b", "{1: 2}[1]", "-'a'", "1 + 'a'",
            "(1, f())", "{**a}", "\n 1", "1 if 2 else 3", "'a' 'b' f'c'", "2 ** 8"]:
    try:
        print(repr(ast.literal_eval(bad)))
    except (ValueError, SyntaxError, TypeError) as e:
        # the message may end with a node repr, which holds an address
        print(type(e).__name__, str(e).split(" at 0x")[0])
