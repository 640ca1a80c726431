# Error messages raised by the interpreter itself for common operations (attribute, name, index, key, type).
class Thing:
    __slots__ = ("a",)


five, key_x, empty_list = 5, "x", []
cases = {
    "attribute on instance": lambda: object().missing,
    "attribute on None": lambda: None.upper(),
    "attribute on type": lambda: int.nope,
    "slot not set": lambda: Thing().a,
    "set unknown slot": lambda: setattr(Thing(), "b", 1),
    "list index": lambda: [1, 2][5],
    "tuple index": lambda: (1,)[3],
    "str index": lambda: "ab"[9],
    "index type": lambda: [1][key_x],
    "dict key": lambda: {"a": 1}["b"],
    "dict tuple key": lambda: {}[(1, 2)],
    "not subscriptable": lambda: five[0],
    "not callable": lambda: empty_list(),
    "not iterable": lambda: list(3.5),
    "unary": lambda: -"s",
    "invert float": lambda: ~1.5,
    "int divide by zero": lambda: 1 // 0,
    "modulo by zero": lambda: 5 % 0,
    "float divide by zero": lambda: 1.0 / 0,
    "int too large": lambda: float(10 ** 400),
    "int parse": lambda: int("12a"),
    "int base parse": lambda: int("z", 8),
    "compare": lambda: [] < {},
    "unhashable": lambda: {[]: 1},
    "str + int": lambda: "a" + 1,
    "power negative zero": lambda: 0 ** -1,
    "shift negative": lambda: 1 << -1,
    "undefined name": lambda: undefined_thing,
    "str mul float": lambda: "a" * 1.5,
    "getattr non-str": lambda: getattr(1, 2),
}
for name, fn in cases.items():
    try:
        fn()
        print(name, "-> no error")
    except Exception as e:
        print(f"{name}: {type(e).__name__}: {e}")
try:
    object().missing
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
