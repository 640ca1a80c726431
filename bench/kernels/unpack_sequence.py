"""Adapted from pyperformance's bm_unpack_sequence: unpacking tuples and lists of ten
items into names, over and over (UNPACK_SEQUENCE)."""

import sys


def do_unpacking(loops, to_unpack):
    total = 0
    for _ in range(loops):
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        total += a + j
    return total


N = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
print(do_unpacking(N, tuple(range(10))), do_unpacking(N, list(range(10, 20))))
