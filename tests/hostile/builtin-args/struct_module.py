# category: builtin-args
# must: struct pack/unpack with bad formats, values and buffers raise the same errors as CPython
# oracle: cpython
import struct
cases = [
    "struct.pack('i', 'x')",
    "struct.pack('i', 2**40)",
    "struct.pack('B', -1)",
    "struct.pack('B', 256)",
    "struct.pack('z', 1)",
    "struct.pack('<5')",
    "struct.pack('i')",
    "struct.pack('i', 1, 2)",
    "struct.unpack('i', b'x')",
    "struct.calcsize('9999999999999999999i')",
    "struct.calcsize('99999999999i')",
    "struct.pack('s', 1)",
    "struct.pack('3s', b'abcdef')",
    "struct.pack('e', 1e10)",
    "struct.pack('f', 1e300)",
    "struct.pack('?', [])",
    "struct.pack('c', b'ab')",
    "struct.pack('c', 'a')",
    "struct.pack('p', b'x' * 300)",
    'struct.Struct(5)',
    "struct.Struct('i').pack('x')",
    "struct.unpack_from('i', b'abcd', 10)",
    "struct.unpack_from('i', b'abcd', -10)",
    "struct.unpack_from('i', b'abcd', -4)",
    "struct.pack_into('i', bytes(4), 0, 1)",
    "struct.pack_into('i', bytearray(4), 2, 1)",
    "struct.pack_into('i', bytearray(4), -8, 1)",
    "list(struct.iter_unpack('i', b'abc'))",
    "struct.iter_unpack('', b'')",
    "struct.pack('P', 1)",
    "struct.pack('<P', 1)",
    "struct.pack('q', 1.5)",
    "struct.pack('d', 'x')",
    "struct.pack('n', 1)",
    "struct.pack('=n', 1)",
    "struct.unpack('', b'')",
    "struct.unpack(b'i', b'abcd')",
    "struct.pack('\\x00', 1)",
    "struct.pack('i' * 3, *range(3))",
    "struct.calcsize('@')",
    "struct.calcsize('x' * 0)",
]
for src in cases:
    try:
        r = eval(src)
        print("ok", src, repr(r)[:80])
    except Exception as e:
        print(src, type(e).__name__, e)
