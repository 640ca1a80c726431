# int error messages: parsing, conversions, overflow on to_bytes, negative shifts, division by zero, limits.
import sys

cases = [
    "int('')", "int('1.5')", "int('0x10')", "int('10', 1)", "int('10', 37)", "int(1.5, 10)", "int(None)",
    "int(float('inf'))", "int(float('nan'))", "(1000).to_bytes(1, 'big')", "(-1).to_bytes(1, 'big')",
    "(1).to_bytes(1, 'middle')", "1 >> -1", "1 // 0", "1 % 0", "divmod(1, 0)", "pow(2, 3, 0)",
    "pow(2, -1, 4)", "pow(2.0, 3, 5)", "int('9' * 5000)", "2 ** 10000 / 3.0 if False else 10 ** 400 * 1.0",
    "1 / 0", "0.0 ** -1", "int.from_bytes('ab', 'big')", "(5).bit_length(1)", "int('5', base='10')",
    "str(10 ** 5000)",
]
for src in cases:
    try:
        result = eval(src)
        print(src, "->", result if len(str(result)) < 60 else "long result")
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as e:
        print(src, "->", type(e).__name__, e)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))
sys.set_int_max_str_digits(4300)
try:
    sys.set_int_max_str_digits(5)
except ValueError as e:
    print(type(e).__name__, e)
print(int("1" * 4300) % 10)
