# category: resource-bombs
# must: sys.setrecursionlimit validates odd values, a limit below the current depth raises RecursionError, and recursion obeys the new limit
# oracle: cpython
import sys

def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r)
    except (ValueError, TypeError, OverflowError, RecursionError) as e:
        print(label, type(e).__name__, e)

original = sys.getrecursionlimit()
attempt("0", lambda: sys.setrecursionlimit(0))
attempt("-1", lambda: sys.setrecursionlimit(-1))
attempt("2**31", lambda: sys.setrecursionlimit(2 ** 31))
attempt("2**63", lambda: sys.setrecursionlimit(2 ** 63))
attempt("float", lambda: sys.setrecursionlimit(100.0))
attempt("str", lambda: sys.setrecursionlimit("100"))
attempt("bool", lambda: sys.setrecursionlimit(True))
attempt("none", lambda: sys.setrecursionlimit(None))
attempt("no args", lambda: sys.setrecursionlimit())

def depth_at_limit(n):
    try:
        return depth_at_limit(n + 1)
    except RecursionError:
        return n

def nested(n, limit):
    if n:
        return nested(n - 1, limit)
    sys.setrecursionlimit(limit)
attempt("below current depth", lambda: nested(30, 10))
print("limit unchanged", sys.getrecursionlimit() == original)
sys.setrecursionlimit(60)
d = depth_at_limit(0)
print("limit 60 stops below 60", 40 < d < 60)
sys.setrecursionlimit(3000)
d = depth_at_limit(0)
print("limit 3000 stops below 3000", 2900 < d < 3000)
sys.setrecursionlimit(original)
print("restored", sys.getrecursionlimit() == original)
class Idx:
    def __index__(self):
        return 500
attempt("__index__", lambda: sys.setrecursionlimit(Idx()))
sys.setrecursionlimit(original)
