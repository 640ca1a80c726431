# str.format: positional/keyword/indexed fields, attribute and item access, conversions, nested specs, format_map.
class Pt:
    x = 1
    y = 2

    def __repr__(self):
        return "Pt()"


print("{} {} {}".format(1, "two", 3.0))
print("{2} {1} {0} {0}".format("a", "b", "c"))
print("{name} is {age}".format(name="bob", age=7))
print("{0.x},{0.y} {p.x} {seq[1]} {d[key]} {d[0]}".format(Pt(), p=Pt(), seq=[10, 20], d={"key": "v", 0: "zero"}))
print("{0!r} {0!s} {0!a} {0!r:>8}".format("é"))
print("{:>{width}.{prec}f}|{:^{}}|".format(3.14159, "mid", 9, width=10, prec=2))
print("{{escaped}} {{{0}}}".format("inner"))
print("{:,} {:_b} {:#x} {:08.3f} {:+} {:e} {:%} {:c}".format(1234567, 10, 255, 3.14159, 5, 0.00012, 0.5, 97))
print("{:<10}|{:>10}|{:^10}|{:*^10}|{:=+8}".format("l", "r", "c", "s", 42))
print("{0[0]}{0[1]}".format("ab"), "{.real}".format(3 + 4j), "{0:{1}}".format("x", ">5"))
print("{a}-{b}".format_map({"a": 1, "b": 2}))


class Default(dict):
    def __missing__(self, key):
        return f"<{key}>"


print("{known} {unknown}".format_map(Default(known="k")))
for fmt, args, kwargs in [("{} {}", (1,), {}), ("{0} {}", (1, 2), {}), ("{name}", (), {}), ("{0.missing}", (Pt(),), {}),
                          ("{!x}", (1,), {}), ("{:d}", ("s",), {}), ("{", (), {}), ("}", (), {}), ("{0[5]}", ([1],), {}),
                          ("{:z}", (1,), {}), ("{0:{}}", (1, 2), {})]:
    try:
        print(fmt.format(*args, **kwargs))
    except (IndexError, KeyError, AttributeError, ValueError, TypeError) as e:
        print(repr(fmt), "->", type(e).__name__, e)
print("{} {}".format(*"ab"), "{x}{y}".format(**{"x": 1, "y": 2}))
print(format(12.5, "08.2f"), format("s", "^5"), format(10, "x"), format(0.1, ".30f")[:12], format(-1, "+04"))
print("{:g} {:g} {:g} {:g}".format(100000, 1000000, 1e-4, 1.5e-5), "{:.0%}".format(0.125))
print("{:_d} {:,.1f}".format(1234, 1234.5), "{:.3}".format(3.14159), "{:.3}".format("string"))
