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
