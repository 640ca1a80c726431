"""Where compiled code meets the rest of the VM: a loop that gets hot mid-function,
exceptions caught inside compiled loops (and the loop going on), tracebacks and
line numbers from compiled frames, sys._getframe and locals() inside them, a
trace function installed while compiled code runs, deep recursion, generators
called from compiled code, objects freed as soon as CPython frees them."""

import sys
import traceback


def hot_loop(n):
    total = 0
    for i in range(n):               # hot after a few turns: compiled mid-function
        total += i * 2 - (i % 3)
    while n:
        n -= 1
        total ^= n
    return total


print("hot loop", hot_loop(3000))


def caught_in_loop(n):
    caught = 0
    for i in range(n):
        try:
            if i % 7 == 0:
                raise ValueError(i)
            {}[i]
        except ValueError as e:
            caught += e.args[0]
        except KeyError:
            caught += 1
    return caught


print("caught in loop", caught_in_loop(500))


def level3(x):
    return [1, 2][x]


def level2(x):
    y = x + 1
    return level3(y)


def level1():
    for i in range(200):
        level2(0)
    return level2(1)


try:
    level1()
except IndexError:
    lines = traceback.format_exc().splitlines()
    print("traceback", [line.strip() for line in lines if line.strip().startswith("File")])


def frames_and_locals(n):
    a = n * 2
    frame = sys._getframe()
    names = sorted(locals())
    return frame.f_code.co_name, frame.f_lineno, frame.f_back.f_code.co_name, names, a


for _ in range(100):
    result = frames_and_locals(3)
print("frames", result)

events = []


def traced_work():
    t = 0
    for i in range(300):
        t += i
        if i == 250:
            sys.settrace(lambda frame, event, arg: events.append(
                (event, frame.f_code.co_name)) if frame.f_code.co_name == "small" else None)
            small()
    sys.settrace(None)
    return t


def small():
    return 1


print("traced", traced_work(), events)


def depth(n):
    return depth(n + 1) if n < 100000 else n


try:
    depth(0)
except RecursionError as e:
    print("recursion", type(e).__name__, e)


def gen(n):
    for i in range(n):
        yield i * i


def consume():
    return sum(gen(50)) + sum(x for x in range(10))


for _ in range(60):
    value = consume()
print("generators", value)


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


def make_and_drop(i):
    Noisy("temp %d" % i)
    print("  after temp %d" % i)
    keep = Noisy("kept %d" % i)
    print("  before return %d" % i)
    return keep.name


for i in range(3):
    print(make_and_drop(i))


def unbound_later(flag):
    if flag:
        x = 1
    return x


for _ in range(60):
    unbound_later(True)
try:
    unbound_later(False)
except UnboundLocalError as e:
    print("unbound", e)
