# TypeError messages from calling builtin functions, types and methods with wrong arguments.
cases = [
    "len()", "len(1, 2)", "len(5)", "abs('x')", "int('1', 2, 3)", "int(x=1)", "list(1, 2)",
    "[].append()", "[].append(1, 2)", "{}.get()", "'abc'.split(1)", "'abc'.join([1])",
    "sorted([3, 1], lambda x: x)", "max()", "min([])", "divmod(1)", "pow()", "isinstance(1)",
    "isinstance(1, 2)", "getattr(1)", "getattr(1, 2)", "range()", "range(1, 2, 3, 4)", "range('a')",
    "dict(1)", "dict([1])", "dict([(1, 2, 3)])", "str(1, 2)", "tuple(1)", "set([[1]])", "object(1)",
    "iter()", "next(5)", "chr('a')", "ord('ab')", "ord(1)", "hash([])", "print(end=1)", "round('x')",
    "sum(['a', 'b'], '')", "zip(1)", "enumerate()", "map(len)", "callable()", "float('x1')",
    "bytes('abc')", "bytearray(-1)", "[1, 2].index(5)", "(1, 2).index(5)", "'abc'.index('z')",
    "[].pop()", "{}.pop('k')", "set().pop()", "{}.popitem()", "'a' * 'b'", "[] + ()", "1 + 'a'",
    "'a' + 1", "none_value()", "int_value(2)", "'s'.startswith(1)", "[].sort(1)", "[].sort(reverse=None, key=5)",
]
none_value, int_value = None, 1
for src in cases:
    try:
        eval(src)
        print(src, "-> no error")
    except Exception as e:
        print(src, "->", type(e).__name__, e)
