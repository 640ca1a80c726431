"""Adapted from pyperformance's bm_pidigits: digits of pi by the unbounded spigot
algorithm (big-integer arithmetic)."""

import sys


def gen_pi_digits():
    k = 1
    q, r, t = 1, 0, 1
    while True:
        while True:
            q, r, t = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1)
            k += 1
            digit, rem = divmod(q * 3 + r, t)
            if rem + q < t:
                break
        yield digit
        q, r = q * 10, 10 * (r - digit * t)


def calc(n):
    digits = []
    for i, digit in zip(range(n), gen_pi_digits()):
        digits.append(str(digit))
    return "".join(digits)


N = int(sys.argv[1]) if len(sys.argv) > 1 else 1200
text = calc(N)
print(text[:20], text[-20:], len(text))
