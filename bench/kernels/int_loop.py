"""An integer loop: for over a range, arithmetic, comparisons and branches on locals."""

import sys


def work(n):
    total = 0
    i = 0
    while i < n:
        if i % 3 == 0:
            total += i * 2
        elif i & 1:
            total -= i >> 1
        else:
            total ^= i
        i += 1
    for j in range(n):
        total = (total + j * 7) % 1000003
    return total


N = int(sys.argv[1]) if len(sys.argv) > 1 else 160000
print(work(N))
