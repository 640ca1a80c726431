# category: bridge-objects
# must: marshal and pickle round trips of odd built-in values give equal guest objects or CPython's errors
# oracle: cpython
import marshal, pickle

odd = [None, Ellipsis, StopIteration, True, 2**200, -2**64, 1e308, float("inf"), -0.0, 1j, complex(0, -0.0),
       b"", "\udc80", "é" * 3, (), (1, (2, (3,))), frozenset({1, "a"}), {1: [2, {3}]},
       set(), bytearray(b"ab"), [[]], {"k": (None,)}, range(3) if False else 0]
for v in odd:
    try:
        r = marshal.loads(marshal.dumps(v))
        print("marshal", type(v).__name__, r == v or (r != r), type(r).__name__)
    except ValueError as e:
        print("marshal", type(v).__name__, "ValueError")
for v in [object(), range(3), slice(1, 2), print, int, type, lambda: 0, iter([]), memoryview(b"")]:
    try:
        marshal.dumps(v)
        print("marshal accepted", type(v).__name__)
    except ValueError:
        print("marshal rejects", type(v).__name__)
for ver in (-1, 0, 1, 2, 3, 4, 5, 10**20):
    try:
        print("version", ver, marshal.loads(marshal.dumps((1, "a"), ver)))
    except (ValueError, OverflowError) as e:
        print("version", ver, type(e).__name__)
code = (lambda x: x + 1).__code__
c2 = marshal.loads(marshal.dumps(code))
print("code roundtrip", type(c2).__name__, c2.co_code == code.co_code, c2 == code)
for data in [b"", b"\x00", b"i\x01", b"s\xff\xff\xff\x7fabc", b"(\x02\x00\x00\x00N", b"r\x00\x00\x00\x00"]:
    try:
        marshal.loads(data)
        print("loaded")
    except (EOFError, ValueError, TypeError) as e:
        print("bad data", type(e).__name__)
builtins_to_pickle = [int, len, print, object, type, range(5), slice(1, 2, 3), ..., NotImplemented, None,
                      bytearray(b"x"), frozenset([1]), complex(1, 2), str.join, {}.keys, iter([1, 2]),
                      reversed([1, 2]), enumerate("ab"), zip("a", "b"), map(abs, [1]), (lambda: 0), property(),
                      staticmethod(len), memoryview(b""), object.__init__, [].append, super]
for v in builtins_to_pickle:
    for proto in (0, 2, 5):
        try:
            r = pickle.loads(pickle.dumps(v, proto))
            same = r is v or r == v or type(r) is type(v)
            print("pickle", proto, type(v).__name__, same)
        except (pickle.PicklingError, TypeError, AttributeError) as e:
            print("pickle", proto, type(v).__name__, type(e).__name__)
