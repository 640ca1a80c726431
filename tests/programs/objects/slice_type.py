# slice objects: attributes, indices(), repr, equality/hashing, use in __getitem__, slice assignment helpers.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, repr(slice(3)), slice(None, None, -1), slice(1, None))
print(s.indices(5), slice(None).indices(10), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
print(slice(-100, 100).indices(5), slice(10, 20).indices(5), slice(5, 1, -2).indices(10))
print(list(range(10))[s], "abcdefghij"[slice(None, None, 3)], (1, 2, 3)[slice(-1, None)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
print(slice(1, 2) < slice(1, 3), slice("a", "b", "c"), slice([1], {}, ()).start)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice("a").indices(3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    slice()
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.start = 5
except AttributeError as e:
    print(type(e).__name__, e)


class Recorder:
    def __getitem__(self, key):
        return key

    def __setitem__(self, key, value):
        print("setitem", key, value)

    def __delitem__(self, key):
        print("delitem", key)


r = Recorder()
print(r[1:2], r[::], r[1:2:3], r[:, 1:], r[..., ::-1])
r[1:5] = "value"
del r[::2]
print(type(s).__name__, slice.__name__, isinstance(s, slice))
try:
    hash(slice(1, 2))
    print("slices are hashable")
except TypeError as e:
    print(type(e).__name__, e)
lst = list(range(8))
lst[slice(2, 5)] = ["x"]
print(lst)
