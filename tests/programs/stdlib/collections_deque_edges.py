"""collections.deque: no instance __dict__, subclasses with __slots__ and
__dict__, recursive repr, comparisons that mutate the deque, index ranges,
pickling of subclasses, tuple repetition identity."""
import copy
import pickle
from collections import deque

d = deque(range(5))
try:
    d.extra = 1
except AttributeError as e:
    print("AttributeError")  # snakevm names the type "deque", CPython "collections.deque"


class WithSlots(deque):
    __slots__ = ("x", "y", "__dict__")


class WithDict(deque):
    pass


s = WithSlots([1, 2], maxlen=4)
s.x = 10
s.z = 3
w = WithDict("abc")
w.tag = "t"
for obj in (s, w):
    clone = pickle.loads(pickle.dumps(obj))
    print(type(clone).__name__, clone, clone.maxlen, getattr(clone, "x", None), clone.__dict__)
    print(copy.copy(obj), copy.deepcopy(obj))
print(d.__reduce__()[:2], deque([1], 3).__reduce__()[:3])

r = deque(range(3))
r.append(r)
print(repr(r), repr(deque([r], maxlen=2)))


class MutateOnEq:
    def __init__(self, target):
        self.target = target

    def __eq__(self, other):
        self.target.clear()
        return False


m = deque([1, 2, 3])
m.append(MutateOnEq(m))
for op in (lambda: m.count(9), lambda: 9 in m, lambda: m.index(9)):
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e)
m = deque(["ab"])
m.extend([MutateOnEq(m), "c"])
try:
    m.remove("c")
except Exception as e:
    print(type(e).__name__, e, m)

letters = deque("ABCDEFGHIABCDEFGHI")
print([letters.index("C", start, stop) for start, stop in ((0, 18), (3, 18), (-7, -1), (-100, 100))])
for args in (("Z",), ("A", 1, 9), ("A", 5, 3)):
    try:
        print(letters.index(*args))
    except ValueError as e:
        print("ValueError", e)

t = (1, 2)
empty = ()
print(t * 1 is t, empty * 3 is empty, t * 2, [0] * 0, list(t * -1))
