# f-strings: conversions !s !r !a, the = specifier, nesting, quotes and escapes.
class Thing:
    def __str__(self):
        return "str-of-thing"

    def __repr__(self):
        return "Thing()"

    def __format__(self, spec):
        return "format(" + spec + ")"


t = Thing()
name = "wörld"
print(f"{t}")
print(f"{t!s} {t!r} {t!a}")
print(f"{t:abc}")
print(f"{name!r} {name!a} {name!s}")
print(f"{t=}")
print(f"{t = }")
print(f"{t=!s}")
print(f"{1 + 2=}")
value = 3.14159
print(f"{value=:.2f}")
print(f"{'nested'!r:>12}")
print(f"{{literal braces}} {value:{'.3f'}}")
width, prec = 10, 2
print(f"[{value:{width}.{prec}f}]")
print(f"{'a' 'b'}")
print(f"{[1, 2][0]} {dict(k=1)['k']} {(lambda x: x * 2)(4)}")
print(f"{'multi'}{'ple'}" f"{' parts'}")
print(f"{3!r:>5}|{'x'!r:^7}|")
items = ["a", "b"]
print(f"{', '.join(items)}")
print(f"{f'{1 + 1}'}")
print(f"{'tab':\t>6}")
print(f"{None} {True!r} {b'bytes'} {b'x'!s}")
print(f"{1_000_000:,} {1_000_000:_}")
print(f"{'é'!a} {chr(0x1F600)!a}")
