# category: pyc-and-marshal
# must: marshal.loads of every prefix of valid marshal data (code, containers, numbers) raises EOFError/ValueError like CPython, never crashes
# oracle: cpython
import marshal

def f(a, *args, b=1, **kw):
    x = [a, b]
    return {1: x, 2.5: (1, 2j), "s": b"bytes", None: frozenset({1, 2}), ...: 10**30}

samples = {
    "code": f.__code__,
    "containers": [1, (2, 3), {4: [5]}, {6}, frozenset({7}), "eight", b"nine", None, True, ..., StopIteration],
    "numbers": (0, -1, 2**31, -2**63, 10**100, 1.5, -0.0, float("inf"), 3 + 4j),
    "strings": ("", "a", "\u00e9", "\U0001f600" * 3, "x" * 300, b"\0" * 3),
}
for label, obj in samples.items():
    for version in (0, 2, 4):
        data = marshal.dumps(obj, version)
        counts = {}
        for cut in range(len(data)):
            try:
                marshal.loads(data[:cut])
                kind = "loaded"
            except (EOFError, ValueError, TypeError) as e:
                kind = type(e).__name__
            counts[kind] = counts.get(kind, 0) + 1
        whole = marshal.loads(data)
        same = whole == obj if label != "code" else whole.co_code == obj.co_code
        print(label, version, sorted(counts.items()), "whole ok", same)
