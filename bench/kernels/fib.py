"""Recursive Fibonacci: guest-to-guest calls, small-int arithmetic, comparisons."""

import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


N = int(sys.argv[1]) if len(sys.argv) > 1 else 28
print(fib(N))
