# Each thread has its own recursion depth: deep recursion in one raises RecursionError there, the others are unaffected.
import sys
import threading


def deep(n):
    return deep(n + 1)


def depth_ok(n):
    return n if n == 0 else 1 + depth_ok(n - 1)


results = {}


def runner(i):
    try:
        deep(0)
    except RecursionError as e:
        results[i] = ["RecursionError: " + str(e)]
    results[i].append(depth_ok(sys.getrecursionlimit() - 50))


ts = [threading.Thread(target=runner, args=(i,)) for i in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results.items()))
print(depth_ok(900))
