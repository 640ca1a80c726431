# complex: construction, reprs (incl. signed zeros, inf/nan), arithmetic, attributes and errors.
z = complex(3, 4)
print(z, repr(z), z.real, z.imag, abs(z), z.conjugate(), -z, +z)
print(1j * 1j, (1 + 2j) * (3 - 1j), (1 + 2j) / (1 - 1j), (2j) ** 2, 1j ** 0.5, (1 + 1j) ** 3)
print(complex(), complex(1), complex("1.5-2j"), complex(" (3+4j) "), complex(1j, 1j), complex("j"), complex("-J"))
print(0j, -0j, complex(0.0, -0.0), complex(-0.0, 0.0), complex(1, float("inf")), complex(float("nan"), 1))
print(1 + 2j == complex(1, 2), 1 + 0j == 1, (1 + 0j) != 1.5, hash(1 + 0j) == hash(1))
print(str(2 + 0j), str(1e20j), str(1.5 + 2.25j), repr(complex(1e-5, 1e16)))
print(format(1 + 2j, ".2f"), format(3 - 4j, ">15"), f"{1j:g}", "{:.1e}".format(1.5 + 2j))
for src in ["1j < 2j", "int(1j)", "float(1j)", "complex('1+')", "complex('abc')", "1j % 2", "1j // 2",
            "complex(1, 'x')", "complex('1', 2)", "1 / 0j", "0j ** -1", "divmod(1j, 1)"]:
    try:
        print(src, "->", eval(src))
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(src, "->", type(e).__name__, e)
print(type(1j).__name__, complex.__mro__, isinstance(1j, complex), (2 + 3j).__class__.__name__)
print(pow(2j, 2), pow(1 + 1j, 0), 2 ** (1j * 0))
