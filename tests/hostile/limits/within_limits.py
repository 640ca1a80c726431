# category: limits
# must: a program within all its limits runs as usual
# args: --max-instructions 5000000 --max-time 60 --max-memory 200M --max-recursion 300 --max-output 10K
# expect-stdout: [["a", 2]] bb
# expect-stdout: 100 499500
import json, re, collections
print(json.dumps(collections.Counter("abca").most_common(1)), re.sub("a", "b", "aa"))
def f(n): return n if n < 2 else f(n - 1) + 1
print(f(100), sum(range(1000)))
