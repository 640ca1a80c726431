# category: builtin-args
# must: int() with bad bases, strings, floats and keyword misuse raises the same errors as CPython
# oracle: cpython
cases = [
    "int('x', 99)",
    "int('10', 1)",
    "int('10', 37)",
    "int('10', -1)",
    "int('z', 36)",
    "int(b'11', 2)",
    "int(bytearray(b'7'))",
    'int(1, 10)',
    'int(1.5, 10)',
    "int('1' * 5000)",
    "int(' 0x1f ', 0)",
    "int('0_1')",
    "int('1__0')",
    "int('_1')",
    "int('010', 0)",
    "int('0o17', 8)",
    "int('0b2', 0)",
    "int(float('nan'))",
    "int(float('inf'))",
    "int('١٢')",
    'int(base=10)',
    'int(x=1)',
    "int('1', base=2**70)",
    "int('', 10)",
    "int(' ')",
    "int('+-1')",
    "int('1e3')",
    'int(None)',
    'int([])',
    "int('1', None)",
    "int('9' * 4300)",
    "len(str(int('9' * 4300)))",
    "int.from_bytes(b'\\x01\\x00', 'middle')",
    "int.from_bytes(5, 'big')",
    "(1).to_bytes(0, 'big')",
    "(256).to_bytes(1, 'big')",
    "(-1).to_bytes(1, 'big')",
    "(1).to_bytes(-1, 'big')",
    '(1).bit_length(5)',
    'int.__new__(str, 1)',
    'int.__new__(bool, 1)',
]
for src in cases:
    try:
        r = eval(src)
        print("ok", src, repr(r)[:80])
    except Exception as e:
        print(src, type(e).__name__, e)
