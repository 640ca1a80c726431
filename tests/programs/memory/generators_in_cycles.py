# Dropping a suspended generator runs its finally block; generators and their frames in cycles are collected and closed.
import gc
import sys


def counting(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally of", name)


g = counting("dropped")
next(g)
del g
print("after del")
g2 = counting("exhausted")
print(list(g2))
del g2


class Holder:
    pass


gc.collect()
h = Holder()
h.gen = counting("in a cycle")
h.me = h
next(h.gen)
del h
print("collected", gc.collect() > 0)
never_started = counting("never started")
del never_started
print("end")


def bad_finally():
    try:
        yield 1
    finally:
        raise ValueError("raised while closing")


sys.unraisablehook = lambda args: print("unraisable:", args.exc_type.__name__, args.exc_value,
                                        type(args.object).__name__, args.err_msg)
bad = bad_finally()
next(bad)
del bad
print("after the bad generator")
