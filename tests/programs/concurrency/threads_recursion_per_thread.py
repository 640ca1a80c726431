# Each thread has its own recursion depth: deep recursion in one raises RecursionError there, the others are unaffected.
import sys
import threading


def deep(n):
    return deep(n + 1)


def depth_ok(n):
    return n if n == 0 else 1 + depth_ok(n - 1)


results = []


def runner():
    try:
        deep(0)
    except RecursionError as e:
        results.append("RecursionError: " + str(e))
    results.append(depth_ok(sys.getrecursionlimit() - 50))


ts = [threading.Thread(target=runner) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(results)
print(depth_ok(900))
