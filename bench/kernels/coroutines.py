"""Adapted from pyperformance's bm_coroutines: a recursive Fibonacci written with
``async def``/``await``, driven by hand with ``send(None)`` (no event loop)."""

import sys


async def fibonacci(n):
    if n <= 1:
        return n
    return await fibonacci(n - 1) + await fibonacci(n - 2)


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("coroutine suspended")


N = int(sys.argv[1]) if len(sys.argv) > 1 else 23
print(run(fibonacci(N)))
