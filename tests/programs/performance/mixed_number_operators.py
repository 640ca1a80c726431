"""Binary and in-place operators on int, float and bool operands, mixed: the host
computes these directly (objspace/space.py's fast path) and must give the guest's
results and errors, including the in-place operator's name in TypeErrors."""

import math

vals = [0, 1, -3, 2**40, 1.5, -0.0, float('inf'), float('nan'), True]
ops = ['+', '-', '*', '/', '//', '%', '>>', '&', '|', '^']
small = [0, 2, -1, 0.5, -2.5, False]


def show(value):
    return 'nan' if isinstance(value, float) and math.isnan(value) else repr(value)


def run(values, operators):
    for a in values:
        for b in values:
            for op in operators:
                try:
                    print(op, show(a), show(b), show(eval('a %s b' % op)))
                except Exception as e:
                    print(op, show(a), show(b), type(e).__name__, e)
                x = a
                try:
                    exec('x %s= b' % op)
                    print('  in place:', show(x))
                except Exception as e:
                    print('  in place:', type(e).__name__, e)


run(vals, ops)
run(small, ['**', '<<'])


# A float divided by an int constant (compiled code divides on the host when the constant is
# non-zero and a float holds it exactly), math functions called with unboxed arguments.
def divided(x):
    return (x * x) / 2, x / 3, x / -7, x / 1, (x * 2) / 10**20, x / 2**60


for _ in range(3):
    print(divided(1.5), divided(-0.0), divided(1e308), divided(3))
for bad in ("s", None):
    try:
        divided(bad)
    except TypeError as e:
        print("TypeError", e)
for args in ((2.0,), (-1.0,), (1e308,), (True,), (2,)):
    for name in ("sqrt", "exp", "log", "sin"):
        try:
            print(name, args, getattr(math, name)(*args))
        except (ValueError, OverflowError) as e:
            print(name, args, type(e).__name__, e)
