# float: shortest repr, str, scientific thresholds, float.hex/fromhex, is_integer, as_integer_ratio, limits.
values = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 1e-4, 1e-5, 123456789.123, 1.0, -0.0, 5e-324,
          1.7976931348623157e308, 2.5, 100.0, 1e22, 1e21, 0.000123, 12345678901234567.0, 3.141592653589793]
for v in values:
    print(repr(v), str(v))
print(float.hex(1.0), (0.1).hex(), (-2.5).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-1074"))
print((2.0).is_integer(), (2.5).is_integer(), (0.75).as_integer_ratio(), (-0.5).as_integer_ratio())
print((1e300 * 1e10), -(1e300 * 1e10), 1e308 * 10 == float("inf"))
print(float("0.1"), float("  -12.5e2  "), float("1_000.5"), float("Infinity"), float("-iNF"), float("nAn"))
print(2.0 ** 0.5, 10.0 ** -2, 7.0 // 2, 7.0 % 2, -7.0 % 2, 7.0 % -2, divmod(7.0, -2), 1e16 + 1)
print(float(2 ** 53), float(2 ** 53 + 1), int(1e20), 3.0 == 3, 0.1 * 3 == 0.3)
print((3.7).__trunc__(), (3.5).__round__(), (-3.5).__round__(), (3.14159).__round__(2))
print(float.__name__, (1.5).real, (1.5).imag, (1.5).conjugate())
print(f"{0.1:.20f}", f"{1/3:.17g}", "%.3f" % 2.0005, "%e" % 12345.678, "%g" % 0.00001234)
print(sum([0.1] * 10), 0.1 * 10, abs(-1.5), max(1.5, 2), min(-0.0, 0.0))
