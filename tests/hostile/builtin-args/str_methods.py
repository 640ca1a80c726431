# category: builtin-args
# must: str methods with non-str arguments and bad sizes raise the same errors as CPython
# oracle: cpython
cases = [
    "''.join([1])",
    "','.join(b'ab')",
    "','.join([b'a'])",
    "','.join(5)",
    "','.join(['a', None])",
    "'x'.split('')",
    "'x'.rsplit('')",
    "'a b'.split(None, 'x')",
    "'a'.center(5, 'ab')",
    "'a'.center('5')",
    "'a'.ljust(-5)",
    "'a'.replace(1, 2)",
    "'a'.replace('a', 'b', 'c')",
    "'a'.encode('nope')",
    "'é'.encode('ascii', 'nope')",
    "'é'.encode('ascii')",
    "str(b'x', 'nope')",
    "str(b'\\xff', 'utf-8')",
    "str(1, 'utf-8')",
    "'a'.expandtabs(10**20)",
    "'a' * -1",
    "'a' * 10**20",
    "'ab'.translate(5)",
    "str.maketrans('ab', 'c')",
    "str.maketrans({'ab': 1})",
    'str.maketrans({1: 2.5})',
    "'ab'.translate({97: 2.5})",
    "'ab'.translate({97: 0x110000})",
    "'a'.startswith([])",
    "'a'.startswith(('a', 1))",
    "'a'.endswith(1)",
    "'abc'.find('b', 'x')",
    "'abc'.index('z')",
    "'abc'.count('')",
    "'a'.zfill('3')",
    "type('%s'.format).__name__",
    "'a'.partition('')",
    "'a'.removeprefix(1)",
    "'ab'.splitlines('x')",
    "'abc'[::0]",
    "'abc'['1']",
    "'a'.strip(5)",
    'str.upper(5)',
    "'a'.isdigit(1)",
]
for src in cases:
    try:
        r = eval(src)
        print("ok", src, repr(r)[:80])
    except Exception as e:
        print(src, type(e).__name__, e)
