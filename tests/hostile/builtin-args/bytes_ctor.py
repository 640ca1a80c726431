# category: builtin-args
# must: bytes/bytearray constructors and classmethods with bad sizes and items raise the same errors as CPython
# oracle: cpython
cases = [
    'bytes(-1)',
    'bytes(10**20)',
    'bytes([256])',
    'bytes([-1])',
    "bytes('x')",
    "bytes('x', 'nope')",
    "bytes('é', 'ascii')",
    "bytes('x', 'utf-8', 'nope')",
    'bytes(1.5)',
    "bytes(iter([1, 'a']))",
    'bytes(None)',
    "bytes(b'x', 'utf-8')",
    'bytes(3)',
    'bytearray(-1)',
    "bytearray('x')",
    'bytearray([1, 2**64])',
    "bytes.fromhex('zz')",
    "bytes.fromhex('a')",
    'bytes.fromhex(5)',
    "bytes.fromhex(' 0a 0b ')",
    "bytearray.fromhex('0g')",
    "b'x'.hex(5)",
    "b'abc'.hex(':', 0)",
    "b'abc'.hex('::')",
    "b'abc'.hex('é')",
    "b'x' * -1",
    "b'x' * 10**20",
    "b'a'.join([1])",
    "b'a'.join(['s'])",
    "b'x'.replace('x', 'y')",
    "b'x'.center(3, b'ab')",
    "b'x'.decode('nope')",
    "b'\\xff'.decode('utf-8')",
    "b'\\xff'.decode('utf-8', 'nope')",
    "b'x'.translate(b'short')",
    "bytes.maketrans(b'ab', b'c')",
    "b'abc'[10**20]",
    "b'abc'['x']",
    "bytes(memoryview(b'ab')[::-1])",
]
for src in cases:
    try:
        r = eval(src)
        print("ok", src, repr(r)[:80])
    except Exception as e:
        print(src, type(e).__name__, e)
