# category: builtin-args
# must: json loads/dumps with malformed input and bad hooks raise the same errors as CPython
# oracle: cpython
import json
c = []
c.append(c)
cases = [
    "json.loads('{')",
    "json.loads(b'\\xff')",
    'json.loads(5)',
    "json.loads('')",
    "json.loads('[1,]')",
    'json.loads(\'{"a" 1}\')',
    "json.loads('01')",
    "json.loads('NaN')",
    "json.loads('-Infinity')",
    'json.loads(\'"\\\\ud800"\')',
    'json.loads(\'"\\\\x41"\')',
    'json.loads(\'"a\\nb"\')',
    'json.loads(\'"a\\nb"\', strict=False)',
    "json.loads('1 2')",
    "json.loads('1', parse_int=5)",
    "json.loads('1.5', parse_float=lambda s: 1/0)",
    "json.loads('{}', object_hook=5)",
    "json.loads('[1e400]')",
    "json.loads('1' * 5000)",
    'json.dumps(set())',
    'json.dumps({(1, 2): 3})',
    'json.dumps({1: 2, None: 3, 1.5: 4, True: 5})',
    "json.dumps(float('nan'), allow_nan=False)",
    "json.dumps(float('nan'))",
    'json.dumps(c)',
    "json.dumps(1, indent='x')",
    "json.dumps([1], indent='--')",
    'json.dumps(1, separators=5)',
    "json.dumps({'a': 1}, separators=(1, 2))",
    'json.dumps(1, default=5)',
    'json.dumps(object(), default=lambda o: o)',
    "json.dumps(b'x')",
    "json.dumps({'b': 1, 'a': 2}, sort_keys=True)",
    "json.dumps({1: 2, 'a': 3}, sort_keys=True)",
    "json.dumps('\\ud800')",
    "json.dumps('\\ud800', ensure_ascii=False)",
    "json.JSONDecoder().raw_decode('[1] x', 5)",
    "json.JSONDecoder().raw_decode('[1] x', -1)",
    "json.JSONDecoder().decode('[1] x')",
    "json.loads('[' * 100000)",
    'json.dumps(10**5000)',
]
for src in cases:
    try:
        r = eval(src)
        print("ok", src, repr(r)[:80])
    except Exception as e:
        print(src, type(e).__name__, e)
