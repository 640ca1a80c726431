# Integer bitwise operations with negative and big values, shifts, conversions, and int methods on edge values.
values = [0, 1, -1, 5, -5, 255, -256, 2 ** 64, -(2 ** 64) + 3, 2 ** 100 - 1]
for a in values[:6]:
    for b in values[3:8]:
        print(a, b, a & b, a | b, a ^ b)
for v in values:
    print(v, ~v, v << 3, v >> 3, v >> 200, bin(v)[:20], v.bit_length(), v.bit_count())
print(-1 >> 1, -1 << 100, (-2 ** 70) >> 69, 1 << 0, 7 >> 0)
print((2 ** 64 - 1).to_bytes(8, "little"), (-(2 ** 63)).to_bytes(8, "big", signed=True))
print(int.from_bytes(b"\x80" + b"\x00" * 7, "big", signed=True), int.from_bytes(b"\xff" * 9, "little"))
try:
    (-(2 ** 63) - 1).to_bytes(8, "big", signed=True)
except OverflowError as e:
    print(type(e).__name__, e)
print(0 & -1, -8 & 7, -8 | 7, -8 ^ 7, ~0, ~(2 ** 100))
print(abs(-(2 ** 100)) == 2 ** 100, (2 ** 100) // -7, (2 ** 100) % -7, -(2 ** 100) // 7, divmod(-(2 ** 100), -7))
print(pow(-3, 3), pow(-3, 2), (-3) ** 0, 10 ** -2, (-8) // 3, (-8) % 3, 8 // -3, 8 % -3)
print(int("-0"), -0, 0 == -0, hash(-0), str(-(2 ** 100)), repr(10 ** 50)[-5:])
