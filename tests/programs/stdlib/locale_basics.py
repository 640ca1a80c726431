# locale: deterministic behaviour in the C locale -- localeconv, nl_langinfo, formatting, errors.
import locale
print(locale.setlocale(locale.LC_ALL, "C"), locale.getlocale(locale.LC_NUMERIC))
conv = locale.localeconv(); print(conv["decimal_point"], repr(conv["thousands_sep"]), conv["grouping"])
print(locale.nl_langinfo(locale.RADIXCHAR), locale.nl_langinfo(locale.D_FMT), locale.strcoll("a", "b") < 0, locale.strxfrm("abc"))
print(locale.format_string("%d %.2f", (1234567, 3.14159), grouping=True), locale.str(2.5), locale.atof("3.5"), locale.atoi("42"))
try:
    locale.setlocale(locale.LC_ALL, "xx_NOPE.UTF-8")
except locale.Error as e:
    print("locale.Error", e)
print(locale.normalize("en_us"), locale.Error.__module__, type(locale.localeconv()).__name__)
