# category: resource-bombs
# must: int<->str conversions past sys.int_info.str_digits_check_threshold limits raise ValueError like CPython; set_int_max_str_digits validates its argument
# oracle: cpython
import sys

def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", str(r)[:30])
    except (ValueError, TypeError, OverflowError) as e:
        print(label, type(e).__name__, str(e)[:70])

big = 10 ** 5000
attempt("int('9' * 5000)", lambda: int("9" * 5000))
attempt("int('9' * 4300)", lambda: len(str(int("9" * 4300))))
attempt("str(10**5000)", lambda: str(big))
attempt("repr(10**5000)", lambda: repr(big))
attempt("f-string", lambda: f"{big}")
attempt("format d", lambda: format(big, "d"))
attempt("%d", lambda: "%d" % big)
attempt("hex is unlimited", lambda: len(hex(big)))
attempt("int base 16 unlimited", lambda: int("f" * 10000, 16).bit_length())
attempt("int base 10 bytes", lambda: int(b"9" * 5000))
attempt("int base 7", lambda: int("6" * 5000, 7))
attempt("int with underscores", lambda: int("9_" * 3000 + "9"))
attempt("float huge str ok", lambda: float("9" * 5000))
attempt("Decimal ok", lambda: len(str(__import__("decimal").Decimal("9" * 5000))))
attempt("set 0 (unlimited)", lambda: sys.set_int_max_str_digits(0))
attempt("after unlimited", lambda: len(str(big)))
attempt("set 640", lambda: sys.set_int_max_str_digits(640))
attempt("641 digits", lambda: int("9" * 641))
attempt("set 639", lambda: sys.set_int_max_str_digits(639))
attempt("set -1", lambda: sys.set_int_max_str_digits(-1))
attempt("set 'x'", lambda: sys.set_int_max_str_digits("x"))
attempt("set 2**64", lambda: sys.set_int_max_str_digits(2 ** 64))
attempt("set maxdigits kw", lambda: sys.set_int_max_str_digits(maxdigits=5000))
attempt("get", lambda: sys.get_int_max_str_digits())
attempt("int_info", lambda: (sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold))
