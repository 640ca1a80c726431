# json: loads through the C scanner (hooks, errors with positions), dumps through the Python encoder.
import json, decimal, collections
s = '{"a": [1, 2.5, "x\\u00e9", null, true, false], "b": {"c": -1e10}, "n": NaN}'
print(json.loads(s), json.loads("[1, 2]"), json.loads('"str"'), json.loads(" 42 "))
print(json.loads(s, parse_float=decimal.Decimal)["a"][1], json.loads(s, object_pairs_hook=collections.OrderedDict)["b"])
print(json.loads('{"x": 1}', object_hook=lambda d: ("hooked", d)), json.loads("[1.5]", parse_int=str, parse_float=str))
for bad in ('{"a": }', "[1, 2", '{"a" 1}', "", "nul", '"\\x"', "[1,]"):
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e.msg, e.pos, e.lineno, e.colno)
print(json.dumps({"a": [1, 2.5, None, True, "é"], "b": {"c": "d"}}, sort_keys=True), json.dumps([1, {"x": 2}], indent=2))
print(json.dumps("é\n", ensure_ascii=False), json.dumps(float("inf")), json.dumps({1: 2, (1, 2): 3} if False else {1: 2}))
try: json.dumps(object())
except TypeError as e: print(e)
print(json.dumps(decimal.Decimal("1.1"), default=str), json.JSONDecoder().raw_decode('[1] tail'))
