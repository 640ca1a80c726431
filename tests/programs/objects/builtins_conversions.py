# Conversion builtins: chr/ord/ascii/repr/str/format/bool/int/float/complex/bytes/bytearray/list/dict/set/frozenset.
print(chr(65), chr(0x3b1), chr(0x1F600), ord("a"), ord("€"), ord("\U0001F600"), ord(b"A"), ord(bytearray(b"z")))
print(ascii("plain"), ascii("ünï"), ascii(["é", 1]), ascii("\n"), repr("é\n"), repr(1.0), repr([1, "a"]))
print(str(), str(1), str(b"x"), str(b"caf\xc3\xa9", "utf-8"), str(b"\xff", "utf-8", "replace"), str(None), str([None]))
print(format(3.14159, ".2f"), format(42), format("x", ">3"), format(255, "b"), format(1e10, ","), format(0.5, "%"))
print(int("42"), int(" -7 "), int(3.9), int("101", 2), int("0x1f", 0), float("3.5"), float(2), float(" -inf "))
print(complex("2+3j"), complex(2), complex(real=1, imag=-1), bool(0), bool("0"))
print(bytes("abc", "ascii"), bytes(2), bytes([1, 2]), bytearray("hi", "utf-8"), bytes(memoryview(b"mv")))
print(list("ab"), dict([(1, 2)]), dict(a=1), sorted(set("aba")), sorted(frozenset([3, 1])), tuple({}), dict.fromkeys([1]))
for src in ["chr(-1)", "chr(0x110000)", "chr(1.5)", "ord('')", "ord(b'ab')", "int('')", "float('1e')", "bytes(-1)",
            "str(b'x', 'no-codec')", "dict([1, 2])", "int(' ')", "complex('1+2j', 1)", "bool(1, 2)", "str(1, 'utf-8')"]:
    try:
        print(src, "->", eval(src))
    except (ValueError, TypeError, LookupError) as e:
        print(src, "->", type(e).__name__, e)
print(repr(str), repr(int), repr(type), repr(object), repr(len), repr(dict.get).startswith("<method 'get' of 'dict'"))
print(callable(len), callable("x"), callable(str.upper), callable(type), callable(lambda: 0), callable(None))
print(hash(0), hash(1), hash(-1), hash(2 ** 61 - 2), hash((1, 2, 3)) == hash((1, 2, 3)), hash(1.0) == 1, hash(True))
print(isinstance(hash("s"), int), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
