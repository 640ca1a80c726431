# Numeric builtins: abs, divmod, pow (2- and 3-arg), round, bin/oct/hex, min/max/sum with start.
print(abs(-3), abs(3.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-2 ** 70))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2), divmod(True, 2))
print(pow(2, 10), pow(2, -1), pow(2.0, 0.5), pow(-8, 1 / 3).__class__.__name__, pow(0, 0), pow(0.0, 0))
print(pow(3, 4, 5), pow(2, 100, 10 ** 9), pow(-2, 3, 5), pow(3, -1, 11), pow(base=2, exp=5, mod=7), pow(7, 0, 1))
print(round(3.14159), round(3.14159, 3), round(-2.5), round(2.5), round(3.5), round(1234.5678, -2), round(7, -1))
print(round(0.5 + 1e-9), round(1e300), round(12345, -10), round(-0.4), type(round(2.0)).__name__, round(2.0, None))
print(bin(10), bin(-10), bin(0), oct(64), oct(-8), hex(4095), hex(-1), hex(2 ** 64))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum([0.1] * 10), sum(range(5), start=100), sum([]))
print(sum([1, 2.5, 3j]), sum((x for x in range(4)), -6), sum([True, True]))
print(min(3, 1, 2), max(3, 1, 2), min("bca"), max([1, 5, 3]), min([], default="empty"), max([], default=None))
print(min([3, -4, 2], key=abs), max(["aa", "b", "ccc"], key=len), max([1, 1.0]), max([1.0, 1]), min((2, "b"), (2, "a")))
print(max("apple", "pear", key=len), min([[2], [1, 9]]), max(range(10), key=lambda n: n % 4))
for src in ["min()", "max([])", "min(1)", "max(1, 2, default=0)", "sum(['a'])", "sum([1], 'x')", "divmod('a', 1)",
            "round(1.5, 'x')", "bin(1.0)", "hex('a')", "abs()", "pow(1, 2, 3, 4)", "min([1, 'a'])", "max(key=len)"]:
    try:
        print(src, "->", eval(src))
    except (TypeError, ValueError) as e:
        print(src, "->", type(e).__name__, e)
