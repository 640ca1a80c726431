x = 1 + 2 * 3 - 4 // 2 % 3 ** 2
y = (x << 2) >> 1 | 5 & 3 ^ 7
print(x, y, -x, +x, ~x, not x, x @ 1 if False else 0)
a, b, *c = range(6)
print(a, b, c)
*d, e = [1, 2, 3]
print(d, e)
[f, (g, h)] = 1, (2, 3)
print(f, g, h)
i = j = k = 9
print(i, j, k)
s = "abc"[1:] + "def"[::-1] + "ghi"[0]
print(s, s[1:2], s[::2], s[-1])
lst = [1, 2, 3]
lst[0] += 10
lst[1:2] = [7, 8]
del lst[-1]
print(lst)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, 1 is not None, 2 in [1, 2], 3 not in {1, 2})
print(x and y, x or y, 0 and 1, 0 or None, not (x is None))
print(f"{x} {y!r:>5} {s!a} {x:{y}} {'nested' + f'{x}'}")
print("%s and %r and %5s" % (x, s, y))
print({1: 2, **{3: 4}}, {*lst, 5}, [*lst, *lst], (*lst,))
print(dict(a=1, **{"b": 2}), print.__name__, max(*lst, key=lambda v: -v))
t = 1,
print(t, (), (1, 2) + (3,), __debug__)
n = None
print(n is None, n if n else "else", 1 if x else 2)
print(0.1 + 0.2, 1e100 * 1e100, 2 ** 100, 2 ** -1, 10 / 4, 7 // -2, -7 % 3, 1j * 1j)
w = 5
w -= 1; w *= 3; w //= 2; w **= 2; w %= 7; w |= 8; w &= 12; w ^= 1; w <<= 2; w >>= 1
print(w)
print((lambda *a, k=3, **kw: (a, k, kw))(1, 2, k=4, z=5))
if (walrus := 10) > 5:
    print(walrus)
