# Smoke test: integer/float/str arithmetic, comparisons and print of simple values (should pass first).
a = 7
b = 3
print(a + b, a - b, a * b, a // b, a % b, a ** b)
print(a / b, -a, +a, a == b, a != b, a < b, a >= b)
print(1.5 + 2, 10 / 4, 2 ** 0.5 > 1.41)
s = "snake"
print(s + "vm", s * 2, len(s), s[0], s[-1], s[1:3])
print(True and False, True or False, not True)
print(None, [1, 2, 3], (4, 5), {"k": 6})
x = 10
x += 1
x -= 2
x *= 3
print(x)
big = 2 ** 100
print(big, big % 97, -big // 7)
print("done")
values = [1, 2, 3, 4, 5, 6]
print(sum(values), max(values), min(values), len(values))
print(str(42) + "!", int("17") + 1, float("2.5") * 2)
