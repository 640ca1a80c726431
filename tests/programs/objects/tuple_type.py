# tuple: immutability, packing, hashing, comparisons, methods, nested mutation, reprs, errors.
t = (1, "two", 3.0, None, [5])
print(t, len(t), t[1], t[-1], t[1:3], t[::-1], t.count(1), t.index(None), 3.0 in t)
single = (1,)
empty = ()
print(single, empty, type(single).__name__, (1), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
t[4].append(6)
print(t)
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(t)
except TypeError as e:
    print(type(e).__name__, e)
print(hash((1, 2)) == hash((1, 2)), (1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,))
print((1, 2) + (3,), (0,) * 3, 2 * ("a",), max((1, 5, 3)), sorted((3, 1, 2)), sum((1, 2, 3)))
a, *b = (1, 2, 3)
print(a, b)
try:
    (1, 2).index(3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    (1,) + [2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1, 2)[5]
except IndexError as e:
    print(type(e).__name__, e)
print(repr((("nested",), ())), str((1,)), repr(tuple([None])))
x = (1, 2)
y = tuple(x)
print(x is y, x == y, tuple(x for x in "hi"), (1, 2).__len__(), (1, 2).__getitem__(0))
print(((1, [2]) == (1, [2])), (1, 2) != (2, 1), (1, "a") < (1, "b"))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
big = tuple(range(100))
print(big[10:15], big[-3:], len(big), big.index(50), 99 in big)
print(type(()).__name__, tuple.__mro__, ().__class__ is tuple)
