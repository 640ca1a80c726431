# range: construction, len/index/count/contains, slicing returns ranges, reversed, equality, reprs, errors.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2:4], r[::-1], r[::2], 11 in r, 12 in r, r.index(14), r.count(5))
print(range(5), range(0), range(1, 2), range(10, 0, -2), list(range(10, 0, -2)), list(range(0)), list(range(-3)))
print(r.start, r.stop, r.step, range(3).step)
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 2), range(3) == [0, 1, 2], hash(range(3)) == hash(range(0, 3)))
print(list(reversed(range(1, 10, 4))), type(iter(range(3))).__name__, type(reversed(range(3))).__name__)
big = range(10 ** 20)
print(len(range(10 ** 6)), big[-1], 10 ** 19 in big, big[10 ** 19], big[::10 ** 19])
try:
    len(range(10 ** 30))
except OverflowError as e:
    print(type(e).__name__, e)
for src in ["range(1, 2, 0)", "range(1.5)", "range(5)[10]", "range(5).index(7)", "range('a', 'b')", "range(3)[1.0]"]:
    try:
        print(eval(src))
    except (ValueError, TypeError, IndexError) as e:
        print(src, "->", type(e).__name__, e)
print(sum(range(101)), max(range(7)), min(range(3, 8)), sorted(range(3), reverse=True), 2.0 in range(3), "2" in range(3))
print(list(zip(range(3), range(10, 13))), list(enumerate(range(5, 8))), bool(range(0)), bool(range(1)))
print(range(3).__len__(), range(5)[1:100], range(5)[-100:2], range(-5, 5)[::3], list(range(-5, 5)[::3]))
it = iter(range(3))
print(next(it), list(it), list(it))
print(repr(range(0, 5, 1)), repr(range(0, 5, 2)), str(range(-1, -10, -3)))
