# json: the compact encoder -- key types, sort_keys, subclasses of int/float/str, NaN rules, circular references, default.
import json, collections, decimal
print(json.dumps({"a": [1, 2.5, None, True, "é\n"], "b": {"c": "d"}, 3: 4, 1.5: 2, None: 0, True: 1}))
print(json.dumps({"b": 1, "a": [2, 1]}, sort_keys=True), json.dumps(("t", 1)), json.dumps(collections.OrderedDict(z=1, y=2)))
print(json.dumps(float("inf")), json.dumps([float("nan"), -float("inf")]), json.dumps("é", ensure_ascii=False), json.dumps(10**30))
class IS(int): pass
class FS(float): pass
class SS(str): pass
print(json.dumps([IS(5), FS(2.5), SS("x"), {SS("k"): IS(1)}]))
for bad in (lambda: json.dumps(object()), lambda: json.dumps({(1, 2): 3}), lambda: json.dumps(float("nan"), allow_nan=False)):
    try: bad()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
l = []; l.append(l)
try: json.dumps(l)
except ValueError as e: print(e)
print(json.dumps({(1, 2): 3, "a": 1}, skipkeys=True), json.dumps(decimal.Decimal("1.1"), default=str), json.dumps([1, 2], separators=(",", ":")))
