# match: mapping patterns, **rest, key order, missing keys, values patterns as keys, get() not used.
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} extra={sorted(rest.items())}"
        case {"type": "empty", **rest} if not rest:
            return "exactly empty"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"


print(handle({"type": "click", "pos": (1, 2)}))
print(handle({"type": "key", "key": "q", "mod": "ctrl", "rep": 2}))
print(handle({"type": "key", "key": 5}))
print(handle({"type": "empty"}))
print(handle({"type": "empty", "x": 1}))
print(handle({"other": 1}))
print(handle([("type", "click")]))


class CountingDict(dict):
    def __getitem__(self, key):
        print("getitem", key)
        return super().__getitem__(key)

    def get(self, key, default=None):
        print("get", key)
        return super().get(key, default)


match CountingDict(a=1, b=2):
    case {"a": 1, "b": v}:
        print("matched", v)


class Key:
    NAME = "n"


match {"n": 5, 3: "three"}:
    case {Key.NAME: val, 3: "three"}:
        print("value pattern key", val)
try:
    exec("match {}:\n case {'a': 1, 'a': 2}: pass")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
match {"x": None}:
    case {"x": None, **others}:
        print("none value", others)
