# printf-style formatting with %: conversions, flags, width/precision, mappings, errors.
print("%s %r %a" % ("é", "é", "é"))
print("%d %i %u %o %x %X %e %E %f %F %g %G %c %c %%" % (42, 42, 42, 8, 255, 255, 1.5, 1.5, 1.5, 1.5, 1e-7, 1e20, 65, "z"))
print("[%5d] [%-5d] [%05d] [%+d] [% d] [%+05d] [%x] [%#x] [%#o] [%#X]" % (42, 42, 42, 42, 42, -42, -255, 255, 8, 255))
print("[%.2f] [%10.3f] [%-10.1f] [%010.2f] [%.0f] [%.0f] [%e] [%.3g]" % (3.14159, 2.5, 2.5, -2.5, 0.5, 1.5, 0.0, 1234567))
print("[%.3s] [%10s] [%-10s] [%*d] [%-*d] [%.*f]" % ("abcdef", "hi", "hi", 6, 7, 6, 7, 2, 3.14159))
print("%(name)s is %(age)d years, %(name)r" % {"name": "ann", "age": 30})
print("%s" % [1, 2], "%s" % ((1, 2),), "%s %s" % (None, True), "%d" % True, "%d" % 3.99, "%s" % b"x")
print("%r" % "x", "%5.1s|" % "abc", "%c" % 0x1F600, "%x" % 2 ** 70, "%.2e" % 123456)
print("no args" % (), "%s" % "single", "%%" % ())
print(b"%s %d %x %b" % (b"bytes", 5, 255, b"raw"), b"%c" % 65, b"%5s|" % b"ab", b"%r" % "s" if False else b"")
for fmt, args in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1), ("%(k)s", (1,)), ("%c", "ab"),
                  ("%d", None), ("%x", 1.5), ("%(missing)s", {}), ("%", ()), ("%c", 2 ** 30)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), "->", type(e).__name__, e)


class Custom:
    def __str__(self):
        return "custom-str"

    def __repr__(self):
        return "custom-repr"

    def __index__(self):
        return 7


print("%s %r %d %x" % (Custom(), Custom(), Custom(), Custom()))
print("%s" % {"a": 1}, "%(a)s" % {"a": 1})
print("%-8s|%8s|" % ("left", "right"), "%08.3f" % -3.14159, "%+.1e" % 12345.6789)
