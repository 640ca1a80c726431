# inf and nan behaviour: comparisons, arithmetic, conversions, errors, formatting, rounding edge cases.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), str(-nan))
print(inf > 1e308, -inf < -1e308, inf == inf, inf - inf, inf * 0, inf / inf, inf + 1, -inf * -1)
print(nan == nan, nan < 1, nan > 1, nan != nan, [nan] == [nan], nan in [nan], nan is nan)
print(max(1, nan), max(nan, 1), min(nan, 1), sorted([3, 1, 2]))
print(inf // 1, inf % 5 if False else "skip", 5 % inf, -5 % inf, 5 // inf, -5 // inf)
for src in ["int(inf)", "int(nan)", "round(inf)", "round(nan)", "inf.as_integer_ratio()", "nan.as_integer_ratio()",
            "1e308 * 10", "2.0 ** 10000", "10.0 ** 400", "1.0 / 0", "1.0 % 0", "divmod(1.0, 0.0)", "math_free"]:
    try:
        print(src, "->", eval(src, {"inf": inf, "nan": nan, "math_free": "ok"}))
    except (OverflowError, ValueError, ZeroDivisionError) as e:
        print(src, "->", type(e).__name__, e)
print(round(inf, 2), round(nan, 2), round(-inf, 0))
print(f"{inf:10.2f}|{nan:<6}|{-inf:e}|{inf:%}")
print((0.0).hex(), inf.hex(), float.fromhex("inf"), float.fromhex("-nan"))
print(inf.is_integer(), (1e300).is_integer(), hash(inf), hash(-inf))
print(-0.0 == 0.0, str(-0.0), repr(0.0 * -1), (-0.0).hex(), 1 / inf, -1 / inf)
print(round(0.5), round(1.5), round(2.5), round(-2.5), round(0.125, 2), round(0.375, 2), round(2.675, 2))
print(round(1e20, -5), round(123.456, -1), round(123.456, 1), round(-123.456), type(round(1.5)).__name__)
print(round(5, 1), round(15, -1), round(25, -1), round(-15, -1), type(round(1.5, 0)).__name__)
