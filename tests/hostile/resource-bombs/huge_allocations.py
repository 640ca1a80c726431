# category: resource-bombs
# must: allocations of 10**12 elements or more end in MemoryError/OverflowError, not a crash or a hang
# oracle: cpython
def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r)
    except (MemoryError, OverflowError, ValueError) as e:
        print(label, type(e).__name__)

attempt("[0] * 10**12", lambda: len([0] * 10**12))
attempt("[0, 1] * 2**62", lambda: len([0, 1] * 2**62))
attempt("'x' * 10**12", lambda: len('x' * 10**12))
attempt("bytes(10**12)", lambda: len(bytes(10**12)))
attempt("bytearray(10**12)", lambda: len(bytearray(10**12)))
attempt("b'x' * 10**12", lambda: len(b'x' * 10**12))
attempt("(1,) * 10**12", lambda: len((1,) * 10**12))
attempt("'x' * 10**20", lambda: len('x' * 10**20))
attempt("[0] * 10**20", lambda: len([0] * 10**20))
attempt("[0] * -10**20", lambda: len([0] * -10**20))
attempt("bytes(-1)", lambda: len(bytes(-1)))
attempt("bytearray(10**20)", lambda: len(bytearray(10**20)))
attempt("ljust 10**12", lambda: len('x'.ljust(10**12)))
attempt("center 10**12", lambda: len('x'.center(10**12)))
attempt("zfill 10**12", lambda: len('x'.zfill(10**12)))
attempt("expandtabs 10**10", lambda: len('\t\t'.expandtabs(10**10)))
attempt("bytes.ljust 10**12", lambda: len(b'x'.ljust(10**12)))
attempt("join then repeat", lambda: len('x'.join(['a'] * 3) * 10**11))
attempt("replace growth", lambda: len(('a' * 1000).replace('a', 'b' * 10**9)))
attempt("list *= 10**12", lambda: (lambda l: (l.__imul__(10**12), len(l))[1])([1]))
attempt("bytearray *= 10**12", lambda: (lambda b: (b.__imul__(10**12), len(b))[1])(bytearray(b'x')))
attempt("'%*d'", lambda: len('%*d' % (10**20, 1)))
attempt("small still works", lambda: len([0] * 10**6) + len('x' * 10**6))
