# Literal displays and build opcodes: tuples, lists, sets, dicts, strings, constant folding, nested displays.
print((), (1,), (1, 2), [], [1, [2, [3]]], {}, {"a": {"b": {}}})
print(sorted({3, 1, 2}), set(), len({1, 1.0, True}))
print({1: "a", 1.0: "b", True: "c"})
print({"k": 1, "k": 2})
keys = ["x", "y"]
print({keys[0]: 1, keys[1]: 2, **{"z": 3}})
print([*"ab", *[1], *(), *{}])
print((*range(2), 5, *range(2)))
print("con" "cat" "enation", b"by" b"tes")
print(2 ** 10, -2 ** 2, (-2) ** 2, 7 // -2, -7 % 3, 1 + 2 * 3 - 4 / 2)
print(1_000_000, 0x_ff, 0o17, 0b1010, 1e3, 1.5e-3, 3j, 0.1 + 0.2)
print("a" * 3, [0] * 3, (1, 2) * 2, 3 * "b")
big = [[0] * 3 for _ in range(2)]
big[0][0] = 1
print(big)
shared = [[0] * 3] * 2
shared[0][0] = 1
print(shared)
print("\x41\u00e9\N{GREEK SMALL LETTER ALPHA}\t|", r"\n raw", "\\")
print('single', "double", '''triple
quoted''', """another""")
print(len("\U0001F600"), "\0" == chr(0), b"\xff"[0])
print(..., type(...).__name__, None, NotImplemented)
n = 5
print(f"{n}", f"{n!r:>3}", "%d%%" % n, "{}-{}".format(n, n))
print([1, 2, 3,], {1: 2,}, (1, 2,))
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix, list(zip(*matrix)))
print({(1, 2): "tuple key", frozenset({1}): "frozenset key"}[(1, 2)])
print(type({}).__name__, type(set()).__name__, type(()).__name__)
print(((1, 2), [3, 4]) == ((1, 2), [3, 4]), [1, 2] == (1, 2))
x = y = z = "chained"
print(x, y, z)
print(0.1 * 3, 1 / 3, 2 / 3, 10 / 4, 1e16, 1e15, 123456789012345678.0)
