# bool: a subclass of int with two singleton instances; arithmetic, reprs, bitwise ops, bool() conversion.
print(True, False, repr(True), str(False), type(True).__name__, bool.__mro__)
print(True + True, True - False, True * 3, True / 2, True // 1, -True, ~False, abs(True))
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True + 0).__name__)
print(True & 3, type(True & 3).__name__, False | 2)
print(bool(0), bool(1), bool(-1), bool(""), bool("False"), bool([]), bool(None), bool(bool))
print(True == 1, False == 0, True is (1 == 1), isinstance(True, int), int(True), float(False))
print(sum([True, True, False]), max(True, 2), sorted([True, False, 0, 1]))
print({True: "a", 1: "b"}, {0, False, 0.0})
print(f"{True}", f"{True:d}", f"{False:>6}", "%s %d" % (True, True), format(True, "08b"))
print(True.__class__ is bool, bool() is False, bool(True) is True)
try:
    class SubBool(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(True.real, True.imag, True.numerator, True.bit_length(), (True).to_bytes(1, "big"), True.as_integer_ratio())
print(hash(True), hash(False), str(True).lower(), bool("0"))
print([i for i in range(5) if i % 2 == True])
print(True if [] else False, not not [1])
print(bool.__bases__, bool.__name__, issubclass(bool, int))
