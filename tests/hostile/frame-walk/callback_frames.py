# category: frame-walk
# must: frames seen from dunder methods called by built-ins chain straight to guest callers
# oracle: cpython
import sys

def who(depth=1):
    names = []
    f = sys._getframe(depth)
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names

class Spy:
    log = []
    def __eq__(self, other):
        Spy.log.append(("eq", who()))
        return False
    def __hash__(self):
        Spy.log.append(("hash", who()))
        return 1
    def __lt__(self, other):
        Spy.log.append(("lt", who()))
        return False
    def __index__(self):
        Spy.log.append(("index", who()))
        return 0
    def __iter__(self):
        Spy.log.append(("iter", who()))
        return iter([1])
    def __len__(self):
        Spy.log.append(("len", who()))
        return 1
    def __repr__(self):
        Spy.log.append(("repr", who()))
        return "Spy"
    def __format__(self, spec):
        Spy.log.append(("format", who()))
        return "F"
    def __getattr__(self, name):
        Spy.log.append(("getattr", who()))
        return 1

def run():
    s = Spy()
    [1, 2].index(s) if False else None
    [s].count(1)
    {s: 1}
    sorted([s, Spy()])
    [0][s]
    list(s)
    len(s)
    repr([s])
    format(s, "")
    f"{s}"
    getattr(s, "zz")
    hasattr(s, "yy")
    list(map(lambda v: who(0), [1]))
    Spy.log.append(("map-lambda", list(map(lambda v: who(1), [1]))[0]))
    Spy.log.append(("sorted-key", sorted([1], key=lambda v: who(1))[0] if False else None))
run()
for entry in Spy.log:
    print(entry)
