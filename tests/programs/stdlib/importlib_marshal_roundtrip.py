# marshal (the format of importlib's .pyc files): round trips of every marshallable type and of code objects, dump/load on files, versions, errors.
import io
import marshal

values = [None, True, False, 0, -1, 2 ** 31, -2 ** 100, 1.5, -0.0, float("inf"), 1j, complex(2.5, -1),
          "", "ascii", "é ü", "a" * 300, b"bytes", bytearray(b"ba"), (), (1, "two", (3.0,)),
          [1, [2, [3]]], {"k": [1], 2: (3,)}, {1, 2, 3}, frozenset({"a"}), ..., StopIteration,
          tuple(range(300))]
for v in values:
    back = marshal.loads(marshal.dumps(v))
    expected = bytes(v) if isinstance(v, bytearray) else v
    print(type(back).__name__, back == expected or back is expected)
for version in range(5):
    data = marshal.dumps([1.25, "x", ("y", "y"), 7j, {frozenset({1})}], version)
    print(version, marshal.loads(data))
print(marshal.dumps(0.1, 1), marshal.dumps(complex(0.5, 2), 0), marshal.dumps("abc", 2), marshal.dumps((1, 2), 2))
print(marshal.dumps(12345, 2), marshal.dumps(b"xy", 2), marshal.dumps([]), marshal.dumps(None), marshal.version)


def f(a, b=2, *args, c, **kw):
    """doc"""
    total = a + b + c
    for x in args:
        total += x
    return total, sorted(kw)


code = marshal.loads(marshal.dumps(f.__code__))
print(type(code).__name__, code.co_name, code.co_varnames, code.co_argcount, code.co_kwonlyargcount,
      code.co_consts[0], code.co_firstlineno == f.__code__.co_firstlineno)
f.__code__ = code
print(f(1, 3, 4, c=5, z=1, y=2))
module_code = compile("import math\nresult = [math.sqrt(n) for n in (4, 9)]\n", "<marshalled>", "exec")
ns = {}
exec(marshal.loads(marshal.dumps(module_code)), ns)
print(ns["result"])
buf = io.BytesIO()
marshal.dump({"a": 1}, buf)
marshal.dump([2, 3], buf, 2)
marshal.dump(code, buf)
buf.seek(0)
print(marshal.load(buf), marshal.load(buf), marshal.load(buf).co_name)
for bad in (b"", b"\xff", b"i\x01", b"(\x02\x00\x00\x00i\x01\x00\x00\x00", b"r\x00\x00\x00\x00", b"0"):
    try:
        marshal.loads(bad)
    except (ValueError, EOFError, TypeError) as e:
        print(type(e).__name__, e)
try:
    marshal.load(buf)
except EOFError as e:
    print(type(e).__name__, e)


class MyStr(str):
    pass


for bad in (object(), MyStr("x"), [object()], {1: print}, 2 ** 100000 and len, type):
    try:
        marshal.dumps(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad_arg in ((1, "x"), ("s",), (1, 2 ** 40)):
    try:
        marshal.dumps(*bad_arg) if len(bad_arg) == 2 else marshal.loads(*bad_arg)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(marshal.loads(marshal.dumps(1) + b"trailing"), marshal.loads(memoryview(marshal.dumps("mv"))))


class NotBinary:
    def read(self, n=-1):
        return "text"


try:
    marshal.load(NotBinary())
except TypeError as e:
    print(type(e).__name__, e)
